#include "input/yaml_mistake_words.hpp"

#include "input/yaml_line.hpp"

namespace wwc {

Message tab_message() { return msg("a tab: use spaces to indent"); }

Message nbsp_message() { return msg("a non-breaking space: replace it with an ordinary space"); }

std::pair<int, Message> missing_colon_mistake(std::string_view line, std::size_t begin) {
    const std::string_view word = first_word(line, begin);
    const std::size_t colon = word.find(':');
    if (colon != std::string_view::npos && colon > 0 && word.substr(colon, 3) != "://")
        return {column_of(line, begin + colon + 1), msg("missing space after ':' in '{0}'", word)};
    return {column_of(line, begin + word.size()), msg("missing ':' after '{0}'", word)};
}

Message colon_in_value_message() { return msg("a ':' inside a value: put the value in quotes"); }

Message uncommented_message() {
    return msg(
        "this line was uncommented but kept the space after '#': remove one space so that its indentation "
        "matches the lines around it");
}

namespace {

Message indentation_message() { return msg("this line is indented differently from the lines above it"); }

Message indentation_message(IndentedLike like) {
    if (like.spaces == 0)
        return msg(
            "this line is indented differently from the lines above it: start it at the beginning of the "
            "line, like line {0}",
            like.line);
    if (like.spaces == 1)
        return msg("this line is indented differently from the lines above it: indent it by 1 space, like line {0}",
                   like.line);
    return msg("this line is indented differently from the lines above it: indent it by {0} spaces, like line {1}",
               like.spaces, like.line);
}

Message indentation_message(IndentedLike less, IndentedLike more) {
    if (less.spaces == 0)
        return msg(
            "this line is indented differently from the lines above it: start it at the beginning of the "
            "line, like line {0}, or indent it by {1} spaces, like line {2}",
            less.line, more.spaces, more.line);
    return msg(
        "this line is indented differently from the lines above it: indent it by {0} spaces, like line {1}, "
        "or by {2} spaces, like line {3}",
        less.spaces, less.line, more.spaces, more.line);
}

}  // namespace

Message misplacement_message(const Misplacement& m) {
    if (m.kind == Misplacement::Kind::uncommented || m.kind == Misplacement::Kind::uncommented_level)
        return uncommented_message();
    if (m.like.empty()) return indentation_message();
    return m.like.size() == 1 ? indentation_message(m.like[0]) : indentation_message(m.like[0], m.like[1]);
}

Message short_form_message(std::string_view criterion, std::string_view key, std::string_view status) {
    if (key == "checklist")
        return msg(
            "{0} has its status on the same line: to give its checklist, write `{0}:` alone on its line and "
            "`checklist:` on the line under it",
            criterion);
    return msg(
        "{0} has its status on the same line: to add {1}, write `status: {2}` and `{1}:` on their own lines "
        "under `{0}:`",
        criterion, key, status);
}

Message not_read_past_message(int line) { return msg("the file is not read past line {0} until this is fixed", line); }

}  // namespace wwc

#include "input/yaml_text_checks.hpp"

#include <algorithm>

#include "input/yaml_line.hpp"
#include "input/yaml_mistake_words.hpp"
#include "input/yaml_mistakes.hpp"

namespace wwc {
namespace {

Diagnostic located(const YamlMistake& m, const std::string& file) {
    return {Severity::error, {file, m.line, m.column}, m.message};
}

// True when a line after `from` and before `to` (1-based) holds more than
// blanks and a comment.
bool content_between(std::string_view text, int from, int to) {
    bool found = false;
    for_each_line(text, [&](std::string_view line, int number) {
        const std::size_t first = line.find_first_not_of(" \t");
        found = found || (number > from && number < to && first != std::string_view::npos && line[first] != '#');
    });
    return found;
}

}  // namespace

void check_raw_brackets(std::string_view text, const std::string& file, int limit) {
    int depth = 0;
    int line = 1;
    std::size_t line_start = 0;
    char quote = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\n') {
            ++line;
            line_start = i + 1;
        } else if (quote) {
            if (quote == '"' && c == '\\')
                ++i;
            else if (c == quote)
                quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '#' && (i == 0 || text[i - 1] == ' ' || text[i - 1] == '\t' || text[i - 1] == '\n')) {
            while (i + 1 < text.size() && text[i + 1] != '\n') ++i;
        } else if (c == '[' || c == '{') {
            if (++depth > limit)
                throw InputError({file, line, static_cast<int>(i - line_start) + 1},
                                 msg("brackets nested more than {0} deep", limit));
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
}

InputError explain_yaml_failure(std::string_view text, const std::string& file, Diagnostic failure) {
    const std::vector<YamlMistake> mistakes = find_yaml_mistakes(text);
    const int stop = failure.where.line;
    const auto after =
        std::find_if(mistakes.begin(), mistakes.end(), [&](const YamlMistake& m) { return m.line > stop; });
    if (after == mistakes.begin()) return InputError({std::move(failure)});
    // The last mistake before the parser stopped explains the stop when nothing
    // but blank lines and comments lies between them.
    const int last = std::prev(after)->line;
    const bool explained = !content_between(text, last, stop);
    std::vector<Diagnostic> out;
    for (auto m = mistakes.begin(); m != after; ++m) out.push_back(located(*m, file));
    if (!explained) out.push_back(std::move(failure));
    Diagnostic note{Severity::error, Location{file, 0, 0}, not_read_past_message(explained ? last : stop)};
    out.push_back(std::move(note));
    for (auto m = after; m != mistakes.end(); ++m) out.push_back(located(*m, file));
    return InputError(std::move(out));
}

std::vector<Diagnostic> silent_yaml_mistakes(std::string_view text, const std::string& file) {
    std::vector<Diagnostic> out;
    for (const YamlMistake& m : find_yaml_mistakes(text))
        if (m.kind == YamlMistakeKind::missing_colon || m.kind == YamlMistakeKind::non_breaking_space ||
            m.kind == YamlMistakeKind::status_on_same_line)
            out.push_back(located(m, file));
    return out;
}

}  // namespace wwc

#include "report/words.hpp"

#include <vector>

#include <fmt/args.h>
#include <fmt/format.h>

#include "util/text.hpp"

namespace wwc {

namespace {

std::string fill_values(std::string_view text, std::string_view fallback, const std::vector<MessageArg>& args,
                        const Words& words) {
    fmt::dynamic_format_arg_store<fmt::format_context> store;
    for (const MessageArg& arg : args)
        store.push_back(!arg.message.empty() ? words.render(arg.message.front())
                        : arg.verbatim         ? arg.text
                                               : escape_unsafe(arg.text));
    try {
        return fmt::vformat(text, store);
    } catch (const fmt::format_error&) {
        // A translation whose fields do not match its template: fall back to English.
        return fmt::vformat(fallback, store);
    }
}

}  // namespace

std::string layout(std::string_view pattern, std::initializer_list<MessageArg> args) {
    return fill_values(pattern, pattern, std::vector<MessageArg>(args), Words());
}

std::string_view Words::tr(std::string_view text) const { return text; }

std::string Words::fill(std::string_view text, std::string_view english, const std::vector<MessageArg>& args) const {
    return fill_values(text, english, args, *this);
}

std::string Words::say(std::string_view text, std::initializer_list<MessageArg> args) const {
    return fill(tr(text), text, std::vector<MessageArg>(args));
}

std::string Words::plural(std::string_view one, std::string_view many, long long n,
                          std::initializer_list<MessageArg> args) const {
    const std::string_view english = n == 1 ? one : many;
    return fill(english, english, std::vector<MessageArg>(args));
}

std::string Words::render(const Message& message) const {
    std::string out = fill(tr(message.text), message.text, message.args);
    if (message.suggestion) out += say("; did you mean '{0}'?", {*message.suggestion});
    return out;
}

}  // namespace wwc

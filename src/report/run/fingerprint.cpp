#include "report/run/fingerprint.hpp"

#include <cctype>

#include "util/sha256.hpp"

namespace wwc {
namespace {

// `message` with the values of its "line {N}" and "column {N}" fields left
// empty, in nested messages too.
Message without_places(const Message& message) {
    Message out = message;
    const std::string_view text = message.text;
    for (std::string_view word : {"line {", "column {"}) {
        for (std::size_t at = text.find(word); at != std::string_view::npos; at = text.find(word, at + 1)) {
            std::size_t end = at + word.size();
            std::size_t field = 0;
            for (; end < text.size() && std::isdigit(static_cast<unsigned char>(text[end])); ++end)
                field = field * 10 + static_cast<std::size_t>(text[end] - '0');
            if (end < text.size() && text[end] == '}' && field < out.args.size()) out.args[field] = MessageArg("");
        }
    }
    for (MessageArg& arg : out.args)
        for (Message& nested : arg.message) nested = without_places(nested);
    return out;
}

}  // namespace

std::string repository_path(std::string_view path) {
    while (path.size() > 2 && path.substr(0, 2) == "./") {
        path.remove_prefix(2);
        while (!path.empty() && path.front() == '/') path.remove_prefix(1);
    }
    return std::string(path);
}

std::string diagnostic_subject(const Message& message) { return Words().render(without_places(message)); }

std::string fingerprint(RunContext& context, std::string_view rule, std::string_view path, std::string_view subject) {
    std::string key = std::string(rule) + '\0' + repository_path(path) + '\0' + std::string(subject);
    const std::size_t seen = context.names[key]++;
    if (seen > 0) key += '\0' + std::to_string(seen + 1);
    return sha256_hex(key);
}

}  // namespace wwc

#include "cli/language_choice.hpp"

#include <optional>
#include <string_view>

namespace wwc {
namespace {

std::optional<Language> from_flag(const std::vector<std::string>& args) {
    std::optional<Language> chosen;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string_view arg = args[i];
        if (arg == "--") break;
        if (arg == "--lang" && i + 1 < args.size()) chosen = language_from_name(args[++i]);
        else if (arg.substr(0, 7) == "--lang=") chosen = language_from_name(arg.substr(7));
    }
    return chosen;
}

std::optional<Language> from_list(std::string_view list) {
    while (!list.empty()) {
        const std::size_t end = list.find(':');
        if (const std::optional<Language> language = language_from_name(list.substr(0, end))) return language;
        if (end == std::string_view::npos) break;
        list.remove_prefix(end + 1);
    }
    return std::nullopt;
}

}  // namespace

Language choose_language(const std::vector<std::string>& args, const Environment& environment) {
    if (const std::optional<Language> flag = from_flag(args)) return *flag;
    const auto value = [&](const char* name) -> std::string_view {
        const char* v = environment(name);
        return v ? v : "";
    };
    if (const std::optional<Language> listed = from_list(value("LANGUAGE"))) return *listed;
    for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"})
        if (!value(name).empty()) return language_from_name(value(name)).value_or(Language::en);
    return Language::en;
}

}  // namespace wwc

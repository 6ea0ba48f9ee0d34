#include "model/language.hpp"

namespace wwc {

std::string_view language_tag(Language language) {
    switch (language) {
    case Language::en: return "en";
    case Language::es: return "es";
    case Language::pt_BR: return "pt-BR";
    }
    return "en";
}

std::optional<Language> language_from_name(std::string_view name) {
    // A locale name: language[_territory][.codeset][@modifier].
    const std::string_view base = name.substr(0, name.find_first_of(".@"));
    const std::string_view lang = base.substr(0, base.find_first_of("_-"));
    if (lang == "en" || base == "C" || base == "POSIX") return Language::en;
    if (lang == "es") return Language::es;
    if (lang == "pt") return Language::pt_BR;
    return std::nullopt;
}

}  // namespace wwc

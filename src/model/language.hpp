#pragma once
// The languages wwc-score speaks: English, the source, and its translations.

#include <array>
#include <optional>
#include <string_view>

namespace wwc {

enum class Language { en, es, pt_BR };

inline constexpr std::array<Language, 3> all_languages = {Language::en, Language::es, Language::pt_BR};

/// "en", "es", "pt-BR": the tag `--lang` takes, criteria files and HTML's `lang` use.
std::string_view language_tag(Language language);

/// The language of a tag or a locale name (es, es_AR.UTF-8, pt, pt_BR, pt-BR,
/// en_US, C, POSIX): nullopt when it names none of ours.
std::optional<Language> language_from_name(std::string_view name);

}  // namespace wwc

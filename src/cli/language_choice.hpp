#pragma once
// Which language to speak: `--lang`, else the environment, else English.

#include <functional>
#include <string>
#include <vector>

#include "model/language.hpp"

namespace wwc {

/// Looks up an environment variable: its value, or nullptr when unset.
using Environment = std::function<const char*(const char*)>;

/// The language of `--lang X` or `--lang=X` among `args` (before a `--`) when
/// it names one of ours; else the first entry of LANGUAGE (a colon-separated
/// list) that does; else the first of LC_ALL, LC_MESSAGES and LANG that is set,
/// English when it names another language. Locale names are read as names, so
/// `LANG=es_AR.UTF-8` means Spanish whether or not that locale is installed.
Language choose_language(const std::vector<std::string>& args, const Environment& environment);

}  // namespace wwc

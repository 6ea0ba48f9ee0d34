#pragma once
// `init`: a blank assessment for a criteria set, ready to fill in.

#include <string>

#include "model/criteria.hpp"
#include "report/words.hpp"

namespace wwc {

/// A wwc-assessment/1 file answering every counted criterion of `set` with
/// `not_met`, each commented with its name, grouped by practice; placeholder city
/// values that `check` accepts; outcomes as a commented template. `date` fills
/// `assessed_on`; comments are in `words`' language.
std::string blank_assessment(const CriteriaSet& set, const std::string& date, const Words& words);

/// The first line that points yaml-language-server editors (VS Code's YAML
/// extension, ...) at a JSON Schema: `# yaml-language-server: $schema=SCHEMA`.
/// `schema` is a path (relative to the assessment file) or a URL, without spaces.
std::string schema_modeline(const std::string& schema);

}  // namespace wwc

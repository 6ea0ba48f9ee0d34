#pragma once
// `schema`: a JSON Schema (draft-07) of the assessment files that answer one
// criteria set, for editors (yaml-language-server) and validators.

#include <string>
#include <string_view>
#include <vector>

#include "model/criteria.hpp"
#include "report/words.hpp"

namespace wwc {

/// How the schema is written.
struct SchemaOptions {
    /// Also write `markdownDescription` (and `markdownEnumDescriptions`) beside
    /// each `description`: VS Code and yaml-language-server show them formatted.
    /// They are not JSON Schema keywords, so a strict validator (ajv's default
    /// strict mode) refuses a schema that has them.
    bool markdown = false;
};

/// A JSON Schema (draft-07) of the wwc-assessment/1 files that answer `set`:
/// the keys, types and ranges that `check` accepts, with the criterion ids,
/// statuses, checklist items, outcome ids and `countries` (ISO 3166-1 alpha-2)
/// as enums. Titles and descriptions (criterion names and summaries, checklist
/// item texts, outcome names) are in `words`' language, from the criteria
/// file's translations where it has them; keys and ids stay as they are.
std::string assessment_schema(const CriteriaSet& set, const std::vector<std::string_view>& countries,
                              const SchemaOptions& options, const Words& words);

}  // namespace wwc

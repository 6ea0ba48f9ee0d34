#pragma once
// Assessment files (`wwc-assessment/1`, docs/assessment-format.md) into Assessment.

#include <string>
#include <vector>

#include "input/yaml_tree.hpp"
#include "model/assessment.hpp"
#include "model/criteria.hpp"
#include "model/diagnostics.hpp"

namespace wwc {

/// An assessment with the warnings found while reading it.
struct LoadedAssessment {
    Assessment assessment;
    std::vector<Diagnostic> diagnostics;
};

/// Reads and validates an assessment tree against the criteria set it answers
/// (`answered`; nullptr checks the structure only). Evidence dates are judged
/// against `as_of` (YYYY-MM-DD; "" skips those checks). Throws InputError listing
/// every problem, warnings included.
LoadedAssessment load_assessment(const YamlNode& root, const std::string& file, const CriteriaSet* answered,
                                 const std::string& as_of = "");

}  // namespace wwc

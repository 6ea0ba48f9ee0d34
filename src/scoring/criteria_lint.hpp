#pragma once
// Checks of a loaded criteria set beyond what the loader rejects: rules that are
// valid YAML and valid references but cannot work as intended.

#include <functional>
#include <string>
#include <vector>

#include "model/criteria.hpp"
#include "model/diagnostics.hpp"

namespace wwc {

/// Finds a criteria set by id or path for crosswalk checks; nullptr when there is none.
using CriteriaLookup = std::function<const CriteriaSet*(const std::string& id)>;

/// The problems of `set` that the loader accepts: unreachable levels, retired
/// required criteria and prerequisites, practices with no criteria, crosswalk
/// ids unknown in the `from` set; each located at the entry it is about. Pure.
std::vector<Diagnostic> lint_criteria(const CriteriaSet& set, const CriteriaLookup& lookup);

}  // namespace wwc

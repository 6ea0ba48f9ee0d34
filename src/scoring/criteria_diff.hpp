#pragma once
// What changed between two criteria sets, and what a crosswalk between them maps.

#include "model/criteria.hpp"
#include "model/criteria_diff.hpp"

namespace wwc {

/// Compares `a` (older) with `b` (newer); the result indexes into both. Pure.
CriteriaDiff diff_criteria(const CriteriaSet& a, const CriteriaSet& b);

}  // namespace wwc

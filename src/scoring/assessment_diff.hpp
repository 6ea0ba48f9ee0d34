#pragma once
// A city's progress between two assessments scored under one criteria set.

#include "model/assessment_diff.hpp"
#include "model/criteria.hpp"
#include "model/evaluation.hpp"

namespace wwc {

/// Compares two evaluations of assessments under `set`. Pure.
AssessmentDiff diff_assessments(const CriteriaSet& set, const Evaluation& before, const Evaluation& after);

}  // namespace wwc

#pragma once
// The evaluator: pure functions from a criteria set and an assessment to a score.
// No I/O, no YAML, no words.

#include <vector>

#include "model/assessment.hpp"
#include "model/criteria.hpp"
#include "model/evaluation.hpp"

namespace wwc {

/// Scores `assessment` under `set` (the set it answers, after any crosswalk).
Evaluation evaluate(const CriteriaSet& set, const Assessment& assessment);

/// Which criteria are earned when each criterion stands as in `statuses`: met
/// (answered met), with every counted prerequisite earned. Iterative over the
/// prerequisite graph, each criterion decided once.
std::vector<bool> earned_criteria(const CriteriaSet& set, const std::vector<Status>& statuses,
                                  const std::vector<bool>& counted);

/// How many outcomes named by `rule` meet their standard.
int outcomes_met(const OutcomeRule& rule, const CriteriaSet& set, const std::vector<OutcomeResult>& outcomes);

}  // namespace wwc

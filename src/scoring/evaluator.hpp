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

/// Each criterion's prerequisites as positions in `set.criteria` (unknown ids
/// and a criterion naming itself left out), and an order in which every
/// criterion comes after its prerequisites: resolved once for many uses.
struct PrerequisiteGraph {
    std::vector<std::vector<std::size_t>> prerequisites;
    std::vector<std::size_t> order;
};
PrerequisiteGraph prerequisite_graph(const CriteriaSet& set);

/// Which criteria are earned when each criterion stands as in `statuses`: met
/// (answered met), with every counted prerequisite earned. One pass over the
/// prerequisite graph in its order.
std::vector<bool> earned_criteria(const PrerequisiteGraph& graph, const std::vector<Status>& statuses,
                                  const std::vector<bool>& counted);
std::vector<bool> earned_criteria(const CriteriaSet& set, const std::vector<Status>& statuses,
                                  const std::vector<bool>& counted);

/// How many outcomes named by `rule` meet their standard.
int outcomes_met(const OutcomeRule& rule, const CriteriaSet& set, const std::vector<OutcomeResult>& outcomes);

}  // namespace wwc

#pragma once
// The shortest road to a level: a smallest set of criteria to meet.

#include <cstddef>
#include <vector>

#include "model/criteria.hpp"
#include "model/evaluation.hpp"
#include "scoring/prerequisites.hpp"

namespace wwc {

/// Search nodes allowed before the best roadmap found so far is returned
/// unproven (docs/criteria-format.md states it).
inline constexpr long roadmap_search_budget = 20'000;

/// Steps of work (criteria looked at) allowed to the searches of one gap
/// analysis, all levels together, whatever the number of nodes: a set of
/// thousands of criteria stops here, in well under a second, with the best
/// roadmap found, or a greedy one.
inline constexpr long roadmap_work_budget = 40'000'000;

struct Roadmap {
    std::vector<std::size_t> steps;  ///< criteria to meet, in the order to meet them
    bool proven_minimal = true;      ///< false when a budget ran out
};

/// A smallest set of criteria whose completion earns `points_needed` points and
/// every criterion in `required`, honouring prerequisites; among the smallest,
/// the one favouring in_progress then planned answers. Steps are in doing order:
/// prerequisites first, then required ones, then by effort and file order.
/// Empty when nothing is needed, or when no completion reaches the points.
/// When a budget runs out before any roadmap is found, the greedy one: the
/// easiest criteria first until the points are reached (not proven minimal).
/// The search spends from `work_left` (steps of roadmap_work_budget) and
/// leaves there what it did not use.
Roadmap plan_roadmap(const CriteriaSet& set, const Evaluation& evaluation, const UnmetPrerequisites& unmet,
                     const std::vector<std::size_t>& required, int points_needed, long& work_left);

}  // namespace wwc

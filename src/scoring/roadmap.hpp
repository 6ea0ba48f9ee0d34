#pragma once
// The shortest road to a level: a smallest set of criteria to meet.

#include <cstddef>
#include <vector>

#include "model/criteria.hpp"
#include "model/evaluation.hpp"

namespace wwc {

/// Search nodes allowed before the best roadmap found so far is returned
/// unproven (docs/criteria-format.md states it).
inline constexpr long roadmap_search_budget = 20'000;

/// For each criterion, its counted prerequisites, transitively, that are not
/// answered met, sorted. Each criterion's list is built once from its
/// prerequisites' lists, so shared prerequisites cost nothing extra.
std::vector<std::vector<std::size_t>> unmet_prerequisites(const CriteriaSet& set, const Evaluation& evaluation);

struct Roadmap {
    std::vector<std::size_t> steps;  ///< criteria to meet, in the order to meet them
    bool proven_minimal = true;      ///< false when the search budget ran out
};

/// A smallest set of criteria whose completion earns `points_needed` points and
/// every criterion in `required`, honouring prerequisites; among the smallest,
/// the one favouring in_progress then planned answers. Steps are in doing order:
/// prerequisites first, then required ones, then by effort and file order.
/// Empty when nothing is needed, or when no completion reaches the points.
Roadmap plan_roadmap(const CriteriaSet& set, const Evaluation& evaluation,
                     const std::vector<std::vector<std::size_t>>& unmet, const std::vector<std::size_t>& required,
                     int points_needed);

}  // namespace wwc

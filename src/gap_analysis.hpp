#pragma once
// What stands between a city and each level above its own, and the shortest road
// there. Pure functions over plain data.

#include <string>
#include <vector>

#include "criteria.hpp"
#include "evaluator.hpp"

namespace wwc {

/// A `met` criterion that earns nothing until `unblocked_by` are met.
struct Blocked {
    int criterion = -1;
    std::vector<int> unblocked_by;  ///< unmet criteria among its prerequisites, transitively
};

struct LevelGap {
    int level = -1;                     ///< index into CriteriaSet::levels
    int points_needed = 0;              ///< fewest points whose percent reaches the level
    int points_short = 0;
    std::vector<int> missing_required;  ///< required criteria not earned
    int outcomes_needed = 0;            ///< 0 when the level has no outcome rule
    int outcomes_met = 0;
    std::vector<Blocked> blocked;
    bool reachable = true;
    std::vector<std::string> unreachable_because;
    std::vector<int> roadmap;           ///< criteria to meet, in the order to meet them
    bool roadmap_proven_minimal = true; ///< false when the search budget ran out
};

/// One entry per level above the city's level, lowest first.
std::vector<LevelGap> analyse_gaps(const CriteriaSet& set, const Evaluation& evaluation);

/// A smallest set of criteria whose completion earns `points_needed` points and
/// every criterion in `required`, honouring prerequisites; among the smallest, the
/// one favouring in_progress then planned answers. Indices in doing order; empty
/// with `proven` unchanged when nothing is needed. `proven` turns false when the
/// search budget ran out before the best was proven.
std::vector<int> plan_roadmap(const CriteriaSet& set, const Evaluation& evaluation,
                              const std::vector<int>& required, int points_needed, bool& proven);

}  // namespace wwc

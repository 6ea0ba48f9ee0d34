#pragma once
// What stands between a city and a level above its own, as facts.

#include <cstddef>
#include <vector>

namespace wwc {

/// A `met` criterion that earns nothing until `unblocked_by` are met.
struct Blocked {
    std::size_t criterion = 0;
    /// The unmet prerequisites to meet first: those reached through answered-met
    /// ones (their own unmet prerequisites come with them). At most a few.
    std::vector<std::size_t> unblocked_by;
    bool more = false;  ///< there are others beyond those listed
};

/// An outcome of a level's rule that does not meet its standard, and the
/// standard whose threshold (`at_most`, `at_least`) or attestation would meet
/// it: the outcome's default.
struct OutcomeTarget {
    std::size_t outcome = 0;   ///< index into CriteriaSet::outcomes
    std::size_t standard = 0;  ///< the default standard: index into Outcome::standards
};

/// Why no roadmap reaches a level.
enum class Unreachable {
    not_eligible,    ///< the city is not eligible (Evaluation::eligibility_problems say why)
    too_few_points,  ///< the criteria that count cannot reach the level's percent
};

struct LevelGap {
    std::size_t level = 0;                     ///< index into CriteriaSet::levels
    int points_needed = 0;                     ///< fewest points whose percent reaches the level
    int points_short = 0;
    std::vector<std::size_t> missing_required; ///< required criteria not earned
    int outcomes_needed = 0;                   ///< 0 when the level has no outcome rule
    int outcomes_met = 0;
    std::vector<OutcomeTarget> outcome_targets;  ///< when outcomes_short(): the rule's outcomes not met
    std::vector<Blocked> blocked;
    std::vector<Unreachable> unreachable;
    std::vector<std::size_t> roadmap;          ///< criteria to meet, in the order to meet them
    bool roadmap_proven_minimal = true;        ///< false when the search budget ran out

    bool reachable() const { return unreachable.empty(); }
    bool outcomes_short() const { return outcomes_met < outcomes_needed; }
};

}  // namespace wwc

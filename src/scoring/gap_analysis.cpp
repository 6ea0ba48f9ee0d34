#include "scoring/gap_analysis.hpp"

#include <algorithm>

#include "model/points.hpp"
#include "scoring/evaluator.hpp"
#include "scoring/roadmap.hpp"

namespace wwc {
namespace {

// The unmet prerequisites a blocked criterion lists, at most.
constexpr std::size_t listed_unblockers = 20;

// What meets the default standard of each outcome of `rule` that does not meet its standard.
std::vector<OutcomeTarget> outcome_targets(const CriteriaSet& set, const Evaluation& e, const OutcomeRule& rule) {
    std::vector<OutcomeTarget> out;
    for (std::size_t i = 0; i < set.outcomes.size(); ++i) {
        const Outcome& o = set.outcomes[i];
        if (e.outcomes[i].meets || std::find(rule.of.begin(), rule.of.end(), o.id) == rule.of.end()) continue;
        out.push_back({i, o.default_index});
    }
    return out;
}

}  // namespace

std::vector<LevelGap> analyse_gaps(const CriteriaSet& set, const Evaluation& e) {
    const UnmetPrerequisites unmet(set, e);
    std::vector<Blocked> blocked;
    for (std::size_t i = 0; i < set.criteria.size(); ++i) {
        if (e.criteria[i].status != Status::blocked) continue;
        Blocked b{i, {}, false};
        b.unblocked_by = unmet.nearest(i, listed_unblockers, b.more);
        blocked.push_back(std::move(b));
    }

    std::vector<LevelGap> gaps;
    std::vector<std::size_t> required;  // of this level and those below it
    long work_left = roadmap_work_budget;  // shared by the levels' searches
    for (std::size_t l = 0; l < set.levels.size(); ++l) {
        const Level& level = set.levels[l];
        for (const std::string& id : level.required) {
            const std::optional<std::size_t> i = set.index_of(id);
            if (i && std::find(required.begin(), required.end(), *i) == required.end()) required.push_back(*i);
        }
        if (e.level && l <= *e.level) continue;
        LevelGap gap;
        gap.level = l;
        gap.points_needed = points_needed(level.min_percent, e.max_points);
        gap.points_short = std::max(0, gap.points_needed - e.points);
        for (std::size_t r : required)
            if (!e.criteria[r].earned) gap.missing_required.push_back(r);
        // Levels are cumulative: of this level's outcome rule and those below it,
        // report the one furthest from being met.
        const OutcomeRule* furthest = nullptr;
        for (std::size_t k = 0; k <= l; ++k)
            if (const auto& rule = set.levels[k].outcomes) {
                const int met = outcomes_met(*rule, set, e.outcomes);
                if (!furthest || rule->min_met - met > gap.outcomes_needed - gap.outcomes_met) {
                    gap.outcomes_needed = rule->min_met;
                    gap.outcomes_met = met;
                    furthest = &*rule;
                }
            }
        if (gap.outcomes_short()) gap.outcome_targets = outcome_targets(set, e, *furthest);
        gap.blocked = blocked;
        if (!e.eligible()) gap.unreachable.push_back(Unreachable::not_eligible);
        if (gap.points_needed > e.max_points) gap.unreachable.push_back(Unreachable::too_few_points);
        if (gap.reachable()) {
            Roadmap roadmap = plan_roadmap(set, e, unmet, required, gap.points_needed, work_left);
            gap.roadmap = std::move(roadmap.steps);
            gap.roadmap_proven_minimal = roadmap.proven_minimal;
        }
        gaps.push_back(std::move(gap));
    }
    return gaps;
}

}  // namespace wwc

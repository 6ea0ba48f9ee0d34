#include "progress.hpp"

namespace wwc {

Progress compare_progress(const CriteriaSet& set, const Evaluation& before, const Evaluation& after) {
    Progress p;
    p.level_before = before.level;
    p.level_after = after.level;
    p.points_before = before.points;
    p.points_after = after.points;
    p.max_points = after.max_points;
    p.percent_before = before.percent;
    p.percent_after = after.percent;
    for (std::size_t i = 0; i < set.criteria.size(); ++i) {
        const CriterionResult& b = before.criteria[i];
        const CriterionResult& a = after.criteria[i];
        const int index = static_cast<int>(i);
        if (a.earned && !b.earned) p.gained.push_back(index);
        if (b.earned && !a.earned) p.lost.push_back(index);
        if (a.status != b.status) p.changes.push_back({index, b.status, a.status});
    }
    for (std::size_t k = 0; k < set.practices.size(); ++k)
        p.practices.push_back({set.practices[k].id, before.practices[k].points, after.practices[k].points,
                               after.practices[k].max_points});
    return p;
}

}  // namespace wwc

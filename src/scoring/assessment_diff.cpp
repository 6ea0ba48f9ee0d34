#include "scoring/assessment_diff.hpp"

namespace wwc {

AssessmentDiff diff_assessments(const CriteriaSet& set, const Evaluation& before, const Evaluation& after) {
    AssessmentDiff d;
    d.level_before = before.level;
    d.level_after = after.level;
    d.points_before = before.points;
    d.points_after = after.points;
    d.max_points = after.max_points;
    d.percent_before = before.percent;
    d.percent_after = after.percent;
    for (std::size_t i = 0; i < set.criteria.size(); ++i) {
        const CriterionResult& b = before.criteria[i];
        const CriterionResult& a = after.criteria[i];
        if (a.earned && !b.earned) d.gained.push_back(i);
        if (b.earned && !a.earned) d.lost.push_back(i);
        if (a.status != b.status) d.changes.push_back({i, b.status, a.status});
    }
    for (std::size_t k = 0; k < set.practices.size(); ++k)
        d.practices.push_back({set.practices[k].id, before.practices[k].points, after.practices[k].points,
                               after.practices[k].max_points});
    return d;
}

}  // namespace wwc

#include "scoring/criteria_lint.hpp"

#include <algorithm>
#include <set>

#include "model/points.hpp"
#include "util/suggest.hpp"

namespace wwc {
namespace {

void check_levels(const CriteriaSet& set, std::vector<Diagnostic>& out) {
    const int max_points = points_counted_now(set);
    for (const Level& l : set.levels) {
        if (points_needed(l.min_percent, max_points) > max_points)
            out.push_back({Severity::error, l.where,
                           msg("level '{0}' cannot be reached: no counted criterion earns points towards its {1} "
                               "percent",
                               l.id, l.min_percent)});
        for (const std::string& id : l.required) {
            const std::optional<std::size_t> i = set.index_of(id);
            if (!i) continue;
            const Criterion& c = set.criteria[*i];
            if (c.retired)
                out.push_back({Severity::error, l.where,
                               msg("level '{0}' requires criterion '{1}', which is retired and never counts", l.id, id)});
            else if (!c.future.empty())
                out.push_back({Severity::warning, l.where,
                               msg("level '{0}' requires criterion '{1}', which counts only from {2}", l.id, id,
                                   c.future)});
        }
        if (l.outcomes) {
            const std::set<std::string> distinct(l.outcomes->of.begin(), l.outcomes->of.end());
            if (static_cast<int>(distinct.size()) < l.outcomes->min_met)
                out.push_back({Severity::error, l.where,
                               msg("level '{0}' needs {1} outcomes met but names only {2} distinct outcomes", l.id,
                                   l.outcomes->min_met, static_cast<unsigned long>(distinct.size()))});
        }
    }
}

void check_criteria(const CriteriaSet& set, std::vector<Diagnostic>& out) {
    std::set<std::string> practices_used;
    for (const Criterion& c : set.criteria) practices_used.insert(c.practice);
    for (const Practice& p : set.practices)
        if (!practices_used.count(p.id))
            out.push_back({Severity::warning, p.where, msg("practice '{0}' has no criteria", p.id)});
    for (const Criterion& c : set.criteria)
        for (const std::string& p : c.prerequisites) {
            const std::optional<std::size_t> i = set.index_of(p);
            if (i && set.criteria[*i].retired && !c.retired)
                out.push_back({Severity::warning, c.where,
                               msg("prerequisite '{0}' of '{1}' is retired and is ignored", p, c.id)});
        }
}

void check_crosswalk(const CriteriaSet& set, const CriteriaLookup& lookup, std::vector<Diagnostic>& out) {
    if (!set.crosswalk || set.crosswalk->from.empty()) return;
    const Crosswalk& x = *set.crosswalk;
    const CriteriaSet* from = lookup ? lookup(x.from) : nullptr;
    if (!from) {
        out.push_back({Severity::warning, x.where,
                       msg("crosswalk source '{0}' is not a bundled set or a readable criteria file; its criterion "
                           "ids are not checked",
                           x.from)});
        return;
    }
    std::vector<std::string> ids;
    for (const Criterion& c : from->criteria) ids.push_back(c.id);
    // Map keys are sorted; report in this set's criteria order.
    for (const Criterion& c : set.criteria) {
        const auto entry = x.map.find(c.id);
        if (entry == x.map.end()) continue;
        for (const std::string& old : entry->second)
            if (!from->index_of(old))
                out.push_back({Severity::error, x.where,
                               suggesting(msg("crosswalk maps '{0}' from '{1}', which is not a criterion of '{2}'",
                                              c.id, old, x.from),
                                          closest_match(old, ids))});
    }
}

}  // namespace

std::vector<Diagnostic> lint_criteria(const CriteriaSet& set, const CriteriaLookup& lookup) {
    std::vector<Diagnostic> out;
    check_levels(set, out);
    check_criteria(set, out);
    check_crosswalk(set, lookup, out);
    return out;
}

}  // namespace wwc

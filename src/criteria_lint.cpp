#include "criteria_lint.hpp"

#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "evaluator.hpp"
#include "suggest.hpp"

namespace wwc {
namespace {

// Counted for some assessment: not retired. A future criterion counts from its date.
int max_points_now(const CriteriaSet& set) {
    int total = 0;
    for (const Criterion& c : set.criteria)
        if (!c.retired && c.future.empty()) total += c.points;
    return total;
}

void check_levels(const CriteriaSet& set, const Location& at, std::vector<Diagnostic>& out) {
    const int max_points = max_points_now(set);
    for (const Level& l : set.levels) {
        if (points_needed(l.min_percent, max_points) > max_points)
            out.push_back({Severity::error, at,
                           fmt::format("level '{}' cannot be reached: no counted criterion earns points towards "
                                       "its {} percent",
                                       l.id, l.min_percent)});
        for (const std::string& id : l.required) {
            const int i = set.index_of(id);
            if (i < 0) continue;
            const Criterion& c = set.criteria[static_cast<std::size_t>(i)];
            if (c.retired)
                out.push_back({Severity::error, at,
                               fmt::format("level '{}' requires criterion '{}', which is retired and never counts",
                                           l.id, id)});
            else if (!c.future.empty())
                out.push_back({Severity::warning, at,
                               fmt::format("level '{}' requires criterion '{}', which counts only from {}", l.id,
                                           id, c.future)});
        }
        if (l.outcomes) {
            const std::set<std::string> distinct(l.outcomes->of.begin(), l.outcomes->of.end());
            if (static_cast<int>(distinct.size()) < l.outcomes->min_met)
                out.push_back({Severity::error, at,
                               fmt::format("level '{}' needs {} outcomes met but names only {} distinct outcomes",
                                           l.id, l.outcomes->min_met, distinct.size())});
        }
    }
}

void check_criteria(const CriteriaSet& set, const Location& at, std::vector<Diagnostic>& out) {
    for (const Practice& p : set.practices)
        if (std::none_of(set.criteria.begin(), set.criteria.end(),
                         [&](const Criterion& c) { return c.practice == p.id; }))
            out.push_back({Severity::warning, at, fmt::format("practice '{}' has no criteria", p.id)});
    for (const Criterion& c : set.criteria)
        for (const std::string& p : c.prerequisites) {
            const int i = set.index_of(p);
            if (i >= 0 && set.criteria[static_cast<std::size_t>(i)].retired && !c.retired)
                out.push_back({Severity::warning, at,
                               fmt::format("prerequisite '{}' of '{}' is retired and is ignored", p, c.id)});
        }
}

void check_crosswalk(const CriteriaSet& set, const Location& at, const CriteriaLookup& lookup,
                     std::vector<Diagnostic>& out) {
    if (!set.crosswalk || set.crosswalk->from.empty()) return;
    const Crosswalk& x = *set.crosswalk;
    const CriteriaSet* from = lookup ? lookup(x.from) : nullptr;
    if (!from) {
        out.push_back({Severity::warning, at,
                       fmt::format("crosswalk source '{}' is not a bundled set or a readable criteria file; "
                                   "its criterion ids are not checked",
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
            if (from->index_of(old) < 0)
                out.push_back({Severity::error, at,
                               fmt::format("crosswalk maps '{}' from '{}', which is not a criterion of '{}'{}", c.id,
                                           old, x.from, did_you_mean(old, ids))});
    }
}

}  // namespace

std::vector<Diagnostic> lint_criteria(const CriteriaSet& set, const std::string& file,
                                      const CriteriaLookup& lookup) {
    const Location at{file, 0, 0};
    std::vector<Diagnostic> out;
    check_levels(set, at, out);
    check_criteria(set, at, out);
    check_crosswalk(set, at, lookup, out);
    return out;
}

}  // namespace wwc

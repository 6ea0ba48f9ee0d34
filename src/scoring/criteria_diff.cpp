#include "scoring/criteria_diff.hpp"

#include <algorithm>

namespace wwc {
namespace {

using Kind = CriteriaChange::Kind;

template <typename T>
std::optional<std::size_t> find_id(const T& items, const std::string& id) {
    for (std::size_t i = 0; i < items.size(); ++i)
        if (items[i].id == id) return i;
    return std::nullopt;
}

std::vector<std::string> checklist_ids(const Criterion& c) {
    std::vector<std::string> ids;
    for (const ChecklistItem& item : c.checklist) ids.push_back(item.id);
    return ids;
}

// The standards an outcome accepts, their thresholds and which is the default.
bool same_standard(const Outcome& a, const Outcome& b) {
    const auto same = [](const OutcomeStandard& x, const OutcomeStandard& y) {
        return x.id == y.id && x.at_most == y.at_most && x.at_least == y.at_least && x.attestation == y.attestation &&
               x.interim == y.interim;
    };
    return a.default_index == b.default_index &&
           std::equal(a.standards.begin(), a.standards.end(), b.standards.begin(), b.standards.end(), same);
}

bool same_rule(const std::optional<OutcomeRule>& a, const std::optional<OutcomeRule>& b) {
    if (!a || !b) return !a && !b;
    return a->min_met == b->min_met && a->of == b->of;
}

// Records the change of `field` when `differs`.
void field(std::vector<CriteriaChange>& out, DiffEntity entity, std::optional<std::size_t> before,
           std::optional<std::size_t> after, DiffField field, bool differs) {
    if (differs) out.push_back({Kind::changed, entity, before, after, field, {}});
}

// Added entities in `b`'s order, with the changes of those both have; then
// those only `a` has.
template <typename List, typename Compare>
void diff_list(std::vector<CriteriaChange>& out, DiffEntity entity, const List& a, const List& b, Compare compare) {
    for (std::size_t j = 0; j < b.size(); ++j) {
        if (const std::optional<std::size_t> i = find_id(a, b[j].id)) compare(*i, j);
        else out.push_back({Kind::added, entity, std::nullopt, j, DiffField::name, {}});
    }
    for (std::size_t i = 0; i < a.size(); ++i)
        if (!find_id(b, a[i].id)) out.push_back({Kind::removed, entity, i, std::nullopt, DiffField::name, {}});
}

void diff_crosswalk(const CriteriaSet& a, const CriteriaSet& b, CriteriaDiff& diff) {
    const bool forward = b.crosswalk && b.crosswalk->from == a.id;
    const bool backward = !forward && a.crosswalk && a.crosswalk->from == b.id;
    if (!forward && !backward) return;
    CrosswalkMapping mapping;
    mapping.reversed = backward;
    std::vector<bool> used(a.criteria.size(), false);
    for (const Criterion& c : b.criteria) {
        std::vector<std::string> sources;
        if (forward) {
            if (const auto entry = b.crosswalk->map.find(c.id); entry != b.crosswalk->map.end()) sources = entry->second;
        } else {
            for (const Criterion& old : a.criteria) {
                const auto entry = a.crosswalk->map.find(old.id);
                if (entry != a.crosswalk->map.end() &&
                    std::find(entry->second.begin(), entry->second.end(), c.id) != entry->second.end())
                    sources.push_back(old.id);
            }
        }
        for (const std::string& s : sources)
            if (const std::optional<std::size_t> i = a.index_of(s)) used[*i] = true;
        mapping.mapped.emplace_back(c.id, std::move(sources));
    }
    for (std::size_t i = 0; i < a.criteria.size(); ++i)
        if (!used[i]) mapping.unused.push_back(a.criteria[i].id);
    diff.crosswalk = std::move(mapping);
}

std::vector<std::string> missing(const std::vector<std::string>& from, const std::vector<std::string>& in) {
    std::vector<std::string> out;
    for (const std::string& c : from)
        if (std::find(in.begin(), in.end(), c) == in.end()) out.push_back(c);
    return out;
}

}  // namespace

CriteriaDiff diff_criteria(const CriteriaSet& a, const CriteriaSet& b) {
    CriteriaDiff diff;
    std::vector<CriteriaChange>& out = diff.changes;
    const DiffEntity set = DiffEntity::set;
    field(out, set, {}, {}, DiffField::name, a.name != b.name);
    field(out, set, {}, {}, DiffField::version, a.version != b.version);
    field(out, set, {}, {}, DiffField::status, a.status != b.status);
    field(out, set, {}, {}, DiffField::published, a.published != b.published);

    diff_list(out, DiffEntity::practice, a.practices, b.practices, [&](std::size_t i, std::size_t j) {
        field(out, DiffEntity::practice, i, j, DiffField::name, a.practices[i].name != b.practices[j].name);
    });
    diff_list(out, DiffEntity::criterion, a.criteria, b.criteria, [&](std::size_t i, std::size_t j) {
        const Criterion& o = a.criteria[i];
        const Criterion& c = b.criteria[j];
        const auto change = [&](DiffField f, bool differs) { field(out, DiffEntity::criterion, i, j, f, differs); };
        change(DiffField::name, o.name != c.name);
        change(DiffField::practice, o.practice != c.practice);
        change(DiffField::points, o.points != c.points);
        change(DiffField::prerequisites, o.prerequisites != c.prerequisites);
        change(DiffField::checklist, o.checklist_min != c.checklist_min || checklist_ids(o) != checklist_ids(c));
        change(DiffField::core, o.core != c.core);
        change(DiffField::equity, o.equity != c.equity);
        change(DiffField::future, o.future != c.future);
        change(DiffField::retired, o.retired != c.retired);
    });
    diff_list(out, DiffEntity::outcome, a.outcomes, b.outcomes, [&](std::size_t i, std::size_t j) {
        const Outcome& o = a.outcomes[i];
        const Outcome& n = b.outcomes[j];
        field(out, DiffEntity::outcome, i, j, DiffField::name, o.name != n.name);
        field(out, DiffEntity::outcome, i, j, DiffField::standard, !same_standard(o, n));
        field(out, DiffEntity::outcome, i, j, DiffField::unit, o.unit != n.unit);
    });
    diff_list(out, DiffEntity::level, a.levels, b.levels, [&](std::size_t i, std::size_t j) {
        const Level& o = a.levels[i];
        const Level& n = b.levels[j];
        field(out, DiffEntity::level, i, j, DiffField::name, o.name != n.name);
        field(out, DiffEntity::level, i, j, DiffField::min_percent, o.min_percent != n.min_percent);
        field(out, DiffEntity::level, i, j, DiffField::required, o.required != n.required);
        field(out, DiffEntity::level, i, j, DiffField::outcomes, !same_rule(o.outcomes, n.outcomes));
    });
    field(out, DiffEntity::eligibility, {}, {}, DiffField::min_population,
          a.eligibility.min_population != b.eligibility.min_population);
    if (auto added = missing(b.eligibility.countries, a.eligibility.countries); !added.empty())
        out.push_back({Kind::added, DiffEntity::eligibility, {}, {}, DiffField::countries, std::move(added)});
    if (auto removed = missing(a.eligibility.countries, b.eligibility.countries); !removed.empty())
        out.push_back({Kind::removed, DiffEntity::eligibility, {}, {}, DiffField::countries, std::move(removed)});
    diff_crosswalk(a, b, diff);
    return diff;
}

}  // namespace wwc

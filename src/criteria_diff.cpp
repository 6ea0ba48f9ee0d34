#include "criteria_diff.hpp"

#include <algorithm>

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace wwc {
namespace {

std::string list_or_none(const std::vector<std::string>& ids) {
    return ids.empty() ? std::string("none") : fmt::format("{}", fmt::join(ids, ", "));
}

std::string text_or_none(const std::string& text) { return text.empty() ? std::string("none") : text; }

std::string checklist_text(const Criterion& c) {
    if (c.checklist.empty()) return "none";
    std::vector<std::string> ids;
    for (const ChecklistItem& item : c.checklist) ids.push_back(item.id);
    return fmt::format("{} of {} ({})", c.checklist_min, c.checklist.size(), fmt::join(ids, ", "));
}

std::string rule_text(const std::optional<OutcomeRule>& rule) {
    if (!rule) return "none";
    return fmt::format("{} of {}", rule->min_met, fmt::join(rule->of, ", "));
}

std::string threshold_text(const Outcome& o) {
    std::vector<std::string> parts;
    if (o.at_most) parts.push_back(fmt::format("at_most {}", *o.at_most));
    if (o.at_least) parts.push_back(fmt::format("at_least {}", *o.at_least));
    if (o.attestation) parts.push_back("attestation");
    return fmt::format("{}", fmt::join(parts, ", "));
}

const char* yes_no(bool value) { return value ? "true" : "false"; }

// A changed field: `~ WHO FIELD: OLD -> NEW` when the two differ.
void field(std::vector<CriteriaChange>& out, const std::string& who, const char* name, const std::string& old_value,
           const std::string& new_value) {
    if (old_value != new_value) out.push_back({'~', fmt::format("{}: {} {} -> {}", who, name, old_value, new_value)});
}

void renamed(std::vector<CriteriaChange>& out, const std::string& who, const std::string& old_name,
             const std::string& new_name) {
    if (old_name != new_name)
        out.push_back({'~', fmt::format("{} renamed: \"{}\" -> \"{}\"", who, old_name, new_name)});
}

template <typename T>
const T* find_id(const std::vector<T>& items, const std::string& id) {
    const auto found = std::find_if(items.begin(), items.end(), [&](const T& item) { return item.id == id; });
    return found == items.end() ? nullptr : &*found;
}

void diff_header(const CriteriaSet& a, const CriteriaSet& b, std::vector<CriteriaChange>& out) {
    renamed(out, "set", a.name, b.name);
    field(out, "set", "version", a.version, b.version);
    field(out, "set", "status", a.status, b.status);
    field(out, "set", "published", text_or_none(a.published), text_or_none(b.published));
}

void diff_practices(const CriteriaSet& a, const CriteriaSet& b, std::vector<CriteriaChange>& out) {
    for (const Practice& p : b.practices) {
        if (const Practice* old = find_id(a.practices, p.id)) renamed(out, "practice " + p.id, old->name, p.name);
        else out.push_back({'+', fmt::format("practice {} {}", p.id, p.name)});
    }
    for (const Practice& p : a.practices)
        if (!find_id(b.practices, p.id)) out.push_back({'-', fmt::format("practice {} {}", p.id, p.name)});
}

void diff_criterion(const Criterion& o, const Criterion& c, std::vector<CriteriaChange>& out) {
    renamed(out, c.id, o.name, c.name);
    if (o.practice != c.practice) out.push_back({'~', fmt::format("{} moved: {} -> {}", c.id, o.practice, c.practice)});
    field(out, c.id, "points", std::to_string(o.points), std::to_string(c.points));
    field(out, c.id, "prerequisites", list_or_none(o.prerequisites), list_or_none(c.prerequisites));
    field(out, c.id, "checklist", checklist_text(o), checklist_text(c));
    field(out, c.id, "core", yes_no(o.core), yes_no(c.core));
    field(out, c.id, "equity", yes_no(o.equity), yes_no(c.equity));
    field(out, c.id, "future", text_or_none(o.future), text_or_none(c.future));
    field(out, c.id, "retired", yes_no(o.retired), yes_no(c.retired));
}

void diff_criteria_list(const CriteriaSet& a, const CriteriaSet& b, std::vector<CriteriaChange>& out) {
    for (const Criterion& c : b.criteria) {
        const int i = a.index_of(c.id);
        if (i >= 0) diff_criterion(a.criteria[static_cast<std::size_t>(i)], c, out);
        else out.push_back({'+', fmt::format("{} {} ({})", c.id, c.name, c.practice)});
    }
    for (const Criterion& c : a.criteria)
        if (b.index_of(c.id) < 0) out.push_back({'-', fmt::format("{} {} ({})", c.id, c.name, c.practice)});
}

void diff_outcomes(const CriteriaSet& a, const CriteriaSet& b, std::vector<CriteriaChange>& out) {
    for (const Outcome& o : b.outcomes) {
        const Outcome* old = find_id(a.outcomes, o.id);
        if (!old) {
            out.push_back({'+', fmt::format("outcome {} {} ({})", o.id, o.name, threshold_text(o))});
            continue;
        }
        renamed(out, "outcome " + o.id, old->name, o.name);
        field(out, "outcome " + o.id, "standard", threshold_text(*old), threshold_text(o));
        field(out, "outcome " + o.id, "unit", text_or_none(old->unit), text_or_none(o.unit));
    }
    for (const Outcome& o : a.outcomes)
        if (!find_id(b.outcomes, o.id))
            out.push_back({'-', fmt::format("outcome {} {} ({})", o.id, o.name, threshold_text(o))});
}

void diff_levels(const CriteriaSet& a, const CriteriaSet& b, std::vector<CriteriaChange>& out) {
    for (const Level& l : b.levels) {
        const Level* old = find_id(a.levels, l.id);
        if (!old) {
            out.push_back({'+', fmt::format("level {} {} (min_percent {})", l.id, l.name, l.min_percent)});
            continue;
        }
        const std::string who = "level " + l.id;
        renamed(out, who, old->name, l.name);
        field(out, who, "min_percent", std::to_string(old->min_percent), std::to_string(l.min_percent));
        field(out, who, "required", list_or_none(old->required), list_or_none(l.required));
        field(out, who, "outcomes", rule_text(old->outcomes), rule_text(l.outcomes));
    }
    for (const Level& l : a.levels)
        if (!find_id(b.levels, l.id))
            out.push_back({'-', fmt::format("level {} {} (min_percent {})", l.id, l.name, l.min_percent)});
}

void diff_eligibility(const Eligibility& a, const Eligibility& b, std::vector<CriteriaChange>& out) {
    const auto population = [](const Eligibility& e) {
        return e.min_population ? std::to_string(*e.min_population) : std::string("none");
    };
    field(out, "eligibility", "min_population", population(a), population(b));
    // Countries missing from the other list, one line for each direction.
    const auto missing = [](const std::vector<std::string>& from, const std::vector<std::string>& in) {
        std::vector<std::string> out_ids;
        for (const std::string& c : from)
            if (std::find(in.begin(), in.end(), c) == in.end()) out_ids.push_back(c);
        return out_ids;
    };
    if (const auto added = missing(b.countries, a.countries); !added.empty())
        out.push_back({'+', fmt::format("eligibility countries: {}", fmt::join(added, ", "))});
    if (const auto removed = missing(a.countries, b.countries); !removed.empty())
        out.push_back({'-', fmt::format("eligibility countries: {}", fmt::join(removed, ", "))});
}

// For each criterion of `b`, the criteria of `a` that evidence it; then the criteria
// of `a` that evidence nothing.
void diff_crosswalk(const CriteriaSet& a, const CriteriaSet& b, CriteriaDiff& diff) {
    const bool forward = b.crosswalk && b.crosswalk->from == a.id;
    const bool backward = !forward && a.crosswalk && a.crosswalk->from == b.id;
    if (!forward && !backward) return;
    diff.crosswalk_title = forward ? fmt::format("crosswalk of {} from {}", b.id, a.id)
                                   : fmt::format("crosswalk of {} from {}, reversed", a.id, b.id);
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
            if (const int i = a.index_of(s); i >= 0) used[static_cast<std::size_t>(i)] = true;
        diff.crosswalk.push_back({'=', fmt::format("{} <- {}", c.id, list_or_none(sources))});
    }
    for (std::size_t i = 0; i < a.criteria.size(); ++i)
        if (!used[i]) diff.crosswalk.push_back({'=', fmt::format("{} -> none", a.criteria[i].id)});
}

}  // namespace

CriteriaDiff diff_criteria(const CriteriaSet& a, const CriteriaSet& b) {
    CriteriaDiff diff;
    diff.from = a.id;
    diff.to = b.id;
    diff_header(a, b, diff.header);
    diff_practices(a, b, diff.practices);
    diff_criteria_list(a, b, diff.criteria);
    diff_outcomes(a, b, diff.outcomes);
    diff_levels(a, b, diff.levels);
    diff_eligibility(a.eligibility, b.eligibility, diff.eligibility);
    diff_crosswalk(a, b, diff);
    return diff;
}

std::string render_criteria_diff(const CriteriaDiff& diff) {
    std::string out = fmt::format("criteria diff: {} -> {}\n", diff.from, diff.to);
    bool any = false;
    const auto section = [&](const std::string& title, const std::vector<CriteriaChange>& changes) {
        if (changes.empty()) return;
        any = true;
        out += fmt::format("\n{}:\n", title);
        for (const CriteriaChange& c : changes) out += fmt::format("{} {}\n", c.kind, c.text);
    };
    section("set", diff.header);
    section("practices", diff.practices);
    section("criteria", diff.criteria);
    section("outcomes", diff.outcomes);
    section("levels", diff.levels);
    section("eligibility", diff.eligibility);
    section(diff.crosswalk_title, diff.crosswalk);
    if (!any) out += "no differences\n";
    return out;
}

}  // namespace wwc

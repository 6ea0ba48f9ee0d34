// criteria diff A B: what changed between two criteria sets, one change per line
// (text) or one object per change (json).

#include "report/renderers.hpp"
#include "report/wording.hpp"
#include "report/writers/json_writer.hpp"
#include "util/text.hpp"

namespace wwc {
namespace {

using Kind = CriteriaChange::Kind;

std::string_view section_id(DiffEntity entity) {
    switch (entity) {
    case DiffEntity::set: return "set";
    case DiffEntity::practice: return "practices";
    case DiffEntity::criterion: return "criteria";
    case DiffEntity::outcome: return "outcomes";
    case DiffEntity::level: return "levels";
    case DiffEntity::eligibility: return "eligibility";
    }
    return "";
}

std::string_view field_id(DiffField field) {
    switch (field) {
    case DiffField::name: return "name";
    case DiffField::version: return "version";
    case DiffField::status: return "status";
    case DiffField::published: return "published";
    case DiffField::practice: return "practice";
    case DiffField::points: return "points";
    case DiffField::prerequisites: return "prerequisites";
    case DiffField::checklist: return "checklist";
    case DiffField::core: return "core";
    case DiffField::equity: return "equity";
    case DiffField::future: return "future";
    case DiffField::retired: return "retired";
    case DiffField::standard: return "standard";
    case DiffField::unit: return "unit";
    case DiffField::min_percent: return "min_percent";
    case DiffField::required: return "required";
    case DiffField::outcomes: return "outcomes";
    case DiffField::min_population: return "min_population";
    case DiffField::countries: return "countries";
    }
    return "";
}

std::string threshold_text(const Outcome& o) {
    std::vector<std::string> parts;
    if (o.at_most) parts.push_back(layout("at_most {0}", {*o.at_most}));
    if (o.at_least) parts.push_back(layout("at_least {0}", {*o.at_least}));
    if (o.attestation) parts.push_back("attestation");
    return join(parts);
}

// A field's value as the criteria file writes it; nullopt for none.
std::optional<std::string> value(const CriteriaSet& set, const CriteriaChange& c, std::optional<std::size_t> at,
                                 const Words& w) {
    const auto text = [](const std::string& s) { return s.empty() ? std::nullopt : std::optional<std::string>(s); };
    const auto list = [](const std::vector<std::string>& ids) {
        return ids.empty() ? std::nullopt : std::optional<std::string>(join(ids));
    };
    const auto flag = [](bool b) { return std::optional<std::string>(b ? "true" : "false"); };
    switch (c.field) {
    case DiffField::name:
        switch (c.entity) {
        case DiffEntity::set: return set.name;
        case DiffEntity::practice: return set.practices[*at].name;
        case DiffEntity::criterion: return set.criteria[*at].name;
        case DiffEntity::outcome: return set.outcomes[*at].name;
        case DiffEntity::level: return set.levels[*at].name;
        case DiffEntity::eligibility: return std::nullopt;
        }
        return std::nullopt;
    case DiffField::version: return set.version;
    case DiffField::status: return std::string(set_status_id(set.status));
    case DiffField::published: return text(set.published);
    case DiffField::practice: return set.criteria[*at].practice;
    case DiffField::points: return std::to_string(set.criteria[*at].points);
    case DiffField::prerequisites: return list(set.criteria[*at].prerequisites);
    case DiffField::checklist: {
        const Criterion& cr = set.criteria[*at];
        if (cr.checklist.empty()) return std::nullopt;
        std::vector<std::string> ids;
        for (const ChecklistItem& item : cr.checklist) ids.push_back(item.id);
        return w.say("{0} of {1} ({2})", {cr.checklist_min, cr.checklist.size(), join(ids)});
    }
    case DiffField::core: return flag(set.criteria[*at].core);
    case DiffField::equity: return flag(set.criteria[*at].equity);
    case DiffField::future: return text(set.criteria[*at].future);
    case DiffField::retired: return flag(set.criteria[*at].retired);
    case DiffField::standard: return threshold_text(set.outcomes[*at]);
    case DiffField::unit: return text(set.outcomes[*at].unit);
    case DiffField::min_percent: return std::to_string(set.levels[*at].min_percent);
    case DiffField::required: return list(set.levels[*at].required);
    case DiffField::outcomes: {
        const auto& rule = set.levels[*at].outcomes;
        if (!rule) return std::nullopt;
        return w.say("{0} of {1}", {rule->min_met, join(rule->of)});
    }
    case DiffField::min_population: {
        const auto& min = set.eligibility.min_population;
        return min ? std::optional<std::string>(std::to_string(*min)) : std::nullopt;
    }
    case DiffField::countries: return join(c.ids);
    }
    return std::nullopt;
}

// The id of the practice, criterion, outcome or level a change is about; "" for the set and eligibility.
std::string entity_id(const CriteriaDiffReport& r, const CriteriaChange& c) {
    const CriteriaSet& set = c.after ? *r.to : *r.from;
    const std::size_t at = c.after ? *c.after : c.before.value_or(0);
    switch (c.entity) {
    case DiffEntity::practice: return set.practices[at].id;
    case DiffEntity::criterion: return set.criteria[at].id;
    case DiffEntity::outcome: return set.outcomes[at].id;
    case DiffEntity::level: return set.levels[at].id;
    case DiffEntity::set:
    case DiffEntity::eligibility: return "";
    }
    return "";
}

// Who a change is about, as the criteria file's keys say: "set", "practice DM",
// "DM1", "outcome air_quality", "level gold", "eligibility".
std::string who(const CriteriaDiffReport& r, const CriteriaChange& c) {
    switch (c.entity) {
    case DiffEntity::set: return "set";
    case DiffEntity::practice: return "practice " + entity_id(r, c);
    case DiffEntity::criterion: return entity_id(r, c);
    case DiffEntity::outcome: return "outcome " + entity_id(r, c);
    case DiffEntity::level: return "level " + entity_id(r, c);
    case DiffEntity::eligibility: return "eligibility";
    }
    return "";
}

// The line of an added or removed entity.
std::string entry_line(const CriteriaSet& set, const CriteriaChange& c, std::size_t at, const Words& w) {
    switch (c.entity) {
    case DiffEntity::practice: return w.say("practice {0} {1}", {set.practices[at].id, set.practices[at].name});
    case DiffEntity::criterion:
        return layout("{0} {1} ({2})", {set.criteria[at].id, set.criteria[at].name, set.criteria[at].practice});
    case DiffEntity::outcome:
        return w.say("outcome {0} {1} ({2})", {set.outcomes[at].id, set.outcomes[at].name, threshold_text(set.outcomes[at])});
    case DiffEntity::level:
        return w.say("level {0} {1} (min_percent {2})", {set.levels[at].id, set.levels[at].name, set.levels[at].min_percent});
    case DiffEntity::set:
    case DiffEntity::eligibility: return w.say("eligibility countries: {0}", {join(c.ids)});
    }
    return "";
}

std::string change_line(const CriteriaDiffReport& r, const CriteriaChange& c, const Words& w) {
    switch (c.kind) {
    case Kind::added:
        return "+ " + entry_line(*r.to, c, c.after.value_or(0), w);
    case Kind::removed:
        return "- " + entry_line(*r.from, c, c.before.value_or(0), w);
    case Kind::changed:
        break;
    }
    const std::string none = w.say("none");
    const std::string before = value(*r.from, c, c.before, w).value_or(none);
    const std::string after = value(*r.to, c, c.after, w).value_or(none);
    if (c.field == DiffField::name)
        return w.say("~ {0} renamed: \"{1}\" -> \"{2}\"", {who(r, c), before, after});
    if (c.field == DiffField::practice && c.entity == DiffEntity::criterion)
        return w.say("~ {0} moved: {1} -> {2}", {who(r, c), before, after});
    return layout("~ {0}: {1} {2} -> {3}", {who(r, c), field_id(c.field), before, after});
}

std::string section_title(DiffEntity entity, const Words& w) {
    switch (entity) {
    case DiffEntity::set: return w.say("set");
    case DiffEntity::practice: return w.say("practices");
    case DiffEntity::criterion: return w.say("criteria");
    case DiffEntity::outcome: return w.say("outcomes");
    case DiffEntity::level: return w.say("levels");
    case DiffEntity::eligibility: return w.say("eligibility");
    }
    return "";
}

}  // namespace

std::string render_criteria_diff_text(const CriteriaDiffReport& r, const RenderOptions& options) {
    const Words& w = options.words;
    std::string out = w.say("criteria diff: {0} -> {1}\n", {r.from->id, r.to->id});
    std::optional<DiffEntity> section;
    for (const CriteriaChange& c : r.diff.changes) {
        if (section != c.entity) out += layout("\n{0}:\n", {section_title(c.entity, w)});
        section = c.entity;
        out += change_line(r, c, w) + '\n';
    }
    if (const auto& x = r.diff.crosswalk) {
        out += x->reversed ? w.say("\ncrosswalk of {0} from {1}, reversed:\n", {r.from->id, r.to->id})
                           : w.say("\ncrosswalk of {0} from {1}:\n", {r.to->id, r.from->id});
        for (const auto& [id, sources] : x->mapped)
            out += layout("= {0} <- {1}\n", {id, sources.empty() ? w.say("none") : join(sources)});
        for (const std::string& id : x->unused) out += w.say("= {0} -> none\n", {id});
    }
    if (r.diff.changes.empty() && !r.diff.crosswalk) out += w.say("no differences\n");
    return out;
}

std::string render_criteria_diff_json(const CriteriaDiffReport& r, const RenderOptions&) {
    const Words english;
    JsonWriter j;
    j.begin_object();
    j.key("format").value("wwc-score-criteria-diff/1");
    j.key("from").begin_object().key("id").value(r.from->id).key("version").value(r.from->version).end_object();
    j.key("to").begin_object().key("id").value(r.to->id).key("version").value(r.to->version).end_object();
    j.key("changes").begin_array();
    for (const CriteriaChange& c : r.diff.changes) {
        j.begin_object();
        j.key("change").value(c.kind == Kind::added ? "added" : c.kind == Kind::removed ? "removed" : "changed");
        j.key("section").value(section_id(c.entity));
        j.key("id").value(entity_id(r, c));
        j.key("field").value(c.kind == Kind::changed || c.entity == DiffEntity::eligibility ? field_id(c.field) : "");
        const auto put = [&](const char* key, const CriteriaSet& set, std::optional<std::size_t> at, bool present) {
            j.key(key);
            const std::optional<std::string> v = present ? value(set, c, at, english) : std::nullopt;
            if (v) j.value(*v);
            else j.null();
        };
        put("before", *r.from, c.before, c.kind == Kind::changed || c.kind == Kind::removed);
        put("after", *r.to, c.after, c.kind == Kind::changed || c.kind == Kind::added);
        j.end_object();
    }
    j.end_array();
    j.key("crosswalk");
    if (const auto& x = r.diff.crosswalk) {
        j.begin_object().key("reversed").value(x->reversed).key("mapped").begin_array();
        for (const auto& [id, sources] : x->mapped) {
            j.begin_object().key("id").value(id).key("from").begin_array();
            for (const std::string& s : sources) j.value(s);
            j.end_array().end_object();
        }
        j.end_array().key("unused").begin_array();
        for (const std::string& id : x->unused) j.value(id);
        j.end_array().end_object();
    } else {
        j.null();
    }
    j.end_object();
    return j.str();
}

}  // namespace wwc

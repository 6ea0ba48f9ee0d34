// criteria show: one set's practices, criteria, outcomes, levels, eligibility,
// crosswalk and sources; or one practice and its criteria.

#include <algorithm>
#include <set>
#include <utility>
#include <vector>

#include "model/points.hpp"
#include "report/renderers.hpp"
#include "report/wording.hpp"
#include "report/writers/json_writer.hpp"
#include "util/text.hpp"

namespace wwc {
namespace {

std::string criterion_line(const Criterion& c, const Words& w) {
    std::vector<std::string> flags{std::string(provenance_id(c.provenance))};
    if (c.points != 1) flags.push_back(w.plural("{0} point", "{0} points", c.points, {c.points}));
    if (c.core) flags.push_back(w.say("core"));
    if (c.equity) flags.push_back(w.say("equity"));
    if (!c.checklist.empty())
        flags.push_back(w.say("checklist {0} of {1}", {c.checklist_min, c.checklist.size()}));
    if (!c.prerequisites.empty()) flags.push_back(w.say("needs {0}", {join(c.prerequisites)}));
    if (!c.future.empty()) flags.push_back(w.say("counts from {0}", {c.future}));
    if (c.retired) flags.push_back(w.say("retired"));
    return layout("    {0} {1} [{2}]\n", {c.id, w.name(c), join(flags, "; ")});
}

// A practice's line and the lines of its criteria.
void practice(std::string& out, const CriteriaSet& set, const Practice& p, const Words& w) {
    out += p.aliases.empty() ? layout("  {0} {1}\n", {p.id, w.name(p)})
                             : w.say("  {0} {1} (also known as: {2})\n", {p.id, w.name(p), join(p.aliases, "; ")});
    for (const Criterion& c : set.criteria)
        if (c.practice == p.id) out += criterion_line(c, w);
}

std::string heading(const CriteriaSet& set, const Words& w) {
    std::string out = layout("{0} {1}\n", {set.id, w.name(set)});
    out += set.published.empty()
               ? w.say("version {0}, {1}, {2}\n",
                       {set.version, set_status_word(set.status, w), criteria_count(set.criteria.size(), w)})
               : w.say("version {0}, {1}, published {2}, {3}\n", {set.version, set_status_word(set.status, w),
                                                                  set.published, criteria_count(set.criteria.size(), w)});
    return out;
}

// One criterion as a JSON object: its facts as the criteria file has them.
void criterion_json(JsonWriter& j, const Criterion& c) {
    j.begin_object();
    j.key("id").value(c.id);
    j.key("name").value(c.name);
    j.key("summary").value(c.summary);
    j.key("provenance").value(provenance_id(c.provenance));
    j.key("points").value(c.points);
    j.key("core").value(c.core);
    j.key("equity").value(c.equity);
    j.key("prerequisites").begin_array();
    for (const std::string& id : c.prerequisites) j.value(id);
    j.end_array();
    j.key("checklist");
    if (c.checklist.empty()) {
        j.null();
    } else {
        j.begin_object().key("min_met").value(c.checklist_min).key("items").begin_array();
        for (const ChecklistItem& item : c.checklist)
            j.begin_object().key("id").value(item.id).key("text").value(item.text).end_object();
        j.end_array().end_object();
    }
    j.key("counted_from").text_or_null(c.future);
    j.key("retired").value(c.retired);
    j.end_object();
}

void practice_json(JsonWriter& j, const CriteriaSet& set, const Practice& p) {
    j.begin_object().key("id").value(p.id).key("name").value(p.name);
    j.key("aliases").begin_array();
    for (const std::string& alias : p.aliases) j.value(alias);
    j.end_array();
    j.key("criteria").begin_array();
    for (const Criterion& c : set.criteria)
        if (c.practice == p.id) criterion_json(j, c);
    j.end_array().end_object();
}

void outcome(std::string& out, const Outcome& o, const Words& w) {
    const std::string standard = describe_standard(o, o.default_standard(), w);
    if (o.default_standard().id.empty()) {
        out += layout("  {0} {1}: {2}\n", {o.id, w.name(o), standard});
        return;
    }
    out += w.say("  {0} {1}: {2} (standard {3} by default)\n", {o.id, w.name(o), standard, o.default_standard().id});
    for (std::size_t i = 0; i < o.standards.size(); ++i) {
        const OutcomeStandard& s = o.standards[i];
        std::vector<std::string> flags{describe_standard(o, s, w)};
        if (s.interim) flags.push_back(w.say("interim target"));
        if (i == o.default_index) flags.push_back(w.say("default"));
        out += s.source.empty() ? layout("    {0}: {1}\n", {s.id, join(flags, ", ")})
                                : layout("    {0}: {1}; {2}\n", {s.id, join(flags, ", "), s.source});
    }
}

void levels(std::string& out, const CriteriaSet& set, const Words& w) {
    const int max_points = points_counted_now(set);
    out += w.say("\nLevels (of {0} points; future and retired criteria not counted):\n", {max_points});
    for (std::size_t i = 0; i < set.levels.size(); ++i) {
        const Level& l = set.levels[i];
        const Band band = level_band(set, i, max_points);
        out += w.say("  {0} {1}: at least {2} percent ({3}-{4} points)\n",
                     {l.id, w.name(l), l.min_percent, band.min_points, band.max_points});
        if (!l.required.empty()) out += w.say("    required: {0}\n", {join(l.required)});
        if (l.outcomes) out += w.say("    outcomes: {0} of {1}\n", {l.outcomes->min_met, join(l.outcomes->of)});
    }
}

void crosswalk(std::string& out, const CriteriaSet& set, const Words& w) {
    if (!set.crosswalk) return;
    const Crosswalk& x = *set.crosswalk;
    std::set<std::string> sources;
    for (const auto& entry : x.map) sources.insert(entry.second.begin(), entry.second.end());
    const std::string from = x.provenance.empty() ? x.from : layout("{0} ({1})", {x.from, x.provenance});
    out += w.say("\nCrosswalk from {0}: {1} of {2} criteria mapped, from {3} of {4}\n",
                 {from, x.map.size(), set.criteria.size(), criteria_count(sources.size(), w), x.from});
}

}  // namespace

std::string render_criteria_show_text(const CriteriaSet& set, const RenderOptions& options) {
    const Words& w = options.words;
    std::string out = heading(set, w);
    if (!set.notice.empty()) out += w.say("Note: {0}\n", {set.notice});
    if (!set.checked.empty())
        out += set.checked_note.empty() ? w.say("Checked against public sources on {0}.\n", {set.checked})
                                        : w.say("Checked against public sources on {0}. {1}\n",
                                                {set.checked, set.checked_note});
    out += w.say("\nPractices:\n");
    for (const Practice& p : set.practices) practice(out, set, p, w);
    if (!set.outcomes.empty()) {
        out += w.say("\nOutcomes:\n");
        for (const Outcome& o : set.outcomes) outcome(out, o, w);
    }
    levels(out, set, w);
    const Eligibility& e = set.eligibility;
    out += w.say("\nEligibility:\n");
    out += w.say("  min population: {0}\n", {e.min_population ? std::to_string(*e.min_population) : w.say("none")});
    out += w.say("  countries: {0}\n", {e.countries.empty() ? w.say("any") : join(e.countries)});
    crosswalk(out, set, w);
    if (!set.sources.empty()) {
        out += w.say("\nSources:\n");
        for (const Source& s : set.sources) {
            const std::string text = s.title.empty() ? s.url : s.url.empty() ? s.title : layout("{0} <{1}>", {s.title, s.url});
            out += layout("  {0}\n", {text});
        }
    }
    return out;
}

std::string render_criteria_show_json(const CriteriaSet& set, const RenderOptions&) {
    const Words english;
    JsonWriter j;
    j.begin_object();
    j.key("format").value("wwc-score-criteria/1");
    j.key("id").value(set.id);
    j.key("name").value(set.name);
    j.key("version").value(set.version);
    j.key("status").value(set_status_id(set.status));
    j.key("published").text_or_null(set.published);
    j.key("sha256").value(set.sha256);
    j.key("checked").text_or_null(set.checked);
    j.key("checked_note").value(set.checked_note);
    j.key("practices").begin_array();
    for (const Practice& p : set.practices) practice_json(j, set, p);
    j.end_array();
    j.key("outcomes").begin_array();
    for (const Outcome& o : set.outcomes) {
        j.begin_object().key("id").value(o.id).key("name").value(o.name);
        j.key("standard").value(describe_standard(o, o.default_standard(), english));
        j.key("default_standard").text_or_null(o.default_standard().id);
        j.key("standards").begin_array();
        for (const OutcomeStandard& s : o.standards) {
            j.begin_object();
            j.key("id").text_or_null(s.id);
            j.key("standard").value(describe_standard(o, s, english));
            j.key("at_most").number_or_null(s.at_most);
            j.key("at_least").number_or_null(s.at_least);
            j.key("attestation").value(s.attestation);
            j.key("interim").value(s.interim);
            j.key("source").value(s.source);
            j.end_object();
        }
        j.end_array().end_object();
    }
    j.end_array();
    const int max_points = points_counted_now(set);
    j.key("levels").begin_array();
    for (std::size_t i = 0; i < set.levels.size(); ++i) {
        const Level& l = set.levels[i];
        const Band band = level_band(set, i, max_points);
        j.begin_object();
        j.key("id").value(l.id);
        j.key("name").value(l.name);
        j.key("min_percent").value(l.min_percent);
        j.key("min_points").value(band.min_points);
        j.key("max_points").value(band.max_points);
        j.key("required").begin_array();
        for (const std::string& id : l.required) j.value(id);
        j.end_array();
        j.key("outcomes");
        if (l.outcomes) {
            j.begin_object().key("min_met").value(l.outcomes->min_met).key("of").begin_array();
            for (const std::string& id : l.outcomes->of) j.value(id);
            j.end_array().end_object();
        } else {
            j.null();
        }
        j.end_object();
    }
    j.end_array();
    j.key("eligibility").begin_object();
    j.key("min_population");
    if (set.eligibility.min_population) j.value(*set.eligibility.min_population);
    else j.null();
    j.key("countries").begin_array();
    for (const std::string& c : set.eligibility.countries) j.value(c);
    j.end_array();
    j.end_object();
    j.end_object();
    return j.str();
}

std::string render_criteria_practice_text(const CriteriaSet& set, std::size_t index, const RenderOptions& options) {
    const Words& w = options.words;
    std::string out = layout("{0} {1}\n", {set.id, w.name(set)});
    practice(out, set, set.practices[index], w);
    return out;
}

std::string render_criteria_practice_json(const CriteriaSet& set, std::size_t index, const RenderOptions&) {
    JsonWriter j;
    j.begin_object();
    j.key("format").value("wwc-score-practice/1");
    j.key("criteria").begin_object().key("id").value(set.id).key("sha256").value(set.sha256).end_object();
    j.key("practice");
    practice_json(j, set, set.practices[index]);
    j.end_object();
    return j.str();
}

namespace {

// The levels that require criterion `c`, lowest first.
std::vector<const Level*> levels_requiring(const CriteriaSet& set, const Criterion& c) {
    std::vector<const Level*> out;
    for (const Level& l : set.levels)
        if (std::find(l.required.begin(), l.required.end(), c.id) != l.required.end()) out.push_back(&l);
    return out;
}

// The criteria that name `c` as a prerequisite, in file order.
std::vector<const Criterion*> criteria_unblocked(const CriteriaSet& set, const Criterion& c) {
    std::vector<const Criterion*> out;
    for (const Criterion& other : set.criteria)
        if (std::find(other.prerequisites.begin(), other.prerequisites.end(), c.id) != other.prerequisites.end())
            out.push_back(&other);
    return out;
}

}  // namespace

// What a criterion asks, what it needs and what it opens: `criteria show ID CRITERION`.
std::string render_criteria_criterion_text(const CriteriaSet& set, std::size_t index, const RenderOptions& options) {
    const Words& w = options.words;
    const Criterion& c = set.criteria[index];
    std::string out = layout("{0} {1}\n", {set.id, w.name(set)});
    out += layout("\n{0} {1}\n", {c.id, w.name(c)});
    if (!w.summary(c).empty())
        for (const std::string& line : wrap_words(escape_unsafe(w.summary(c)), 76)) out += layout("  {0}\n", {line});
    std::vector<std::pair<std::string, std::string>> lines;
    if (const Practice* p = set.practice(c.practice)) lines.emplace_back(w.say("Practice"), layout("{0} {1}", {p->id, w.name(*p)}));
    std::vector<std::string> weight{w.plural("{0} point", "{0} points", c.points, {c.points})};
    if (c.core) weight.push_back(w.say("core"));
    if (c.equity) weight.push_back(w.say("equity-focused"));
    lines.emplace_back(w.say("Counts"), join(weight, ", "));
    std::vector<std::string> required_by;
    for (const Level* l : levels_requiring(set, c)) required_by.push_back(w.name(*l));
    if (!required_by.empty()) lines.emplace_back(w.say("Required for"), escape_unsafe(join(required_by)));
    const auto named = [&](const std::string& id) {
        const std::optional<std::size_t> i = set.index_of(id);
        return i ? layout("{0} {1}", {id, w.name(set.criteria[*i])}) : escape_unsafe(id);
    };
    std::vector<std::string> needs;
    for (const std::string& id : c.prerequisites) needs.push_back(named(id));
    lines.emplace_back(w.say("Needs first"), needs.empty() ? w.say("nothing") : join(needs, "; "));
    std::vector<std::string> unblocks;
    for (const Criterion* other : criteria_unblocked(set, c)) unblocks.push_back(named(other->id));
    lines.emplace_back(w.say("Unblocks"), unblocks.empty() ? w.say("nothing") : join(unblocks, "; "));
    if (!c.future.empty()) lines.emplace_back(w.say("Counts from"), escape_unsafe(c.future));
    if (c.retired) lines.emplace_back(w.say("Retired"), w.say("yes: no longer counted"));
    lines.emplace_back(w.say("Text"), provenance_word(c.provenance, w));
    out += '\n' + labelled_lines(lines);
    if (!c.checklist.empty()) {
        out += w.say("\nChecklist: met when {0} of its {1} items are\n", {c.checklist_min, c.checklist.size()});
        for (const ChecklistItem& item : c.checklist)
            out += w.text(item).empty() ? layout("  {0}\n", {item.id}) : layout("  {0}: {1}\n", {item.id, w.text(item)});
    }
    out += w.say("\nIn an assessment file:\n");
    out += c.checklist.empty()
               ? layout("  {0}: met\n", {c.id})
               : layout("  {0}: {{checklist: [{1}]}}\n", {c.id, c.checklist.front().id});
    return out;
}

std::string render_criteria_criterion_json(const CriteriaSet& set, std::size_t index, const RenderOptions&) {
    const Criterion& c = set.criteria[index];
    JsonWriter j;
    j.begin_object();
    j.key("format").value("wwc-score-criterion/1");
    j.key("criteria").begin_object().key("id").value(set.id).key("sha256").value(set.sha256).end_object();
    j.key("criterion");
    criterion_json(j, c);
    j.key("practice").value(c.practice);
    j.key("required_by").begin_array();
    for (const Level* l : levels_requiring(set, c)) j.value(l->id);
    j.end_array();
    j.key("unblocks").begin_array();
    for (const Criterion* other : criteria_unblocked(set, c)) j.value(other->id);
    j.end_array();
    j.end_object();
    return j.str();
}

}  // namespace wwc

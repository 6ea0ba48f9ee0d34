// criteria show: one set's practices, criteria, outcomes, levels, eligibility,
// crosswalk and sources.

#include <set>

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
    std::string out = layout("{0} {1}\n", {set.id, w.name(set)});
    out += set.published.empty()
               ? w.say("version {0}, {1}, {2}\n",
                       {set.version, set_status_word(set.status, w), criteria_count(set.criteria.size(), w)})
               : w.say("version {0}, {1}, published {2}, {3}\n", {set.version, set_status_word(set.status, w),
                                                                  set.published, criteria_count(set.criteria.size(), w)});
    if (!set.notice.empty()) out += w.say("Note: {0}\n", {set.notice});
    out += w.say("\nPractices:\n");
    for (const Practice& p : set.practices) {
        out += layout("  {0} {1}\n", {p.id, w.name(p)});
        for (const Criterion& c : set.criteria)
            if (c.practice == p.id) out += criterion_line(c, w);
    }
    if (!set.outcomes.empty()) {
        out += w.say("\nOutcomes:\n");
        for (const Outcome& o : set.outcomes) out += layout("  {0} {1}: {2}\n", {o.id, w.name(o), describe_standard(o, w)});
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
    j.key("published");
    if (set.published.empty()) j.null();
    else j.value(set.published);
    j.key("sha256").value(set.sha256);
    j.key("practices").begin_array();
    for (const Practice& p : set.practices) {
        j.begin_object().key("id").value(p.id).key("name").value(p.name).key("criteria").begin_array();
        for (const Criterion& c : set.criteria) {
            if (c.practice != p.id) continue;
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
            j.key("counted_from");
            if (c.future.empty()) j.null();
            else j.value(c.future);
            j.key("retired").value(c.retired);
            j.end_object();
        }
        j.end_array().end_object();
    }
    j.end_array();
    j.key("outcomes").begin_array();
    for (const Outcome& o : set.outcomes)
        j.begin_object().key("id").value(o.id).key("name").value(o.name).key("standard").value(
            describe_standard(o, english)).end_object();
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

}  // namespace wwc

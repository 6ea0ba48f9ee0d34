// --format json: wwc-score-result/1, the shape fixed by the CLI contract.

#include "../json_writer.hpp"
#include "report_facts.hpp"
#include "reporters.hpp"

namespace wwc {
namespace {

void level_or_null(JsonWriter& w, const CriteriaSet& set, int level) {
    if (level < 0) w.null();
    else w.value(level_id(set, level));
}

void id_list(JsonWriter& w, const CriteriaSet& set, const std::vector<int>& indices) {
    w.begin_array();
    for (int i : indices) w.value(set.criteria[static_cast<std::size_t>(i)].id);
    w.end_array();
}

void write_gap(JsonWriter& w, const CriteriaSet& set, const LevelGap& gap) {
    w.begin_object();
    w.key("level").value(level_id(set, gap.level));
    w.key("points_needed").value(gap.points_needed);
    w.key("points_short").value(gap.points_short);
    w.key("missing_required");
    id_list(w, set, gap.missing_required);
    w.key("outcomes_needed").value(gap.outcomes_needed);
    w.key("outcomes_met").value(gap.outcomes_met);
    w.key("blocked").begin_array();
    for (const Blocked& b : gap.blocked) {
        w.begin_object();
        w.key("id").value(set.criteria[static_cast<std::size_t>(b.criterion)].id);
        w.key("unblocked_by");
        id_list(w, set, b.unblocked_by);
        w.end_object();
    }
    w.end_array();
    w.key("reachable").value(gap.reachable);
    w.key("unreachable_because").begin_array();
    for (const std::string& why : gap.unreachable_because) w.value(why);
    w.end_array();
    w.key("roadmap");
    id_list(w, set, gap.roadmap);
    w.key("roadmap_proven_minimal").value(gap.roadmap_proven_minimal);
    w.end_object();
}

void write_result(JsonWriter& w, const ScoredAssessment& r) {
    const CriteriaSet& set = *r.set;
    const Assessment& a = r.assessment;
    const Evaluation& e = r.evaluation;
    w.begin_object();
    w.key("format").value("wwc-score-result/1");
    w.key("criteria").begin_object();
    w.key("id").value(set.id);
    w.key("sha256").value(set.sha256);
    w.key("name").value(set.name);
    w.key("version").value(set.version);
    w.key("status").value(set.status);
    w.end_object();
    w.key("assessment").begin_object();
    w.key("path").value(a.path);
    w.key("sha256").value(a.sha256);
    w.key("city").value(a.city.name);
    w.key("region").value(a.city.region);
    w.key("country").value(a.city.country);
    w.key("population").value(a.city.population);
    w.key("assessed_on").value(a.assessed_on);
    w.key("estimate").value(!a.estimated_from.empty());
    w.key("answered_criteria").value(a.estimated_from.empty() ? a.criteria : a.estimated_from);
    w.end_object();
    w.key("eligible").value(e.eligible);
    w.key("eligibility_problems").begin_array();
    for (const std::string& p : e.eligibility_problems) w.value(p);
    w.end_array();
    w.key("level");
    level_or_null(w, set, e.level);
    w.key("projected_level");
    level_or_null(w, set, e.projected_level);
    w.key("points").value(e.points);
    w.key("max_points").value(e.max_points);
    w.key("percent").value(e.percent);
    w.key("projected_points").value(e.projected_points);
    w.key("equity").begin_object();
    w.key("points").value(e.equity_points);
    w.key("max_points").value(e.equity_max_points);
    w.key("percent").value(e.equity_percent);
    w.end_object();
    w.key("practices").begin_array();
    for (std::size_t i = 0; i < set.practices.size(); ++i) {
        const PracticeResult& p = e.practices[i];
        w.begin_object();
        w.key("id").value(p.id);
        w.key("name").value(set.practices[i].name);
        w.key("points").value(p.points);
        w.key("max_points").value(p.max_points);
        for (int s = 0; s < 6; ++s) w.key(status_name(static_cast<Status>(s))).value(p.counts[s]);
        w.end_object();
    }
    w.end_array();
    w.key("outcomes").begin_array();
    for (std::size_t i = 0; i < set.outcomes.size(); ++i) {
        const Outcome& o = set.outcomes[i];
        const OutcomeReport* report = a.outcome(o.id);
        w.begin_object();
        w.key("id").value(o.id);
        w.key("reported").value(e.outcomes[i].reported);
        w.key("meets").value(e.outcomes[i].meets);
        w.key("value");
        if (report && report->value) w.value(*report->value);
        else w.null();
        w.key("standard").value(describe_standard(o));
        w.end_object();
    }
    w.end_array();
    w.key("criteria_results").begin_array();
    for (std::size_t i = 0; i < set.criteria.size(); ++i) {
        const Criterion& c = set.criteria[i];
        const CriterionResult& cr = e.criteria[i];
        w.begin_object();
        w.key("id").value(c.id);
        w.key("practice").value(c.practice);
        w.key("status").value(status_name(cr.status));
        w.key("earned").value(cr.earned);
        w.key("points").value(cr.points);
        w.key("counted").value(cr.counted);
        w.end_object();
    }
    w.end_array();
    w.key("next_level");
    if (r.gaps.empty()) w.null();
    else write_gap(w, set, r.gaps.front());
    w.key("levels_above").begin_array();
    for (const LevelGap& gap : r.gaps) write_gap(w, set, gap);
    w.end_array();
    w.key("diagnostics").begin_array();
    for (const Diagnostic& d : r.diagnostics) {
        w.begin_object();
        w.key("severity").value(severity_name(d.severity));
        w.key("file").value(d.where.file);
        w.key("line").value(d.where.line);
        w.key("column").value(d.where.column);
        w.key("message").value(d.message);
        w.end_object();
    }
    w.end_array();
    w.end_object();
}

}  // namespace

std::string render_json(const ScoredAssessment& result, const RenderOptions&) {
    JsonWriter w;
    write_result(w, result);
    return w.str();
}

std::string render_json_array(const std::vector<ScoredAssessment>& results, const RenderOptions&) {
    JsonWriter w;
    w.begin_array();
    for (const ScoredAssessment& r : results) write_result(w, r);
    w.end_array();
    return w.str();
}

}  // namespace wwc

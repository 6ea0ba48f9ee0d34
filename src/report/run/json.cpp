// --format json of score, check and batch: wwc-score-result/1 objects (the
// shape fixed by the CLI contract), one per file; check's wwc-score-check/1.
// JSON is for programs: its texts are English whatever --lang says.

#include "report/renderers.hpp"
#include "report/wording.hpp"
#include "report/writers/json_diagnostics.hpp"
#include "report/writers/json_writer.hpp"

namespace wwc {
namespace {

void level_or_null(JsonWriter& w, const CriteriaSet& set, std::optional<std::size_t> level) {
    if (level) w.value(set.levels[*level].id);
    else w.null();
}

void id_list(JsonWriter& w, const CriteriaSet& set, const std::vector<std::size_t>& indices) {
    w.begin_array();
    for (std::size_t i : indices) w.value(set.criteria[i].id);
    w.end_array();
}

void write_gap(JsonWriter& w, const ScoredAssessment& r, const LevelGap& gap, const Words& english) {
    const CriteriaSet& set = *r.set;
    w.begin_object();
    w.key("level").value(set.levels[gap.level].id);
    w.key("points_needed").value(gap.points_needed);
    w.key("points_short").value(gap.points_short);
    w.key("missing_required");
    id_list(w, set, gap.missing_required);
    w.key("outcomes_needed").value(gap.outcomes_needed);
    w.key("outcomes_met").value(gap.outcomes_met);
    w.key("outcome_targets").begin_array();
    for (const OutcomeTarget& t : gap.outcome_targets) {
        const Outcome& o = set.outcomes[t.outcome];
        const OutcomeStandard& standard = o.standards[t.standard];
        w.begin_object();
        w.key("id").value(o.id);
        w.key("standard_id").text_or_null(standard.id);
        w.key("needs").value(describe_standard(o, standard, english));
        w.key("at_most").number_or_null(standard.at_most);
        w.key("at_least").number_or_null(standard.at_least);
        w.key("attestation").value(standard.attestation);
        w.end_object();
    }
    w.end_array();
    w.key("blocked").begin_array();
    for (const Blocked& b : gap.blocked) {
        w.begin_object();
        w.key("id").value(set.criteria[b.criterion].id);
        w.key("unblocked_by");
        id_list(w, set, b.unblocked_by);
        if (b.more) w.key("more").value(true);
        w.end_object();
    }
    w.end_array();
    w.key("reachable").value(gap.reachable());
    w.key("unreachable_because").begin_array();
    for (const std::string& why : unreachable_reasons(gap, r.evaluation, english)) w.value(why);
    w.end_array();
    w.key("roadmap");
    id_list(w, set, gap.roadmap);
    w.key("roadmap_proven_minimal").value(gap.roadmap_proven_minimal);
    w.end_object();
}

void write_criteria_and_assessment(JsonWriter& w, const ScoredAssessment& r) {
    const CriteriaSet& set = *r.set;
    const Assessment& a = r.assessment;
    w.key("criteria").begin_object();
    w.key("id").value(set.id);
    w.key("sha256").value(set.sha256);
    w.key("name").value(set.name);
    w.key("version").value(set.version);
    w.key("status").value(set_status_id(set.status));
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
    if (!a.estimated_through.empty()) {
        // A chain of crosswalks: the sets between the answered one and this one.
        w.key("estimated_through").begin_array();
        for (const std::string& id : a.estimated_through) w.value(id);
        w.end_array();
    }
    w.end_object();
}

void write_practices(JsonWriter& w, const ScoredAssessment& r) {
    w.key("practices").begin_array();
    for (std::size_t i = 0; i < r.set->practices.size(); ++i) {
        const PracticeResult& p = r.evaluation.practices[i];
        w.begin_object();
        w.key("id").value(p.id);
        w.key("name").value(r.set->practices[i].name);
        w.key("points").value(p.points);
        w.key("max_points").value(p.max_points);
        for (Status s : all_statuses) w.key(status_id(s)).value(p.counts[s]);
        w.end_object();
    }
    w.end_array();
}

void write_outcomes(JsonWriter& w, const ScoredAssessment& r, const Words& english) {
    w.key("outcomes").begin_array();
    for (std::size_t i = 0; i < r.set->outcomes.size(); ++i) {
        const Outcome& o = r.set->outcomes[i];
        const OutcomeReport* report = r.assessment.outcome(o.id);
        w.begin_object();
        w.key("id").value(o.id);
        w.key("reported").value(r.evaluation.outcomes[i].reported);
        w.key("meets").value(r.evaluation.outcomes[i].meets);
        w.key("value");
        if (report && report->value) w.value(*report->value);
        else w.null();
        const OutcomeResult& result = r.evaluation.outcomes[i];
        const OutcomeStandard& standard = o.standards[result.standard];
        w.key("standard").value(describe_standard(o, standard, english));
        w.key("standard_id").text_or_null(standard.id);
        w.key("standard_named").value(result.named);
        w.key("interim").value(result.interim);
        w.key("default_standard_id").text_or_null(o.default_standard().id);
        w.key("meets_default").value(result.meets_default);
        w.end_object();
    }
    w.end_array();
}

void write_criteria_results(JsonWriter& w, const ScoredAssessment& r) {
    w.key("criteria_results").begin_array();
    for (std::size_t i = 0; i < r.set->criteria.size(); ++i) {
        const Criterion& c = r.set->criteria[i];
        const CriterionResult& cr = r.evaluation.criteria[i];
        w.begin_object();
        w.key("id").value(c.id);
        w.key("practice").value(c.practice);
        w.key("status").value(status_id(cr.status));
        w.key("earned").value(cr.earned);
        w.key("points").value(cr.points);
        w.key("counted").value(cr.counted);
        w.end_object();
    }
    w.end_array();
}

void write_line(JsonWriter& w, const ScoreLine& line) {
    w.begin_object();
    w.key("criteria").value(line.criteria);
    w.key("level");
    if (line.level_id.empty()) w.null();
    else w.value(line.level_id);
    w.key("points").value(line.points);
    w.key("max_points").value(line.max_points);
    w.key("percent").value(line.percent);
    w.key("estimate").value(line.estimate);
    w.end_object();
}

void write_result(JsonWriter& w, const FileReport& file) {
    const ScoredAssessment& r = *file.scored;
    const Words english;
    const Evaluation& e = r.evaluation;
    w.begin_object();
    w.key("format").value("wwc-score-result/1");
    write_criteria_and_assessment(w, r);
    w.key("eligible").value(e.eligible());
    w.key("eligibility_problems").begin_array();
    for (const EligibilityProblem& p : e.eligibility_problems) w.value(eligibility_problem(p, english));
    w.end_array();
    w.key("level");
    level_or_null(w, *r.set, e.level);
    w.key("projected_level");
    level_or_null(w, *r.set, e.projected_level);
    w.key("points").value(e.points);
    w.key("max_points").value(e.max_points);
    w.key("percent").value(e.percent);
    w.key("projected_points").value(e.projected_points);
    w.key("equity").begin_object();
    w.key("points").value(e.equity_points);
    w.key("max_points").value(e.equity_max_points);
    w.key("percent").value(e.equity_percent);
    w.end_object();
    write_practices(w, r);
    write_outcomes(w, r, english);
    write_criteria_results(w, r);
    w.key("next_level");
    if (r.gaps.empty()) w.null();
    else write_gap(w, r, r.gaps.front(), english);
    w.key("levels_above").begin_array();
    for (const LevelGap& gap : r.gaps) write_gap(w, r, gap, english);
    w.end_array();
    if (file.compared) {
        w.key("compare");
        write_line(w, score_line(*file.compared));
        w.key("change").value(change_id(*file.change));
    }
    if (const Diagnostic* error = first_error(file.diagnostics)) w.key("error").value(format_diagnostic(*error, english));
    write_diagnostics(w, file.all_diagnostics(), english);
    w.end_object();
}

// A file that could not be scored: its path, no level, its first error and every diagnostic.
void write_unscored(JsonWriter& w, const FileReport& file, std::string_view format) {
    const Words english;
    const Diagnostic* error = first_error(file.diagnostics);
    w.begin_object();
    w.key("format").value(format);
    w.key("assessment").begin_object().key("path").value(file.path).end_object();
    if (format == "wwc-score-check/1") w.key("valid").value(error == nullptr);
    else w.key("level").null();
    w.key("error");
    if (error) w.value(format_diagnostic(*error, english));
    else w.null();
    write_diagnostics(w, file.diagnostics, english);
    w.end_object();
}

// One element: an object on its own for one FILE argument, else an element
// of the array that begin() opened.
std::string element(RunContext& context, void (*write)(JsonWriter&, const FileReport&), const FileReport& file) {
    if (context.header.one_file) {
        JsonWriter w;
        write(w, file);
        return w.str();
    }
    JsonWriter w({context.items++ > 0});
    write(w, file);
    return w.part();
}

}  // namespace

std::string json_begin(RunContext& context) {
    if (context.header.one_file) return "";
    JsonWriter w;
    w.begin_array();
    return w.part();
}

std::string json_file(const FileReport& file, RunContext& context) {
    return element(context, [](JsonWriter& w, const FileReport& f) {
        if (f.scored) write_result(w, f);
        else write_unscored(w, f, "wwc-score-result/1");
    }, file);
}

std::string check_json_file(const FileReport& file, RunContext& context) {
    return element(context, [](JsonWriter& w, const FileReport& f) { write_unscored(w, f, "wwc-score-check/1"); },
                   file);
}

std::string json_end(const RunSummary&, RunContext& context) {
    if (context.header.one_file) return "";
    JsonWriter w({context.items > 0});
    w.end_array();
    return w.str();
}

}  // namespace wwc

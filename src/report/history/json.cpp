// history --format json: wwc-score-history/1, the shape fixed by the CLI
// contract, with a few more keys. English whatever --lang says.

#include "report/renderers.hpp"
#include "report/wording.hpp"
#include "report/writers/json_diagnostics.hpp"
#include "report/writers/json_writer.hpp"

namespace wwc {
namespace {

void level_or_null(JsonWriter& j, const ScoredAssessment& s, std::optional<std::size_t> level) {
    if (level) j.value(s.set->levels[*level].id);
    else j.null();
}

void ids_or_null(JsonWriter& j, const HistoryStep& step, const CriteriaSet& set, const std::vector<std::size_t>& ids) {
    if (!step.same_set) {
        j.null();
        return;
    }
    j.begin_array();
    for (std::size_t i : ids) j.value(set.criteria[i].id);
    j.end_array();
}

void change(JsonWriter& j, const ScoredAssessment& before, const ScoredAssessment& after, const HistoryStep& step) {
    j.begin_object();
    j.key("level").value(change_id(step.level));
    j.key("level_before");
    level_or_null(j, before, before.evaluation.level);
    j.key("percent").value(step.percent_change);
    j.key("same_criteria").value(step.same_set);
    j.key("points");
    if (step.same_set) j.value(step.points_change);
    else j.null();
    j.key("gained");
    ids_or_null(j, step, *after.set, step.gained);
    j.key("lost");
    ids_or_null(j, step, *after.set, step.lost);
    j.end_object();
}

void entry(JsonWriter& j, const History& h, const CityHistory& c, std::size_t k) {
    const ScoredAssessment& s = h.scored(c.entries[k]);
    const Evaluation& e = s.evaluation;
    j.begin_object();
    j.key("path").value(s.assessment.path);
    j.key("assessed_on").value(s.assessment.assessed_on);
    j.key("criteria").value(s.set->id);
    j.key("level");
    level_or_null(j, s, e.level);
    j.key("points").value(e.points);
    j.key("max_points").value(e.max_points);
    j.key("percent").value(e.percent);
    j.key("estimate").value(!s.assessment.estimated_from.empty());
    j.key("answered_criteria").value(s.assessment.estimated_from.empty() ? s.assessment.criteria
                                                                         : s.assessment.estimated_from);
    j.key("criteria_sha256").value(s.set->sha256);
    j.key("sha256").value(s.assessment.sha256);
    j.key("eligible").value(e.eligible());
    j.key("projected_level");
    level_or_null(j, s, e.projected_level);
    j.key("level_thresholds").begin_object();
    for (const Level& l : s.set->levels) j.key(l.id).value(l.min_percent);
    j.end_object();
    j.key("change");
    if (c.entries[k].step) change(j, h.scored(c.entries[k - 1]), s, *c.entries[k].step);
    else j.null();
    j.end_object();
}

}  // namespace

std::string render_history_json(const History& h, const RenderOptions&) {
    const Words english;
    JsonWriter j;
    j.begin_object();
    j.key("format").value("wwc-score-history/1");
    j.key("criteria").text_or_null(h.criteria);
    j.key("cities").begin_array();
    for (const CityHistory& c : h.cities) {
        const ScoredAssessment& first = h.scored(c.entries.front());
        j.begin_object();
        j.key("city").value(c.name);
        j.key("country").value(c.country);
        j.key("region").value(first.assessment.city.region);
        j.key("entries").begin_array();
        for (std::size_t k = 0; k < c.entries.size(); ++k) entry(j, h, c, k);
        j.end_array();
        j.end_object();
    }
    j.end_array();
    j.key("errors").begin_array();
    for (const FileReport& f : h.files) {
        if (f.scored) continue;
        const Diagnostic* first = first_error(f.diagnostics);
        j.begin_object();
        j.key("path").value(f.path);
        j.key("error").value(first ? format_diagnostic(*first, english) : std::string());
        write_diagnostics(j, f.diagnostics, english);
        j.end_object();
    }
    j.end_array();
    j.end_object();
    return j.str();
}

}  // namespace wwc

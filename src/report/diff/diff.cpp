// diff OLD NEW: a city's progress between two assessments, as text or JSON.

#include "report/renderers.hpp"
#include "report/wording.hpp"
#include "report/writers/json_writer.hpp"
#include "util/text.hpp"

namespace wwc {
namespace {

std::string signed_number(int n) { return n > 0 ? "+" + std::to_string(n) : std::to_string(n); }

std::string ids_or_none(const CriteriaSet& set, const std::vector<std::size_t>& indices, const Words& w) {
    return indices.empty() ? w.say("none") : criterion_ids(set, indices);
}

std::string before_name(const AssessmentDiffReport& r, const Words& w) {
    if (r.before_estimated_from.empty()) return r.before_path;
    return w.say("{0} (estimate from {1})", {r.before_path, r.before_estimated_from});
}

}  // namespace

std::string render_diff_text(const AssessmentDiffReport& r, const RenderOptions& options) {
    const Words& w = options.words;
    const CriteriaSet& set = *r.set;
    const AssessmentDiff& d = r.diff;
    std::string out = layout("{0} -> {1} ({2})\n", {before_name(r, w), r.after_path, set.id});
    out += labelled_lines(
        {{w.say("Level"), w.say("{0} -> {1}", {level_name(set, d.level_before, w), level_name(set, d.level_after, w)})},
         {w.say("Points"), w.say("{0} -> {1} of {2} ({3}), {4}% -> {5}%",
                                 {d.points_before, d.points_after, d.max_points,
                                  signed_number(d.points_after - d.points_before), d.percent_before, d.percent_after})},
         {w.say("Gained"), escape_unsafe(ids_or_none(set, d.gained, w))},
         {w.say("Lost"), escape_unsafe(ids_or_none(set, d.lost, w))}});
    std::vector<std::vector<std::string>> practices = {{w.say("Practice"), w.say("Before"), w.say("After"), w.say("Change")}};
    for (const PracticeProgress& p : d.practices)
        practices.push_back({p.id, layout("{0}/{1}", {p.points_before, p.max_points}),
                             layout("{0}/{1}", {p.points_after, p.max_points}),
                             signed_number(p.points_after - p.points_before)});
    out += '\n' + text_table(practices);
    if (d.changes.empty()) return out;
    std::vector<std::vector<std::string>> changes = {{w.say("Criterion"), w.say("Before"), w.say("After"), ""}};
    for (const StatusChange& c : d.changes) {
        const Criterion& criterion = set.criteria[c.criterion];
        changes.push_back({criterion.id, status_word(c.before, w), status_word(c.after, w), w.name(criterion)});
    }
    out += w.say("\nChanges\n") + text_table(changes);
    return out;
}

std::string render_diff_json(const AssessmentDiffReport& r, const RenderOptions&) {
    const Words english;
    const CriteriaSet& set = *r.set;
    const AssessmentDiff& d = r.diff;
    JsonWriter j;
    const auto level = [&](std::optional<std::size_t> l) {
        if (l) j.value(set.levels[*l].id);
        else j.null();
    };
    const auto ids = [&](const std::vector<std::size_t>& indices) {
        j.begin_array();
        for (std::size_t i : indices) j.value(set.criteria[i].id);
        j.end_array();
    };
    j.begin_object();
    j.key("format").value("wwc-score-progress/1");
    j.key("criteria").value(set.id);
    j.key("before").value(before_name(r, english));
    j.key("after").value(r.after_path);
    j.key("level_before");
    level(d.level_before);
    j.key("level_after");
    level(d.level_after);
    j.key("points_before").value(d.points_before);
    j.key("points_after").value(d.points_after);
    j.key("max_points").value(d.max_points);
    j.key("percent_before").value(d.percent_before);
    j.key("percent_after").value(d.percent_after);
    j.key("gained");
    ids(d.gained);
    j.key("lost");
    ids(d.lost);
    j.key("practices").begin_array();
    for (const PracticeProgress& p : d.practices) {
        j.begin_object();
        j.key("id").value(p.id);
        j.key("points_before").value(p.points_before);
        j.key("points_after").value(p.points_after);
        j.key("max_points").value(p.max_points);
        j.end_object();
    }
    j.end_array();
    j.key("changes").begin_array();
    for (const StatusChange& c : d.changes) {
        j.begin_object();
        j.key("id").value(set.criteria[c.criterion].id);
        j.key("before").value(status_id(c.before));
        j.key("after").value(status_id(c.after));
        j.end_object();
    }
    j.end_array();
    j.end_object();
    return j.str();
}

}  // namespace wwc

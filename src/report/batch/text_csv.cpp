// batch --format text and csv: one line or row per file.

#include "report/renderers.hpp"
#include "report/wording.hpp"
#include "report/writers/csv_writer.hpp"
#include "util/text.hpp"

namespace wwc {
namespace {

std::string_view change_id(const std::optional<Change>& change) { return change ? wwc::change_id(*change) : ""; }

std::string first_error_text(const FileReport& file, const Words& w) {
    const Diagnostic* error = first_error(file.diagnostics);
    return error ? format_diagnostic(*error, w) : "";
}

// The set a line is scored with, and its version when the two sides are two
// versions of one set.
std::string set_name(const ScoredAssessment& r, const FileReport& file) {
    const bool versions = file.scored && file.compared && file.scored->set->id == file.compared->set->id &&
                          file.scored->set->version != file.compared->set->version;
    return versions ? layout("{0} {1}", {r.set->id, r.set->version}) : r.set->id;
}

// "Gold, 32 of 43 points (74%)", and whether it is an estimate.
std::string side(const ScoredAssessment& r, const Words& w) {
    const ScoreLine s = score_line(r);
    const std::string score = w.say("{0}, {1} of {2} points ({3}%)",
                                    {level_name(*r.set, s.level, w), s.points, s.max_points, s.percent});
    return s.estimate ? w.say("{0}, an estimate", {verbatim(score)}) : score;
}

std::string change_word(Change change, const Words& w) {
    switch (change) {
    case Change::up: return w.say("level up");
    case Change::down: return w.say("level down");
    case Change::same: return w.say("same level");
    }
    return {};
}

}  // namespace

std::string batch_text_file(const FileReport& file, RunContext& context) {
    const Words& w = context.options.words;
    std::string out = escape_unsafe(file.path);
    if (file.scored)
        out += w.say(": {0} under {1}: {2}", {file.scored->assessment.city.name, set_name(*file.scored, file),
                                               verbatim(side(*file.scored, w))});
    if (file.compared)
        out += w.say("; under {0}: {1} ({2})", {set_name(*file.compared, file), verbatim(side(*file.compared, w)),
                                               file.change ? change_word(*file.change, w) : std::string()});
    if (!file.valid()) out += "\n  " + first_error_text(file, w);
    return out + '\n';
}

std::string batch_text_end(const RunSummary& summary, RunContext& context) {
    return batch_summary_line(summary, context.options.words) + '\n';
}

std::string batch_csv_begin(RunContext&) {
    return csv_row({"file", "city", "criteria", "level", "points", "max_points", "percent", "compare_criteria",
                    "compare_level", "compare_points", "compare_percent", "change", "error", "compare_estimate"});
}

std::string batch_csv_file(const FileReport& file, RunContext& context) {
    const std::string city = file.scored ? file.scored->assessment.city.name : "";
    std::vector<std::string> fields = {file.path, city};
    if (file.scored) {
        const ScoreLine s = score_line(*file.scored);
        fields.insert(fields.end(), {s.criteria, s.level_id, std::to_string(s.points), std::to_string(s.max_points),
                                     std::to_string(s.percent)});
    } else {
        fields.insert(fields.end(), 5, "");
    }
    std::string estimate;
    if (file.compared) {
        const ScoreLine c = score_line(*file.compared);
        fields.insert(fields.end(), {c.criteria, c.level_id, std::to_string(c.points), std::to_string(c.percent)});
        estimate = c.estimate ? "true" : "false";
    } else {
        fields.insert(fields.end(), 4, "");
    }
    fields.insert(fields.end(), {std::string(change_id(file.change)), first_error_text(file, context.options.words),
                                 context.header.compare.empty() ? "" : estimate});
    return csv_row(fields);
}

}  // namespace wwc

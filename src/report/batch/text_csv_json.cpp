// batch --format text, csv and json: one line, row or element per file.

#include "report/renderers.hpp"
#include "report/wording.hpp"
#include "report/writers/csv_writer.hpp"
#include "report/writers/json_writer.hpp"
#include "util/text.hpp"

namespace wwc {
namespace {

std::string_view change_id(const std::optional<Change>& change) {
    if (!change) return "";
    switch (*change) {
    case Change::up: return "up";
    case Change::down: return "down";
    case Change::same: return "same";
    }
    return "";
}

std::string error_text(const BatchRow& r, const Words& w) { return r.error ? format_diagnostic(*r.error, w) : ""; }

std::string side(const BatchScore& s, const Words& w) {
    return layout("{0:<9} {1:>3}/{2:<3} {3:>3}%{4}",
                  {s.level_id.empty() ? w.say("no level") : s.level_id, s.points, s.max_points, s.percent,
                   s.estimate ? w.say(" est.") : std::string()});
}

void write_score(JsonWriter& j, const BatchScore& s) {
    j.begin_object();
    j.key("criteria").value(s.criteria);
    j.key("level");
    if (s.level_id.empty()) j.null();
    else j.value(s.level_id);
    j.key("points").value(s.points);
    j.key("max_points").value(s.max_points);
    j.key("percent").value(s.percent);
    j.key("estimate").value(s.estimate);
    j.end_object();
}

}  // namespace

std::string batch_text_row(const BatchRow& r, std::size_t, const RenderOptions& options) {
    const Words& w = options.words;
    std::string out = layout("{0}  {1}", {r.file, r.city});
    if (r.score) out += layout("  {0} {1}", {r.score->criteria, verbatim(side(*r.score, w))});
    if (r.compare)
        out += layout("  -> {0} {1} {2}", {r.compare->criteria, verbatim(side(*r.compare, w)), change_id(r.change)});
    if (r.error) out += "\n  " + error_text(r, w);
    return out + '\n';
}

std::string batch_text_end(const BatchSummary& summary, const RenderOptions& options) {
    return batch_summary_line(summary, options.words) + '\n';
}

std::string batch_csv_begin(const BatchHeader&, const RenderOptions&) {
    return csv_row({"file", "city", "criteria", "level", "points", "max_points", "percent", "compare_criteria",
                    "compare_level", "compare_points", "compare_percent", "change", "error"});
}

std::string batch_csv_row(const BatchRow& r, std::size_t, const RenderOptions&) {
    std::vector<std::string> fields = {r.file, r.city};
    if (r.score)
        fields.insert(fields.end(), {r.score->criteria, r.score->level_id, std::to_string(r.score->points),
                                     std::to_string(r.score->max_points), std::to_string(r.score->percent)});
    else
        fields.insert(fields.end(), 5, "");
    if (r.compare)
        fields.insert(fields.end(), {r.compare->criteria, r.compare->level_id, std::to_string(r.compare->points),
                                     std::to_string(r.compare->percent)});
    else
        fields.insert(fields.end(), 4, "");
    fields.insert(fields.end(), {std::string(change_id(r.change)), error_text(r, Words())});
    return csv_row(fields);
}

std::string batch_json_begin(const BatchHeader&, const RenderOptions&) { return "["; }

std::string batch_json_row(const BatchRow& r, std::size_t index, const RenderOptions&) {
    JsonWriter j(1);
    j.begin_object();
    j.key("file").value(r.file);
    j.key("city").value(r.city);
    j.key("result");
    if (r.score) write_score(j, *r.score);
    else j.null();
    j.key("compare");
    if (r.compare) write_score(j, *r.compare);
    else j.null();
    j.key("change");
    if (r.change) j.value(change_id(r.change));
    else j.null();
    j.key("error");
    if (r.error) j.value(error_text(r, Words()));
    else j.null();
    j.end_object();
    return (index == 0 ? "\n  " : ",\n  ") + j.str();
}

std::string batch_json_end(const BatchSummary& summary, const RenderOptions&) {
    return summary.files == 0 ? "]\n" : "\n]\n";
}

}  // namespace wwc

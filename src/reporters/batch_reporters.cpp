#include "batch_reporters.hpp"

#include <fmt/format.h>

#include "../json_writer.hpp"
#include "csv.hpp"

namespace wwc {
namespace {

std::string levels_text(const std::map<int, std::pair<std::string, int>>& levels) {
    std::string out;
    for (const auto& [rank, entry] : levels)
        out += fmt::format("{}{} {}", out.empty() ? "" : ", ", entry.second, entry.first);
    return out.empty() ? "none scored" : out;
}

std::string nothing(const BatchOptions&) { return {}; }
std::string nothing_after(const BatchSummary&) { return {}; }

std::string csv_header(const BatchOptions&) {
    return "file,city,criteria,level,points,max_points,percent,compare_criteria,compare_level,compare_points,"
           "compare_percent,change,error\n";
}

std::string csv_line(const BatchRow& r, std::size_t) {
    std::vector<std::string> fields = {r.file, r.city};
    if (r.scored)
        fields.insert(fields.end(), {r.score.criteria, r.score.level, std::to_string(r.score.points),
                                     std::to_string(r.score.max_points), std::to_string(r.score.percent)});
    else
        fields.insert(fields.end(), 5, "");
    if (r.compared)
        fields.insert(fields.end(), {r.compare.criteria, r.compare.level, std::to_string(r.compare.points),
                                     std::to_string(r.compare.percent)});
    else
        fields.insert(fields.end(), 4, "");
    fields.insert(fields.end(), {r.change, r.error});
    return csv_row(fields);
}

void write_score(JsonWriter& w, const BatchScore& s) {
    w.begin_object();
    w.key("criteria").value(s.criteria);
    w.key("level");
    if (s.level.empty()) w.null();
    else w.value(s.level);
    w.key("points").value(s.points);
    w.key("max_points").value(s.max_points);
    w.key("percent").value(s.percent);
    w.key("estimate").value(s.estimate);
    w.end_object();
}

std::string json_begin(const BatchOptions&) { return "["; }

// One object of the array, indented as an element.
std::string json_element(const BatchRow& r, std::size_t index) {
    JsonWriter w;
    w.begin_object();
    w.key("file").value(r.file);
    w.key("city").value(r.city);
    w.key("result");
    if (r.scored) write_score(w, r.score);
    else w.null();
    w.key("compare");
    if (r.compared) write_score(w, r.compare);
    else w.null();
    w.key("change");
    if (r.change.empty()) w.null();
    else w.value(r.change);
    w.key("error");
    if (r.error.empty()) w.null();
    else w.value(r.error);
    w.end_object();
    std::string object = w.str();
    object.pop_back();  // its final newline
    std::string out = index == 0 ? "\n  " : ",\n  ";
    for (const char c : object) out += c == '\n' ? std::string("\n  ") : std::string(1, c);
    return out;
}

std::string json_end(const BatchSummary& summary) { return summary.files == 0 ? "]\n" : "\n]\n"; }

std::string side(const BatchScore& s) {
    return fmt::format("{:<9} {:>3}/{:<3} {:>3}%{}", s.level.empty() ? "none" : s.level, s.points, s.max_points,
                       s.percent, s.estimate ? " est." : "");
}

std::string text_line(const BatchRow& r, std::size_t) {
    std::string out = fmt::format("{}  {}", r.file, r.city);
    if (r.scored) out += fmt::format("  {} {}", r.score.criteria, side(r.score));
    if (r.compared) out += fmt::format("  -> {} {} {}", r.compare.criteria, side(r.compare), r.change);
    if (!r.error.empty()) out += fmt::format("\n  {}", r.error);
    return out + '\n';
}

std::string text_end(const BatchSummary& summary) { return summary_line(summary) + '\n'; }

}  // namespace

std::string summary_line(const BatchSummary& s) {
    std::string out = fmt::format("{} file{}: {} error{}", s.files, s.files == 1 ? "" : "s", s.errors,
                                  s.errors == 1 ? "" : "s");
    if (!s.compare_criteria.empty()) out += fmt::format(", {} up, {} down, {} same", s.up, s.down, s.same);
    out += fmt::format("; levels: {}", levels_text(s.levels));
    if (!s.compare_criteria.empty())
        out += fmt::format("; under {}: {}", s.compare_criteria, levels_text(s.compare_levels));
    return out;
}

const std::vector<BatchFormat>& batch_formats() {
    static const std::vector<BatchFormat> formats = {
        {"text", "one line per file and a summary (default)", nothing, text_line, text_end},
        {"csv", "the columns of the CLI contract, one row per file", csv_header, csv_line, nothing_after},
        {"json", "an array with one object per file", json_begin, json_element, json_end},
        {"html", "one self-contained overview page: levels, movers, every file", batch_html_begin, batch_html_row,
         batch_html_end, true},
    };
    return formats;
}

}  // namespace wwc

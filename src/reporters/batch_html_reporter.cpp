// batch --format html: one self-contained overview page, written as the rows
// come. The summary and the movers are known only at the end; the page shows
// them first by layout order, so that the batch still streams.

#include <fmt/format.h>

#include "../version.hpp"
#include "batch_reporters.hpp"
#include "html_charts.hpp"
#include "html_page.hpp"
#include "html_writer.hpp"

namespace wwc {
namespace {

std::string level_cell(const BatchScore& s) {
    return (s.level.empty() ? std::string("None") : capitalized(s.level)) + (s.estimate ? " (estimate)" : "");
}

std::string change_label(const std::string& change) {
    if (change == "up") return "\u25b2 up";
    if (change == "down") return "\u25bc down";
    if (change == "same") return "= same";
    return "";
}

void score_cells(HtmlWriter& out, const BatchScore& s) {
    out.element("td", s.criteria);
    out.element("td", level_cell(s));
    out.element("td", fmt::format("{}/{} ({}%)", s.points, s.max_points, s.percent), {{"class", "num"}});
}

void movers(HtmlWriter& out, const BatchSummary& s) {
    out.open("section", {{"id", "movers"}});
    out.element("h2", fmt::format("Movers: {} up, {} down under {}", s.up, s.down, s.compare_criteria));
    if (s.movers.empty()) {
        out.element("p", "No file changes level.");
        return void(out.close());
    }
    out.open("table");
    table_head(out, {"File", "City", "Level", "Under comparison", "Change"});
    for (const BatchRow& r : s.movers) {
        out.open("tr").element("td", r.file, {{"class", "file"}}).element("td", r.city);
        out.element("td", fmt::format("{} ({})", level_cell(r.score), r.score.criteria));
        out.element("td", fmt::format("{} ({})", level_cell(r.compare), r.compare.criteria));
        out.element("td", change_label(r.change), {{"class", r.change}});
        out.close();
    }
    out.close().close().close();
}

}  // namespace

std::string batch_html_begin(const BatchOptions& options) {
    HtmlWriter out;
    const std::string criteria = options.criteria.empty() ? "the set each file answers" : options.criteria;
    begin_page(out, fmt::format("Batch overview: {} \u00b7 wwc-score", criteria), "batch");
    out.open("header").element("h1", "Batch overview");
    out.element("p", options.compare.empty() ? fmt::format("Scored with {}.", criteria)
                                             : fmt::format("Scored with {}, and compared with {}.", criteria,
                                                           options.compare),
                {{"class", "muted"}});
    out.close();
    out.open("section", {{"id", "files"}, {"class", "long"}}).element("h2", "Every file");
    std::vector<std::string_view> headings = {"File", "City", "Criteria", "Level", "Points"};
    if (!options.compare.empty()) headings.insert(headings.end(), {"Compare set", "Level", "Points", "Change"});
    out.open("table", {{"id", "overview"}});
    table_head(out, headings);
    return out.part();
}

std::string batch_html_row(const BatchRow& r, std::size_t) {
    HtmlWriter out;
    out.open("tr").element("td", r.file, {{"class", "file"}}).element("td", r.city);
    if (r.scored) score_cells(out, r.score);
    if (r.compared) {
        score_cells(out, r.compare);
        out.element("td", change_label(r.change), {{"class", r.change}});
    }
    if (!r.error.empty()) out.element("td", r.error, {{"colspan", "7"}, {"class", "error"}});
    out.close();
    return out.str();
}

std::string batch_html_end(const BatchSummary& s) {
    HtmlWriter out;
    out.trusted("</tbody></table></section>\n");
    out.open("div", {{"class", "overview-summary"}});
    out.open("section", {{"id", "summary"}}).element("h2", "Summary");
    out.element("p", summary_line(s));
    levels_chart(out, s, "levels-chart");
    out.close();
    if (!s.compare_criteria.empty()) movers(out, s);
    out.close();
    end_page(out, fmt::format("wwc-score {}", version));
    return out.str();
}

}  // namespace wwc

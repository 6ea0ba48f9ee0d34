// batch --format html: one self-contained overview page, written as the rows
// come. The summary and the movers are known only at the end; the page shows
// them first by layout order, so that the batch still streams.

#include "report/html/charts.hpp"
#include "report/html/page.hpp"
#include "report/renderers.hpp"
#include "report/wording.hpp"
#include "util/version.hpp"

namespace wwc {
namespace {

// What the first part leaves open for the rows, and the last part closes.
const std::vector<std::string_view> open_for_rows = {"html", "body", "section", "table", "tbody"};

std::string level_cell(const ScoreLine& s, const Words& w) {
    const std::string level = capitalized(s.level_id.empty() ? w.say("no level") : s.level_id);
    return s.estimate ? w.say("{0} (estimate)", {level}) : level;
}

std::string change_label(const std::optional<Change>& change, const Words& w) {
    return change ? wwc::change_label(*change, w) : "";
}

std::string change_class(const std::optional<Change>& change) { return change ? std::string(change_id(*change)) : ""; }

void score_cells(HtmlWriter& out, const ScoreLine& s, const Words& w) {
    out.element("td", s.criteria);
    out.element("td", level_cell(s, w));
    out.element("td", layout("{0}/{1} ({2}%)", {s.points, s.max_points, s.percent}), {{"class", "num"}});
}

void movers(HtmlWriter& out, const RunSummary& s, const Words& w) {
    out.open("section", {{"id", "movers"}});
    out.element("h2", w.say("Movers: {0} up, {1} down under {2}", {s.up, s.down, s.compare_criteria}));
    if (s.movers.empty()) {
        out.element("p", w.say("No file changes level."));
        out.close();
        return;
    }
    out.open("table");
    table_head(out, {w.say("File"), w.say("City"), w.say("Level"), w.say("Under comparison"), w.say("Change")});
    for (const Mover& r : s.movers) {
        out.open("tr").element("td", r.file, {{"class", "file"}}).element("td", r.city);
        out.element("td", layout("{0} ({1})", {level_cell(r.score, w), r.score.criteria}));
        out.element("td", layout("{0} ({1})", {level_cell(r.compare, w), r.compare.criteria}));
        out.element("td", change_label(r.change, w), {{"class", change_class(r.change)}});
        out.close();
    }
    out.close().close().close();
}

}  // namespace

std::string batch_html_begin(RunContext& context) {
    const RunHeader& header = context.header;
    const Words& w = context.options.words;
    HtmlWriter out;
    const std::string criteria = header.criteria.empty() ? w.say("the set each file answers") : header.criteria;
    begin_page(out, w.say("Batch overview: {0} \u00b7 wwc-score", {criteria}), "batch", w.language());
    out.open("header").element("h1", w.say("Batch overview"));
    out.element("p", header.compare.empty() ? w.say("Scored with {0}.", {criteria})
                                            : w.say("Scored with {0}, and compared with {1}.", {criteria, header.compare}),
                {{"class", "muted"}});
    out.close();
    out.open("section", {{"id", "files"}, {"class", "long"}}).element("h2", w.say("Every file"));
    std::vector<std::string> headings = {w.say("File"), w.say("City"), w.say("Criteria"), w.say("Level"), w.say("Points")};
    if (!header.compare.empty())
        headings.insert(headings.end(), {w.say("Compare set"), w.say("Level"), w.say("Points"), w.say("Change")});
    out.open("table", {{"id", "overview"}});
    table_head(out, std::vector<std::string_view>(headings.begin(), headings.end()));
    return out.part();
}

std::string batch_html_file(const FileReport& file, RunContext& context) {
    const Words& w = context.options.words;
    HtmlWriter out(open_for_rows);
    out.open("tr").element("td", file.path, {{"class", "file"}});
    out.element("td", file.scored ? file.scored->assessment.city.name : std::string());
    if (file.scored) score_cells(out, score_line(*file.scored), w);
    if (file.compared) {
        score_cells(out, score_line(*file.compared), w);
        out.element("td", change_label(file.change, w), {{"class", change_class(file.change)}});
    }
    if (const Diagnostic* error = first_error(file.diagnostics))
        out.element("td", format_diagnostic(*error, w), {{"colspan", "7"}, {"class", "error"}});
    out.close();
    return out.str();
}

std::string batch_html_end(const RunSummary& s, RunContext& context) {
    const Words& w = context.options.words;
    HtmlWriter out(open_for_rows);
    out.close_to(2);  // the table of every file, and its section
    out.open("div", {{"class", "overview-summary"}});
    out.open("section", {{"id", "summary"}}).element("h2", w.say("Summary"));
    out.element("p", batch_summary_line(s, w));
    levels_chart(out, s, "levels-chart", w);
    out.close();
    if (!s.compare_criteria.empty()) movers(out, s, w);
    out.close();
    end_page(out, layout("wwc-score {0}", {version}));
    return out.str();
}

}  // namespace wwc

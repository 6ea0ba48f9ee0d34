// history --format html: one self-contained page, a chart and a table per city,
// in the style of the report page.

#include <algorithm>

#include "report/html/charts.hpp"
#include "report/html/page.hpp"
#include "report/renderers.hpp"
#include "report/wording.hpp"
#include "util/version.hpp"

namespace wwc {
namespace {

void header(HtmlWriter& out, const History& h, const CityHistory& c, const Words& w) {
    const ScoredAssessment& first = h.scored(c.entries.front());
    const ScoredAssessment& last = h.scored(c.entries.back());
    const City& city = first.assessment.city;
    const auto n = static_cast<long long>(c.entries.size());
    out.open("header");
    out.element("h1", c.name);
    const std::string place = city.region.empty() ? city.country : layout("{0}, {1}", {city.region, city.country});
    out.element("p",
                w.plural("{0} \u00b7 {1} assessment, assessed on {2}",
                         "{0} \u00b7 {1} assessments, assessed on {2} to {3}", n,
                         {place, n, first.assessment.assessed_on, last.assessment.assessed_on}),
                {{"class", "muted"}});
    out.element("p", w.say("Each level is the one this tool computes from the self-assessment, under the criteria set "
                           "named beside it; the dates are the dates of assessment, not of certification."),
                {{"class", "notice"}});
    std::vector<std::string> notices;
    for (const HistoryEntry& e : c.entries)
        if (const auto notice = estimate_notice(h.scored(e), w))
            if (std::find(notices.begin(), notices.end(), *notice) == notices.end()) notices.push_back(*notice);
    for (const std::string& notice : notices)
        out.element("p", w.say("Estimate: {0}", {notice}), {{"class", "notice estimate"}});
    out.close();
}

void table(HtmlWriter& out, const History& h, const CityHistory& c, const std::string& suffix, const Words& w) {
    out.open("section").element("h2", w.say("Assessments"));
    out.open("table", {{"id", "history-table" + suffix}, {"class", "history-table"}});
    table_head(out, {w.say("Assessed on"), w.say("Criteria"), w.say("Level"), w.say("Points"), w.say("Percent"),
                     w.say("Since the assessment before")});
    for (std::size_t k = 0; k < c.entries.size(); ++k) {
        const ScoredAssessment& s = h.scored(c.entries[k]);
        const Evaluation& e = s.evaluation;
        out.open("tr").element("td", s.assessment.assessed_on);
        out.element("td", s.assessment.estimated_from.empty()
                              ? s.set->id
                              : w.say("{0} (estimate from {1})", {s.set->id, s.assessment.estimated_from}));
        out.element("td", capitalized(level_name(*s.set, e.level, w)),
                    {{"class", e.level ? "status status-met" : "status status-not_met"}});
        out.element("td", layout("{0}/{1}", {e.points, e.max_points}), {{"class", "num"}});
        out.element("td", layout("{0}%", {e.percent}), {{"class", "num"}});
        const std::optional<HistoryStep>& step = c.entries[k].step;
        if (step)
            out.element("td",
                        layout("{0}: {1}", {change_label(step->level, w),
                                            describe_step(h.scored(c.entries[k - 1]), s, *step, w)}),
                        {{"class", std::string(change_id(step->level))}});
        else
            out.element("td", "");
        out.close();
    }
    out.close().close().close();
}

void article(HtmlWriter& out, const History& h, const CityHistory& c, const std::string& suffix, const Words& w) {
    out.open("article", {{"id", "history" + suffix}});
    header(out, h, c, w);
    out.open("section").element("h2", w.say("Levels over time"));
    trajectory_chart(out, h, c, "trajectory-chart" + suffix, w);
    out.close();
    table(out, h, c, suffix, w);
    out.close();
}

void not_scored(HtmlWriter& out, const History& h, const Words& w) {
    std::vector<const FileReport*> failed;
    for (const FileReport& f : h.files)
        if (!f.scored) failed.push_back(&f);
    if (failed.empty()) return;
    out.open("section", {{"id", "not-scored"}}).element("h2", w.say("Not scored")).open("ul");
    for (const FileReport* f : failed) {
        const Diagnostic* first = first_error(f->diagnostics);
        out.element("li", first ? format_diagnostic(*first, w) : f->path, {{"class", "error"}});
    }
    out.close().close();
}

}  // namespace

std::string render_history_html(const History& h, const RenderOptions& options) {
    const Words& w = options.words;
    HtmlWriter out;
    const std::string title =
        h.cities.size() == 1
            ? w.say("{0} \u2014 levels over time \u00b7 wwc-score", {h.cities.front().name})
            : w.plural("{0} city \u2014 levels over time \u00b7 wwc-score",
                       "{0} cities \u2014 levels over time \u00b7 wwc-score", static_cast<long long>(h.cities.size()),
                       {h.cities.size()});
    begin_page(out, title, "history", w.language());
    if (h.cities.empty()) out.element("p", w.say("No assessment could be scored."));
    if (h.cities.size() > 1) {
        out.open("nav").element("h2", w.say("Cities")).open("ol");
        for (std::size_t k = 0; k < h.cities.size(); ++k)
            out.open("li").open("a", {{"href", "#history-" + std::to_string(k + 1)}}).text(h.cities[k].name).close()
                .close();
        out.close().close();
    }
    for (std::size_t k = 0; k < h.cities.size(); ++k)
        article(out, h, h.cities[k], h.cities.size() == 1 ? std::string() : "-" + std::to_string(k + 1), w);
    not_scored(out, h, w);
    end_page(out, layout("wwc-score {0}", {version}));
    return out.str();
}

}  // namespace wwc

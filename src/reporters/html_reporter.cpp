// --format html: one self-contained page a city can hand to its council.

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "../version.hpp"
#include "html_charts.hpp"
#include "html_page.hpp"
#include "html_writer.hpp"
#include "report_facts.hpp"
#include "reporters.hpp"

namespace wwc {
namespace {

// A symbol beside each status word, so that no status is told by colour alone.
std::string status_label(Status s) {
    switch (s) {
    case Status::met: return "\u2713 met";
    case Status::not_met: return "\u2717 not met";
    case Status::in_progress: return "\u25d0 in progress";
    case Status::planned: return "\u25cb planned";
    case Status::blocked: return "\u2298 blocked";
    case Status::unanswered: return "\u2013 unanswered";
    }
    return "";
}

std::string level_title(const CriteriaSet& set, int level) {
    return level < 0 ? std::string("No level") : level_name(set, level);
}

const Criterion& criterion(const CriteriaSet& set, int index) { return set.criteria[static_cast<std::size_t>(index)]; }

void header(HtmlWriter& out, const ScoredAssessment& r) {
    const CriteriaSet& set = *r.set;
    const Assessment& a = r.assessment;
    out.open("header");
    out.element("h1", a.city.name);
    std::string place = a.city.region.empty() ? a.city.country : a.city.region + ", " + a.city.country;
    place += fmt::format(" \u00b7 population {} \u00b7 assessed {}", a.city.population, a.assessed_on);
    if (!a.prepared_by.empty()) place += " by " + a.prepared_by;
    out.element("p", place, {{"class", "muted"}});
    out.element("p", fmt::format("Criteria: {} ({} version {}{})", set.name, set.id, set.version,
                                 set.published.empty() ? "" : ", published " + set.published));
    if (set.status == "reconstruction")
        out.element("p", set.notice.empty() ? set.id + " is a partial reconstruction." : set.notice,
                    {{"class", "notice"}});
    if (!a.estimated_from.empty())
        out.element("p",
                    fmt::format("Estimate: answers to {} mapped to {} through its crosswalk; this is not a "
                                "certification result.",
                                a.estimated_from, set.id),
                    {{"class", "notice estimate"}});
    out.close();
}

void fact(HtmlWriter& out, std::string_view term, std::string_view value) {
    out.element("dt", term).element("dd", value);
}

void summary(HtmlWriter& out, const ScoredAssessment& r, const std::string& suffix) {
    const CriteriaSet& set = *r.set;
    const Evaluation& e = r.evaluation;
    out.open("div", {{"class", "summary"}});
    const std::string badge = fmt::format("badge badge-{}", e.level < 0 ? "none" : level_id(set, e.level));
    out.element("p", level_title(set, e.level), {{"id", "level" + suffix}, {"class", badge}});
    out.open("dl", {{"class", "facts"}});
    fact(out, "Points", fmt::format("{} of {} ({}%)", e.points, e.max_points, e.percent));
    if (e.level >= 0) {
        const Band b = level_band(set, e.level, e.max_points);
        fact(out, "Band", fmt::format("{}\u2013{}% ({}\u2013{} points)", b.min_percent, b.max_percent, b.min_points,
                                      b.max_points));
    }
    fact(out, "Projected", fmt::format("{} ({} points, {}%) if in-progress and planned criteria are met",
                                       level_title(set, e.projected_level), e.projected_points,
                                       round_percent(e.projected_points, e.max_points)));
    fact(out, "Eligible", e.eligible ? std::string("yes")
                                     : fmt::format("no: {}", fmt::join(e.eligibility_problems, "; ")));
    out.close().close();
}

void outcomes(HtmlWriter& out, const ScoredAssessment& r, const std::string& suffix) {
    const CriteriaSet& set = *r.set;
    if (set.outcomes.empty()) return;
    out.open("section", {{"id", "outcomes" + suffix}});
    out.element("h2", "Outcomes");
    // One sentence per rule: "Silver, Gold and Platinum each need 1 ...".
    std::map<int, std::vector<std::string>> levels_by_rule;
    for (const Level& l : set.levels)
        if (l.outcomes) levels_by_rule[l.outcomes->min_met].push_back(l.name);
    for (auto& [min_met, names] : levels_by_rule) {
        const std::string last = names.back();
        names.pop_back();
        const std::string who = names.empty() ? last : fmt::format("{} and {} each", fmt::join(names, ", "), last);
        out.element("p", fmt::format("{} need{} {} of these outcomes to meet {} standard.", who,
                                     names.empty() ? "s" : "", min_met, min_met == 1 ? "its" : "their"));
    }
    out.open("table");
    table_head(out, {"Outcome", "Standard", "Reported", "Result"});
    for (std::size_t i = 0; i < set.outcomes.size(); ++i) {
        const Outcome& o = set.outcomes[i];
        const OutcomeReport* report = r.assessment.outcome(o.id);
        out.open("tr").element("td", o.name).element("td", describe_standard(o));
        out.open("td").text(describe_report(o, report));
        if (report)
            for (const Evidence& ev : report->evidence)
                out.text(" ").link(ev.url, ev.title.empty() ? "evidence" : ev.title);
        out.close();
        const bool meets = r.evaluation.outcomes[i].meets;
        out.element("td", meets ? "\u2713 meets" : "\u2717 does not meet",
                    {{"class", meets ? "status status-met" : "status status-not_met"}});
        out.close();
    }
    out.close().close().close();
}

void criterion_item(HtmlWriter& out, const ScoredAssessment& r, int index) {
    const Criterion& c = criterion(*r.set, index);
    out.open("li").open("strong").text(c.id).close().text(" " + c.name + " ");
    const Status status = r.evaluation.criteria[static_cast<std::size_t>(index)].status;
    out.element("span", fmt::format("({}, {})", status_label(status), c.practice), {{"class", "muted"}});
    out.close();
}

void next_level(HtmlWriter& out, const ScoredAssessment& r, const std::string& suffix) {
    const CriteriaSet& set = *r.set;
    out.open("section", {{"id", "next-level" + suffix}});
    if (r.gaps.empty()) {
        out.element("h2", "Next level");
        out.element("p", fmt::format("Top level reached: {}.", level_title(set, r.evaluation.level)),
                    {{"class", "top-level"}});
        out.close();
        return;
    }
    const LevelGap& g = r.gaps.front();
    const std::string next = level_name(set, g.level);
    out.element("h2", fmt::format("What stands between {} and {}", r.assessment.city.name, next));
    out.open("ul");
    for (const std::string& reason : gap_reasons(set, g)) out.element("li", reason);
    out.close();
    if (!g.roadmap.empty()) {
        const char* how = g.roadmap_proven_minimal ? ", the fewest that reach it"
                                                   : " (the search stopped at its budget: may not be the fewest)";
        out.element("h3", fmt::format("Roadmap to {}: {}{}", next, criteria_count(g.roadmap.size()), how));
        out.open("ol", {{"id", "roadmap" + suffix}, {"class", "roadmap"}});
        for (int i : g.roadmap) criterion_item(out, r, i);
        out.close();
    } else if (!g.roadmap_proven_minimal) {
        out.element("p", "No roadmap found within the search budget.");
    }
    if (g.outcomes_met < g.outcomes_needed) out.element("p", "Also meet an outcome standard (see Outcomes).");
    for (std::size_t k = 1; k < r.gaps.size(); ++k) {
        const LevelGap& then = r.gaps[k];
        std::vector<std::string> reasons = gap_reasons(set, then);
        if (then.reachable && !then.roadmap.empty())
            reasons.push_back("shortest road " + criteria_count(then.roadmap.size()));
        out.element("p", fmt::format("Then {}: {}.", level_name(set, then.level), fmt::join(reasons, "; ")));
    }
    out.close();
}

void warnings(HtmlWriter& out, const ScoredAssessment& r) {
    if (r.diagnostics.empty()) return;
    out.open("section").element("h2", "Warnings").open("ul");
    for (const Diagnostic& d : r.diagnostics) out.element("li", format_diagnostic(d));
    out.close().close();
}

void criterion_row(HtmlWriter& out, const ScoredAssessment& r, std::size_t i, const std::vector<int>& roadmap) {
    const Criterion& c = r.set->criteria[i];
    const CriterionResult& cr = r.evaluation.criteria[i];
    const Response* response = r.assessment.response(c.id);
    const auto step = std::find(roadmap.begin(), roadmap.end(), static_cast<int>(i));
    if (step == roadmap.end()) out.open("tr");
    else out.open("tr", {{"class", "step"}});
    out.element("td", c.id);
    out.open("td").text(c.name);
    if (c.core) out.text(" ").element("span", "core", {{"class", "tag"}});
    if (c.equity) out.text(" ").element("span", "equity", {{"class", "tag"}});
    if (step != roadmap.end())
        out.text(" ").element("span", fmt::format("roadmap step {}", step - roadmap.begin() + 1), {{"class", "tag"}});
    out.close();
    if (cr.counted)
        out.element("td", status_label(cr.status),
                    {{"class", fmt::format("status status-{}", status_name(cr.status))}});
    else
        out.element("td", c.retired ? "retired, not counted" : "not yet effective", {{"class", "status muted"}});
    out.open("td");
    if (response && !response->evidence.empty()) {
        out.open("ul", {{"class", "evidence"}});
        for (const Evidence& ev : response->evidence) {
            out.open("li").link(ev.url, ev.title.empty() ? ev.url : ev.title);
            if (!ev.date.empty()) out.text(" (" + ev.date + ")");
            out.close();
        }
        out.close();
    }
    out.close();
    out.element("td", response ? response->notes : std::string());
    out.close();
}

void criteria_table(HtmlWriter& out, const ScoredAssessment& r, const std::string& suffix) {
    const CriteriaSet& set = *r.set;
    const std::vector<int> no_steps;
    const std::vector<int>& roadmap = r.gaps.empty() ? no_steps : r.gaps.front().roadmap;
    out.open("section", {{"id", "criteria" + suffix}, {"class", "long"}});
    out.element("h2", "All criteria");
    out.open("table", {{"id", "criteria-table" + suffix}, {"class", "criteria-table"}});
    table_head(out, {"ID", "Criterion", "Status", "Evidence", "Notes"});
    for (std::size_t p = 0; p < set.practices.size(); ++p) {
        const PracticeResult& pr = r.evaluation.practices[p];
        out.open("tr", {{"class", "group"}});
        out.element("th", fmt::format("{} {} \u00b7 {} of {} points", pr.id, set.practices[p].name, pr.points,
                                      pr.max_points),
                    {{"colspan", "5"}, {"scope", "colgroup"}});
        out.close();
        for (std::size_t i = 0; i < set.criteria.size(); ++i)
            if (set.criteria[i].practice == set.practices[p].id) criterion_row(out, r, i, roadmap);
    }
    out.close().close().close();
}

void article(HtmlWriter& out, const ScoredAssessment& r, const std::string& suffix) {
    const Evaluation& e = r.evaluation;
    out.open("article", {{"id", "report" + suffix}});
    header(out, r);
    summary(out, r, suffix);
    out.open("section").element("h2", "Points");
    points_chart(out, r, "points-chart" + suffix);
    out.close();
    out.open("section").element("h2", "Practices");
    practice_chart(out, r, "practice-chart" + suffix);
    out.close();
    out.open("section").element("h2", "Equity");
    if (e.equity_max_points > 0) equity_chart(out, e, "equity-chart" + suffix);
    else out.element("p", r.set->id + " marks no criterion as equity-focused.", {{"class", "muted"}});
    out.close();
    outcomes(out, r, suffix);
    next_level(out, r, suffix);
    warnings(out, r);
    criteria_table(out, r, suffix);
    out.close();
}

std::string footer(const ScoredAssessment& r) {
    return fmt::format("wwc-score {} \u00b7 {} sha256 {} \u00b7 {} sha256 {}", version, r.set->id, r.set->sha256,
                       r.assessment.path, r.assessment.sha256);
}

}  // namespace

std::string render_html(const ScoredAssessment& r, const RenderOptions&) {
    HtmlWriter out;
    begin_page(out,
               fmt::format("{} \u2014 {} under {} \u00b7 wwc-score", r.assessment.city.name,
                           level_title(*r.set, r.evaluation.level), r.set->id),
               "report");
    article(out, r, "");
    end_page(out, footer(r));
    return out.str();
}

std::string render_html_many(const std::vector<ScoredAssessment>& results, const RenderOptions&) {
    HtmlWriter out;
    begin_page(out, fmt::format("{} assessments \u00b7 wwc-score", results.size()), "report");
    out.open("nav").element("h2", "Assessments").open("ol");
    for (std::size_t k = 0; k < results.size(); ++k) {
        const ScoredAssessment& r = results[k];
        out.open("li").open("a", {{"href", fmt::format("#report-{}", k + 1)}}).text(r.assessment.city.name).close();
        out.text(fmt::format(": {} under {}", level_title(*r.set, r.evaluation.level), r.set->id)).close();
    }
    out.close().close();
    for (std::size_t k = 0; k < results.size(); ++k) article(out, results[k], fmt::format("-{}", k + 1));
    end_page(out, fmt::format("wwc-score {}", version));
    return out.str();
}

}  // namespace wwc

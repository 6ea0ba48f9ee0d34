// score --format html: one self-contained page a city can hand to its council.

#include <algorithm>
#include <map>

#include "model/points.hpp"
#include "report/html/charts.hpp"
#include "report/html/page.hpp"
#include "report/renderers.hpp"
#include "report/wording.hpp"
#include "util/text.hpp"
#include "util/version.hpp"

namespace wwc {
namespace {

// A symbol beside each status word, so that no status is told by colour alone.
std::string status_label(Status s, const Words& w) {
    switch (s) {
    case Status::met: return "\u2713 " + status_word(s, w);
    case Status::not_met: return "\u2717 " + status_word(s, w);
    case Status::in_progress: return "\u25d0 " + status_word(s, w);
    case Status::planned: return "\u25cb " + status_word(s, w);
    case Status::blocked: return "\u2298 " + status_word(s, w);
    case Status::unanswered: return "\u2013 " + status_word(s, w);
    }
    return {};
}

std::string level_title(const CriteriaSet& set, std::optional<std::size_t> level, const Words& w) {
    return capitalized(level_name(set, level, w));
}

void header(HtmlWriter& out, const ScoredAssessment& r, const Words& w) {
    const CriteriaSet& set = *r.set;
    const Assessment& a = r.assessment;
    out.open("header");
    out.element("h1", a.city.name);
    std::string place = a.city.region.empty() ? a.city.country : a.city.region + ", " + a.city.country;
    place += w.say(" \u00b7 population {0} \u00b7 assessed {1}", {a.city.population, a.assessed_on});
    if (!a.prepared_by.empty()) place += w.say(" by {0}", {a.prepared_by});
    out.element("p", place, {{"class", "muted"}});
    out.element("p", set.published.empty()
                         ? w.say("Criteria: {0} ({1} version {2})", {w.name(set), set.id, set.version})
                         : w.say("Criteria: {0} ({1} version {2}, published {3})",
                                 {w.name(set), set.id, set.version, set.published}));
    out.element("p", self_assessment_notice(w), {{"class", "notice"}});
    if (const auto notice = reconstruction_notice(set, w)) out.element("p", *notice, {{"class", "notice"}});
    if (const auto notice = estimate_notice(r, w))
        out.element("p", w.say("Estimate: {0}", {*notice}), {{"class", "notice estimate"}});
    out.close();
}

void fact(HtmlWriter& out, std::string_view term, std::string_view value) {
    out.element("dt", term).element("dd", value);
}

void summary(HtmlWriter& out, const ScoredAssessment& r, const std::string& suffix, const Words& w) {
    const CriteriaSet& set = *r.set;
    const Evaluation& e = r.evaluation;
    out.open("div", {{"class", "summary"}});
    out.element("p", level_title(set, e.level, w), {{"id", "level" + suffix}, {"class", badge_class(e.level)}});
    out.open("dl", {{"class", "facts"}});
    fact(out, w.say("Points"), w.say("{0} of {1} ({2}%)", {e.points, e.max_points, e.percent}));
    if (e.level) {
        const Band b = level_band(set, *e.level, e.max_points);
        fact(out, w.say("Band"), w.say("{0}\u2013{1}% ({2}\u2013{3} points)",
                                       {b.min_percent, b.max_percent, b.min_points, b.max_points}));
    }
    fact(out, w.say("Projected"), w.say("{0} ({1} points, {2}%) if in-progress and planned criteria are met",
                                        {level_title(set, e.projected_level, w), e.projected_points,
                                         e.projected_percent}));
    std::vector<std::string> problems;
    for (const EligibilityProblem& p : e.eligibility_problems) problems.push_back(eligibility_problem(p, w));
    fact(out, w.say("Eligible"), e.eligible() ? w.say("yes") : w.say("no: {0}", {join(problems, "; ")}));
    out.close().close();
}

// One sentence per outcome rule: "Silver, Gold and Platinum each need 1 ...".
std::vector<std::string> outcome_rules(const CriteriaSet& set, const Words& w) {
    std::map<int, std::vector<std::string>> levels_by_rule;
    for (const Level& l : set.levels)
        if (l.outcomes) levels_by_rule[l.outcomes->min_met].push_back(w.name(l));
    std::vector<std::string> out;
    for (auto& [min_met, names] : levels_by_rule) {
        const std::string last = names.back();
        names.pop_back();
        out.push_back(names.empty()
                          ? w.plural("{0} needs {1} of these outcomes to meet its standard.",
                                     "{0} needs {1} of these outcomes to meet their standard.", min_met, {last, min_met})
                          : w.plural("{0} and {1} each need {2} of these outcomes to meet its standard.",
                                     "{0} and {1} each need {2} of these outcomes to meet their standard.", min_met,
                                     {join(names), last, min_met}));
    }
    return out;
}

void outcomes(HtmlWriter& out, const ScoredAssessment& r, const std::string& suffix, const Words& w) {
    const CriteriaSet& set = *r.set;
    if (set.outcomes.empty()) return;
    out.open("section", {{"id", "outcomes" + suffix}});
    out.element("h2", w.say("Outcomes"));
    for (const std::string& rule : outcome_rules(set, w)) out.element("p", rule);
    out.open("table");
    table_head(out, {w.say("Outcome"), w.say("Standard"), w.say("Reported"), w.say("Result")});
    for (std::size_t i = 0; i < set.outcomes.size(); ++i) {
        const Outcome& o = set.outcomes[i];
        const OutcomeReport* report = r.assessment.outcome(o.id);
        out.open("tr").element("td", w.name(o)).element("td", describe_standard(o, w));
        out.open("td").text(describe_report(o, report, w));
        if (report)
            for (const Evidence& ev : report->evidence)
                out.text(" ").link(ev.url, ev.title.empty() ? w.say("evidence") : ev.title);
        out.close();
        const bool meets = r.evaluation.outcomes[i].meets;
        out.element("td", meets ? w.say("\u2713 meets") : w.say("\u2717 does not meet"),
                    {{"class", meets ? "status status-met" : "status status-not_met"}});
        out.close();
    }
    out.close().close().close();
}

void criterion_item(HtmlWriter& out, const ScoredAssessment& r, std::size_t index, const Words& w) {
    const Criterion& c = r.set->criteria[index];
    out.open("li").open("strong").text(c.id).close().text(" " + w.name(c) + " ");
    out.element("span", layout("({0}, {1})", {status_label(r.evaluation.criteria[index].status, w), c.practice}),
                {{"class", "muted"}});
    out.close();
}

void next_level(HtmlWriter& out, const ScoredAssessment& r, const std::string& suffix, const Words& w) {
    const CriteriaSet& set = *r.set;
    out.open("section", {{"id", "next-level" + suffix}});
    if (r.gaps.empty()) {
        out.element("h2", w.say("Next level"));
        out.element("p", w.say("Top level reached: {0}.", {level_title(set, r.evaluation.level, w)}),
                    {{"class", "top-level"}});
        out.close();
        return;
    }
    const LevelGap& g = r.gaps.front();
    const std::string next = level_name(set, g.level, w);
    out.element("h2", w.say("What stands between {0} and {1}", {r.assessment.city.name, next}));
    out.open("ul");
    for (const std::string& reason : gap_reasons(r, g, w)) out.element("li", reason);
    out.close();
    if (!g.roadmap.empty()) {
        const std::string count = criteria_count(g.roadmap.size(), w);
        out.element("h3", g.roadmap_proven_minimal
                              ? w.say("Roadmap to {0}: {1}, the fewest that reach it", {next, count})
                              : w.say("Roadmap to {0}: {1} (the search stopped at its budget: may not be the fewest)",
                                      {next, count}));
        out.open("ol", {{"id", "roadmap" + suffix}, {"class", "roadmap"}});
        for (std::size_t i : g.roadmap) criterion_item(out, r, i, w);
        out.close();
    } else if (!g.roadmap_proven_minimal) {
        out.element("p", w.say("No roadmap found within the search budget."));
    }
    if (g.outcomes_short()) out.element("p", w.say("Also meet an outcome standard (see Outcomes)."));
    for (std::size_t k = 1; k < r.gaps.size(); ++k) {
        const LevelGap& then = r.gaps[k];
        std::vector<std::string> reasons = gap_reasons(r, then, w);
        if (then.reachable() && !then.roadmap.empty())
            reasons.push_back(w.say("shortest road {0}", {criteria_count(then.roadmap.size(), w)}));
        out.element("p", w.say("Then {0}: {1}.", {level_name(set, then.level, w), join(reasons, "; ")}));
    }
    out.close();
}

void warnings(HtmlWriter& out, const ScoredAssessment& r, const Words& w) {
    if (r.diagnostics.empty()) return;
    out.open("section").element("h2", w.say("Warnings")).open("ul");
    // The page names the file once; a warning names it by its name, not its whole path.
    for (Diagnostic d : r.diagnostics) {
        d.where.file = std::string(file_name(d.where.file));
        out.element("li", format_diagnostic(d, w));
    }
    out.close().close();
}

void criterion_row(HtmlWriter& out, const ScoredAssessment& r, std::size_t i, const std::vector<std::size_t>& roadmap,
                   const Words& w) {
    const Criterion& c = r.set->criteria[i];
    const CriterionResult& cr = r.evaluation.criteria[i];
    const Response* response = r.assessment.response(c.id);
    const auto step = std::find(roadmap.begin(), roadmap.end(), i);
    if (step == roadmap.end()) out.open("tr");
    else out.open("tr", {{"class", "step"}});
    out.element("td", c.id);
    out.open("td").text(w.name(c));
    if (c.core) out.text(" ").element("span", w.say("core"), {{"class", "tag"}});
    if (c.equity) out.text(" ").element("span", w.say("equity"), {{"class", "tag"}});
    if (step != roadmap.end())
        out.text(" ").element("span", w.say("roadmap step {0}", {step - roadmap.begin() + 1}), {{"class", "tag"}});
    if (!w.summary(c).empty()) out.element("div", w.summary(c), {{"class", "muted"}});
    out.close();
    if (cr.counted)
        out.element("td", status_label(cr.status, w), {{"class", "status status-" + std::string(status_id(cr.status))}});
    else
        out.element("td", c.retired ? w.say("retired, not counted") : w.say("not yet effective"),
                    {{"class", "status muted"}});
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

void criteria_table(HtmlWriter& out, const ScoredAssessment& r, const std::string& suffix, const Words& w) {
    const CriteriaSet& set = *r.set;
    const std::vector<std::size_t> no_steps;
    const std::vector<std::size_t>& roadmap = r.gaps.empty() ? no_steps : r.gaps.front().roadmap;
    out.open("section", {{"id", "criteria" + suffix}, {"class", "long"}});
    out.element("h2", w.say("All criteria"));
    out.open("table", {{"id", "criteria-table" + suffix}, {"class", "criteria-table"}});
    table_head(out, {w.say("ID"), w.say("Criterion"), w.say("Status"), w.say("Evidence"), w.say("Notes")});
    for (std::size_t p = 0; p < set.practices.size(); ++p) {
        const PracticeResult& pr = r.evaluation.practices[p];
        out.open("tr", {{"class", "group"}});
        out.element("th", w.say("{0} {1} \u00b7 {2} of {3} points", {pr.id, w.name(set.practices[p]), pr.points, pr.max_points}),
                    {{"colspan", "5"}, {"scope", "colgroup"}});
        out.close();
        for (std::size_t i = 0; i < set.criteria.size(); ++i)
            if (set.criteria[i].practice == set.practices[p].id) criterion_row(out, r, i, roadmap, w);
    }
    out.close().close().close();
}

void article(HtmlWriter& out, const ScoredAssessment& r, const std::string& suffix, const Words& w) {
    out.open("article", {{"id", "report" + suffix}});
    header(out, r, w);
    summary(out, r, suffix, w);
    out.open("section").element("h2", w.say("Points"));
    points_chart(out, r, "points-chart" + suffix, w);
    out.close();
    out.open("section").element("h2", w.say("Practices"));
    practice_chart(out, r, "practice-chart" + suffix, w);
    out.close();
    out.open("section").element("h2", w.say("Equity"));
    if (r.evaluation.equity_max_points > 0) equity_chart(out, r.evaluation, "equity-chart" + suffix, w);
    else out.element("p", w.say("{0} marks no criterion as equity-focused.", {r.set->id}), {{"class", "muted"}});
    out.close();
    outcomes(out, r, suffix, w);
    next_level(out, r, suffix, w);
    warnings(out, r, w);
    criteria_table(out, r, suffix, w);
    out.close();
}

std::string footer(const ScoredAssessment& r) {
    return layout("wwc-score {0} \u00b7 {1} sha256 {2} \u00b7 {3} sha256 {4}",
                  {version, r.set->id, r.set->sha256, file_name(r.assessment.path), r.assessment.sha256});
}

}  // namespace

// With one FILE argument the page is that file's report; with several, each
// file is an article, and the list of them, known at the end, is shown first.
const std::vector<std::string_view> page_open = {"html", "body"};

std::string score_html_begin(RunContext& context) {
    if (context.header.one_file) return {};
    const Words& w = context.options.words;
    HtmlWriter out;
    begin_page(out, w.say("Assessments \u00b7 wwc-score"), "report many", w.language());
    return out.part();
}

std::string score_html_file(const FileReport& file, RunContext& context) {
    if (!file.scored) return {};
    const ScoredAssessment& r = *file.scored;
    const Words& w = context.options.words;
    if (context.header.one_file) {
        HtmlWriter out;
        begin_page(out,
                   w.say("{0} \u2014 {1} under {2} \u00b7 wwc-score",
                         {r.assessment.city.name, level_title(*r.set, r.evaluation.level, w), r.set->id}),
                   "report", w.language());
        article(out, r, "", w);
        end_page(out, footer(r));
        return out.str();
    }
    const std::string suffix = "-" + std::to_string(++context.items);
    context.contents.emplace_back("#report" + suffix,
                                  w.say("{0}: {1} under {2}", {r.assessment.city.name,
                                                               level_title(*r.set, r.evaluation.level, w), r.set->id}));
    HtmlWriter out(page_open);
    article(out, r, suffix, w);
    return out.part();
}

std::string score_html_end(const RunSummary&, RunContext& context) {
    if (context.header.one_file) return {};
    const Words& w = context.options.words;
    HtmlWriter out(page_open);
    out.open("nav").element("h2", w.say("Assessments")).open("ol");
    for (const auto& [anchor, text] : context.contents) out.open("li").open("a", {{"href", anchor}}).text(text).close().close();
    out.close().close();
    end_page(out, layout("wwc-score {0}", {version}));
    return out.str();
}

}  // namespace wwc

// score --format text: the report a person reads in a terminal.

#include <algorithm>
#include <utility>
#include <vector>

#include "model/points.hpp"
#include "report/renderers.hpp"
#include "report/wording.hpp"
#include "util/text.hpp"

namespace wwc {
namespace {

class Painter {
public:
    explicit Painter(bool color) : m_color(color) {}
    MessageArg bold(std::string_view s) const { return wrap("1", s); }
    MessageArg good(std::string_view s) const { return wrap("32", s); }
    MessageArg bad(std::string_view s) const { return wrap("31", s); }

private:
    // The text is escaped before the colour codes are put around it.
    MessageArg wrap(std::string_view code, std::string_view s) const {
        std::string text = escape_unsafe(s);
        if (m_color) text = "\x1b[" + std::string(code) + "m" + text + "\x1b[0m";
        return verbatim(std::move(text));
    }
    bool m_color;
};

// Labelled lines, the values lined up after the widest label (display width).
std::string labelled(const std::vector<std::pair<std::string, std::string>>& lines) {
    std::size_t width = 0;
    for (const auto& [label, value] : lines) width = std::max(width, display_width(label));
    std::string out;
    for (const auto& [label, value] : lines)
        out += label + ':' + std::string(width - display_width(label) + 2, ' ') + value + '\n';
    return out;
}

// "DM7 Qualitative Data Practices (in progress)", with its summary indented
// on the next line when `explained`.
std::string criterion_lines(const ScoredAssessment& r, std::size_t index, const Words& w, bool explained) {
    const Criterion& c = r.set->criteria[index];
    std::string out = layout("{0} {1} ({2})\n", {c.id, w.name(c), status_word(r.evaluation.criteria[index].status, w)});
    if (explained && !w.summary(c).empty()) out += layout("      {0}\n", {w.summary(c)});
    return out;
}

void header(std::string& out, const ScoredAssessment& r, const Words& w, const Painter& p) {
    const CriteriaSet& set = *r.set;
    const Assessment& a = r.assessment;
    std::string place = a.city.name;
    if (!a.city.region.empty()) place += ", " + a.city.region;
    place += ", " + a.city.country;
    out += w.say("{0}: population {1}, assessed on {2}\n", {p.bold(place), a.city.population, a.assessed_on});
    out += w.say("Criteria: {0}; {1} version {2}\n", {w.name(set), set.id, set.version});
    out += self_assessment_notice(w) + '\n';
    if (const auto notice = reconstruction_notice(set, w)) out += w.say("Note: {0}\n", {*notice});
    if (const auto notice = estimate_notice(r, w)) out += p.bad(w.say("Estimate: {0}", {*notice})).text + '\n';
}

void summary(std::string& out, const ScoredAssessment& r, const Words& w, const Painter& p) {
    const CriteriaSet& set = *r.set;
    const Evaluation& e = r.evaluation;
    std::vector<std::pair<std::string, std::string>> lines;
    if (e.level) {
        const Band band = level_band(set, *e.level, e.max_points);
        lines.emplace_back(w.say("Level"), w.say("{0}, {1} of {2} points ({3}%); {4} takes {5} to {6}%",
                                                 {p.good(level_name(set, e.level, w)), e.points, e.max_points, e.percent,
                                                  level_name(set, e.level, w), band.min_percent, band.max_percent}));
    } else {
        lines.emplace_back(w.say("Level"), w.say("{0}, {1} of {2} points ({3}%)",
                                                 {p.bad(level_name(set, e.level, w)), e.points, e.max_points, e.percent}));
    }
    lines.emplace_back(w.say("Projected"), w.say("{0}, {1} points ({2}%), if the criteria in progress and planned are met",
                                                 {level_name(set, e.projected_level, w), e.projected_points,
                                                  e.projected_percent}));
    if (e.eligible()) lines.emplace_back(w.say("Eligible"), w.say("yes"));
    for (const EligibilityProblem& problem : e.eligibility_problems)
        lines.emplace_back(w.say("Eligible"), w.say("{0}: {1}", {p.bad(w.say("no")), eligibility_problem(problem, w)}));
    out += '\n' + labelled(lines);
}

void practices(std::string& out, const ScoredAssessment& r, const Words& w) {
    const CriteriaSet& set = *r.set;
    const Evaluation& e = r.evaluation;
    std::vector<std::vector<std::string>> rows = {{w.say("Practice"), w.say("Points"), w.say("Criteria")}};
    for (std::size_t i = 0; i < set.practices.size(); ++i) {
        const PracticeResult& pr = e.practices[i];
        rows.push_back({layout("{0:<4} {1}", {pr.id, w.name(set.practices[i])}), layout("{0}/{1}", {pr.points, pr.max_points}),
                        status_counts(pr.counts, w)});
    }
    if (e.equity_max_points > 0)
        rows.push_back({w.say("Equity sub-score"), layout("{0}/{1}", {e.equity_points, e.equity_max_points}),
                        layout("{0}%", {e.equity_percent})});
    out += '\n' + text_table(rows);
}

void outcomes(std::string& out, const ScoredAssessment& r, const Words& w, const Painter& p) {
    const CriteriaSet& set = *r.set;
    if (set.outcomes.empty()) return;
    out += w.say("\nOutcomes\n");
    for (std::size_t i = 0; i < set.outcomes.size(); ++i) {
        const Outcome& o = set.outcomes[i];
        const MessageArg verdict = r.evaluation.outcomes[i].meets ? p.good(w.say("meets the standard"))
                                                                  : p.bad(w.say("does not meet the standard"));
        out += w.say("  {0}: {1}; {2} ({3})\n",
                     {w.name(o), describe_report(o, r.assessment.outcome(o.id), w), verdict, describe_standard(o, w)});
    }
}

void gap(std::string& out, const ScoredAssessment& r, const LevelGap& g, bool next, const Words& w, const Painter& p) {
    const CriteriaSet& set = *r.set;
    const Level& level = set.levels[g.level];
    out += next ? w.say("\nNext level, {0}: {1} points ({2}%) needed\n", {p.bold(w.name(level)), g.points_needed, level.min_percent})
                : w.say("\nThen {0}: {1} points ({2}%) needed\n", {p.bold(w.name(level)), g.points_needed, level.min_percent});
    if (!g.reachable()) {
        for (const std::string& why : unreachable_reasons(g, r.evaluation, w))
            out += w.say("  Out of reach: {0}\n", {why});
        return;
    }
    if (g.points_short > 0) out += w.plural("  - {0} point short\n", "  - {0} points short\n", g.points_short, {g.points_short});
    for (std::size_t i : g.missing_required)
        out += w.say("  - a required criterion is not earned: {0}", {verbatim(criterion_lines(r, i, w, next))});
    if (g.outcomes_short())
        out += w.say("  - outcomes: {0} of the {1} needed meet their standard\n", {g.outcomes_met, g.outcomes_needed});
    if (!next) {
        if (!g.roadmap.empty()) out += w.say("  Shortest road: {0}\n", {criteria_count(g.roadmap.size(), w)});
        return;
    }
    for (const Blocked& b : g.blocked)
        out += b.more ? w.say("  - {0} is met but earns nothing until {1} and others are met\n",
                              {set.criteria[b.criterion].id, criterion_ids(set, b.unblocked_by)})
                      : w.say("  - {0} is met but earns nothing until {1} is met\n",
                              {set.criteria[b.criterion].id, criterion_ids(set, b.unblocked_by)});
    if (g.roadmap.empty()) {
        if (!g.roadmap_proven_minimal) out += w.say("  No roadmap found within the search budget.\n");
        else if (g.outcomes_short()) out += w.say("  No criterion is missing: meet an outcome standard.\n");
        return;
    }
    out += g.roadmap_proven_minimal
               ? w.say("Roadmap to {0}: {1}\n", {w.name(level), criteria_count(g.roadmap.size(), w)})
               : w.say("Roadmap to {0}: {1} (the search stopped at its budget: may not be the shortest)\n",
                       {w.name(level), criteria_count(g.roadmap.size(), w)});
    for (std::size_t k = 0; k < g.roadmap.size(); ++k)
        out += layout("  {0:>2}. {1}", {k + 1, verbatim(criterion_lines(r, g.roadmap[k], w, true))});
    if (g.outcomes_short()) out += w.say("  and meet an outcome standard\n");
}

std::string report(const ScoredAssessment& r, const RenderOptions& options) {
    const Words& w = options.words;
    const Painter p(options.color);
    std::string out;
    header(out, r, w, p);
    summary(out, r, w, p);
    practices(out, r, w);
    outcomes(out, r, w, p);
    if (r.gaps.empty()) out += w.say("\nTop level reached.\n");
    for (std::size_t i = 0; i < r.gaps.size(); ++i) gap(out, r, r.gaps[i], i == 0, w, p);
    return out;
}

}  // namespace

std::string score_text_file(const FileReport& file, RunContext& context) {
    if (!file.scored) return {};
    return (context.items++ > 0 ? "\n" : "") + report(*file.scored, context.options);
}

}  // namespace wwc

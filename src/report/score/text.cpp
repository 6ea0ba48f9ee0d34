// score --format text: the report a person reads in a terminal.

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

std::string criterion_line(const ScoredAssessment& r, std::size_t index) {
    const Criterion& c = r.set->criteria[index];
    return layout("{0:<6} {1} ({2})", {c.id, c.name, status_id(r.evaluation.criteria[index].status)});
}

void header(std::string& out, const ScoredAssessment& r, const Words& w, const Painter& p) {
    const CriteriaSet& set = *r.set;
    const Assessment& a = r.assessment;
    std::string place = a.city.name;
    if (!a.city.region.empty()) place += ", " + a.city.region;
    place += ", " + a.city.country;
    out += w.say("{0}  (population {1}, assessed {2})\n", {p.bold(place), a.city.population, a.assessed_on});
    out += w.say("Criteria: {0} version {1}, {2}\n", {set.id, set.version, set.name});
    if (const auto notice = reconstruction_notice(set, w)) out += w.say("Note: {0}\n", {*notice});
    if (const auto notice = estimate_notice(r, w)) out += p.bad(w.say("ESTIMATE: {0}", {*notice})).text + '\n';
}

void summary(std::string& out, const ScoredAssessment& r, const Words& w, const Painter& p) {
    const CriteriaSet& set = *r.set;
    const Evaluation& e = r.evaluation;
    out += '\n';
    if (e.level) {
        const Band band = level_band(set, *e.level, e.max_points);
        out += w.say("Level:     {0}  {1} of {2} points ({3}%); band {4}-{5}% ({6}-{7} points)\n",
                     {p.good(level_name(set, e.level, w)), e.points, e.max_points, e.percent, band.min_percent,
                      band.max_percent, band.min_points, band.max_points});
    } else {
        out += w.say("Level:     {0}  {1} of {2} points ({3}%)\n",
                     {p.bad(level_name(set, e.level, w)), e.points, e.max_points, e.percent});
    }
    out += w.say("Projected: {0}  {1} points ({2}%) if the in-progress and planned criteria are met\n",
                 {level_name(set, e.projected_level, w), e.projected_points, e.projected_percent});
    if (e.eligible()) out += w.say("Eligible:  yes\n");
    for (const EligibilityProblem& problem : e.eligibility_problems)
        out += w.say("Eligible:  {0}: {1}\n", {p.bad(w.say("no")), eligibility_problem(problem, w)});
}

void practices(std::string& out, const ScoredAssessment& r, const Words& w) {
    const CriteriaSet& set = *r.set;
    const Evaluation& e = r.evaluation;
    out += layout("\n{0:<40} {1:>6}  {2:>4} {3:>5} {4:>5} {5:>4} {6:>5} {7:>5}\n",
                 {w.say("Practice"), w.say("Points"), w.say("Met"), w.say("Prog"), w.say("Plan"), w.say("Not"),
                  w.say("Block"), w.say("Unans")});
    for (std::size_t i = 0; i < set.practices.size(); ++i) {
        const PracticeResult& pr = e.practices[i];
        out += layout("{0:<5} {1:<34} {2:>6}  {3:>4} {4:>5} {5:>5} {6:>4} {7:>5} {8:>5}\n",
                      {pr.id, set.practices[i].name, layout("{0}/{1}", {pr.points, pr.max_points}),
                      pr.counts[Status::met], pr.counts[Status::in_progress], pr.counts[Status::planned],
                      pr.counts[Status::not_met], pr.counts[Status::blocked], pr.counts[Status::unanswered]});
    }
    if (e.equity_max_points > 0)
        out += layout("{0:<40} {1:>6}  ({2}%)\n", {w.say("Equity sub-score"),
                                                   layout("{0}/{1}", {e.equity_points, e.equity_max_points}),
                                                   e.equity_percent});
}

void outcomes(std::string& out, const ScoredAssessment& r, const Words& w, const Painter& p) {
    const CriteriaSet& set = *r.set;
    if (set.outcomes.empty()) return;
    out += w.say("\nOutcomes\n");
    for (std::size_t i = 0; i < set.outcomes.size(); ++i) {
        const Outcome& o = set.outcomes[i];
        const OutcomeResult& result = r.evaluation.outcomes[i];
        const MessageArg mark = result.meets ? p.good(w.say("meets   ")) : p.bad(w.say("does not"));
        out += layout("  {0} {1:<14} {2}\n",
                      {mark, o.id, describe_outcome(o, result, r.assessment.outcome(o.id), w)});
    }
    if (uses_interim(r.evaluation)) out += layout("  {0}\n", {interim_notice(w)});
}

void gap(std::string& out, const ScoredAssessment& r, const LevelGap& g, bool next, const Words& w, const Painter& p) {
    const CriteriaSet& set = *r.set;
    const Level& level = set.levels[g.level];
    out += next ? w.say("\nNext level {0}: needs {1} points ({2}%)\n", {p.bold(level.name), g.points_needed, level.min_percent})
                : w.say("\nThen {0}: needs {1} points ({2}%)\n", {p.bold(level.name), g.points_needed, level.min_percent});
    if (!g.reachable()) {
        for (const std::string& why : unreachable_reasons(g, r.evaluation, w))
            out += w.say("  out of reach: {0}\n", {why});
        return;
    }
    if (g.points_short > 0) out += w.plural("  - {0} point short\n", "  - {0} points short\n", g.points_short, {g.points_short});
    for (std::size_t i : g.missing_required)
        out += w.say("  - required criterion not earned: {0}\n", {criterion_line(r, i)});
    if (g.outcomes_short()) {
        out += w.say("  - outcomes: {0} of the {1} needed meet their standard\n", {g.outcomes_met, g.outcomes_needed});
        if (next)
            for (const OutcomeTarget& t : g.outcome_targets)
                out += layout("      {0}\n", {describe_target(set, t, r.assessment, w)});
    }
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
               ? w.say("Roadmap to {0}: {1}\n", {level.name, criteria_count(g.roadmap.size(), w)})
               : w.say("Roadmap to {0}: {1} (the search stopped at its budget: may not be the shortest)\n",
                       {level.name, criteria_count(g.roadmap.size(), w)});
    for (std::size_t k = 0; k < g.roadmap.size(); ++k)
        out += layout("  {0:>2}. {1}\n", {k + 1, verbatim(criterion_line(r, g.roadmap[k]))});
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

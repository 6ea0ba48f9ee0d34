// --format text: the report a person reads in a terminal.

#include <cctype>

#include <fmt/format.h>

#include "report_facts.hpp"
#include "reporters.hpp"

namespace wwc {
namespace {

class Painter {
public:
    explicit Painter(bool color) : color_(color) {}
    std::string bold(std::string_view s) const { return wrap("1", s); }
    std::string good(std::string_view s) const { return wrap("32", s); }
    std::string bad(std::string_view s) const { return wrap("31", s); }
    std::string dim(std::string_view s) const { return wrap("2", s); }

private:
    std::string wrap(std::string_view code, std::string_view s) const {
        return color_ ? fmt::format("\x1b[{}m{}\x1b[0m", code, s) : std::string(s);
    }
    bool color_;
};

std::string upper(std::string s) {
    for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return s;
}

std::string criterion_line(const CriteriaSet& set, int index, const Evaluation& e) {
    const Criterion& c = set.criteria[static_cast<std::size_t>(index)];
    return fmt::format("{:<6} {} ({})", c.id, c.name, status_name(e.criteria[static_cast<std::size_t>(index)].status));
}

void header(std::string& out, const ScoredAssessment& r, const Painter& p) {
    const CriteriaSet& set = *r.set;
    const Assessment& a = r.assessment;
    std::string place = a.city.name;
    if (!a.city.region.empty()) place += ", " + a.city.region;
    place += ", " + a.city.country;
    out += fmt::format("{}  (population {}, assessed {})\n", p.bold(place), a.city.population, a.assessed_on);
    out += fmt::format("Criteria: {} version {}, {}\n", set.id, set.version, set.name);
    if (set.status == "reconstruction")
        out += fmt::format("Note: {}\n", set.notice.empty() ? set.id + " is a partial reconstruction." : set.notice);
    if (!a.estimated_from.empty())
        out += p.bad(fmt::format("ESTIMATE: answers to {} mapped to {} through its crosswalk; this is not a "
                                 "certification result.\n",
                                 a.estimated_from, set.id));
}

void summary(std::string& out, const ScoredAssessment& r, const Painter& p) {
    const CriteriaSet& set = *r.set;
    const Evaluation& e = r.evaluation;
    out += '\n';
    if (e.level >= 0) {
        const Band band = level_band(set, e.level, e.max_points);
        out += fmt::format("Level:     {}  {} of {} points ({}%); band {}-{}% ({}-{} points)\n",
                           p.good(upper(level_name(set, e.level))), e.points, e.max_points, e.percent,
                           band.min_percent, band.max_percent, band.min_points, band.max_points);
    } else {
        out += fmt::format("Level:     {}  {} of {} points ({}%)\n", p.bad("NONE"), e.points, e.max_points,
                           e.percent);
    }
    out += fmt::format("Projected: {}  {} points ({}%) if the in-progress and planned criteria are met\n",
                       upper(level_name(set, e.projected_level)), e.projected_points,
                       round_percent(e.projected_points, e.max_points));
    if (e.eligible) out += "Eligible:  yes\n";
    else
        for (const std::string& why : e.eligibility_problems) out += fmt::format("Eligible:  {}: {}\n", p.bad("no"), why);
}

void practices(std::string& out, const ScoredAssessment& r) {
    const CriteriaSet& set = *r.set;
    const Evaluation& e = r.evaluation;
    out += fmt::format("\n{:<40} {:>6}  {:>4} {:>5} {:>5} {:>4} {:>5} {:>5}\n", "Practice", "Points", "Met",
                       "Prog", "Plan", "Not", "Block", "Unans");
    for (std::size_t i = 0; i < set.practices.size(); ++i) {
        const PracticeResult& pr = e.practices[i];
        const auto n = [&](Status s) { return pr.counts[static_cast<int>(s)]; };
        out += fmt::format("{:<5} {:<34} {:>6}  {:>4} {:>5} {:>5} {:>4} {:>5} {:>5}\n", pr.id, set.practices[i].name,
                           fmt::format("{}/{}", pr.points, pr.max_points), n(Status::met), n(Status::in_progress),
                           n(Status::planned), n(Status::not_met), n(Status::blocked), n(Status::unanswered));
    }
    if (e.equity_max_points > 0)
        out += fmt::format("{:<40} {:>6}  ({}%)\n", "Equity sub-score",
                           fmt::format("{}/{}", e.equity_points, e.equity_max_points), e.equity_percent);
}

void outcomes(std::string& out, const ScoredAssessment& r, const Painter& p) {
    const CriteriaSet& set = *r.set;
    if (set.outcomes.empty()) return;
    out += "\nOutcomes\n";
    for (std::size_t i = 0; i < set.outcomes.size(); ++i) {
        const Outcome& o = set.outcomes[i];
        const OutcomeResult& res = r.evaluation.outcomes[i];
        const std::string mark = res.meets ? p.good("meets   ") : p.bad("does not");
        out += fmt::format("  {} {:<14} {}; standard: {}\n", mark, o.id,
                           describe_report(o, r.assessment.outcome(o.id)), describe_standard(o));
    }
}

void gap(std::string& out, const ScoredAssessment& r, const LevelGap& g, bool next, const Painter& p) {
    const CriteriaSet& set = *r.set;
    const Evaluation& e = r.evaluation;
    const Level& level = set.levels[static_cast<std::size_t>(g.level)];
    out += fmt::format("\n{} {}: needs {} points ({}%)\n", next ? "Next level" : "Then", p.bold(upper(level.name)),
                       g.points_needed, level.min_percent);
    if (!g.reachable) {
        for (const std::string& why : g.unreachable_because) out += fmt::format("  out of reach: {}\n", why);
        return;
    }
    if (g.points_short > 0) out += fmt::format("  - {} short\n", plural(static_cast<std::size_t>(g.points_short), "point", "points"));
    for (int i : g.missing_required)
        out += fmt::format("  - required criterion not earned: {}\n", criterion_line(set, i, e));
    if (g.outcomes_met < g.outcomes_needed)
        out += fmt::format("  - outcomes: {} of the {} needed meet their standard\n", g.outcomes_met,
                           g.outcomes_needed);
    if (!next) {
        if (!g.roadmap.empty()) out += fmt::format("  Shortest road: {}\n", criteria_count(g.roadmap.size()));
        return;
    }
    for (const Blocked& b : g.blocked) {
        std::string by;
        for (int u : b.unblocked_by) by += (by.empty() ? "" : ", ") + set.criteria[static_cast<std::size_t>(u)].id;
        out += fmt::format("  - {} is met but earns nothing until {} is met\n",
                           set.criteria[static_cast<std::size_t>(b.criterion)].id, by);
    }
    if (g.roadmap.empty()) {
        if (!g.roadmap_proven_minimal) out += "  No roadmap found within the search budget.\n";
        else if (g.outcomes_met < g.outcomes_needed) out += "  No criterion is missing: meet an outcome standard.\n";
        return;
    }
    out += fmt::format("Roadmap to {}: {}{}\n", level.name, criteria_count(g.roadmap.size()),
                       g.roadmap_proven_minimal ? "" : " (the search stopped at its budget: may not be the shortest)");
    for (std::size_t k = 0; k < g.roadmap.size(); ++k)
        out += fmt::format("  {:>2}. {}\n", k + 1, criterion_line(set, g.roadmap[k], e));
    if (g.outcomes_met < g.outcomes_needed) out += "  and meet an outcome standard\n";
}

}  // namespace

std::string render_text(const ScoredAssessment& r, const RenderOptions& options) {
    const Painter p(options.color);
    std::string out;
    header(out, r, p);
    summary(out, r, p);
    practices(out, r);
    outcomes(out, r, p);
    if (r.gaps.empty()) out += "\nTop level reached.\n";
    for (std::size_t i = 0; i < r.gaps.size(); ++i) gap(out, r, r.gaps[i], i == 0, p);
    return out;
}

}  // namespace wwc

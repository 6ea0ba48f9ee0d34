#include "scoring/evaluator.hpp"

#include <algorithm>

#include "model/points.hpp"

namespace wwc {

PrerequisiteGraph prerequisite_graph(const CriteriaSet& set) {
    const std::size_t n = set.criteria.size();
    PrerequisiteGraph graph;
    graph.prerequisites.resize(n);
    for (std::size_t i = 0; i < n; ++i)
        for (const std::string& id : set.criteria[i].prerequisites)
            if (const std::optional<std::size_t> j = set.index_of(id); j && *j != i) graph.prerequisites[i].push_back(*j);
    // Depth first, each criterion placed after its prerequisites; a stack, not
    // recursion, so that a long chain cannot exhaust the call stack. Cycles,
    // which the loader rejects, are cut where they close.
    enum State : char { unvisited, open, placed };
    std::vector<State> state(n, unvisited);
    std::vector<std::pair<std::size_t, std::size_t>> stack;  // criterion, next prerequisite
    for (std::size_t start = 0; start < n; ++start) {
        if (state[start] != unvisited) continue;
        stack.push_back({start, 0});
        state[start] = open;
        while (!stack.empty()) {
            const std::size_t i = stack.back().first;
            if (stack.back().second < graph.prerequisites[i].size()) {
                const std::size_t j = graph.prerequisites[i][stack.back().second++];
                if (state[j] == unvisited) {
                    state[j] = open;
                    stack.push_back({j, 0});
                }
                continue;
            }
            state[i] = placed;
            graph.order.push_back(i);
            stack.pop_back();
        }
    }
    return graph;
}

std::vector<bool> earned_criteria(const CriteriaSet& set, const std::vector<Status>& statuses,
                                  const std::vector<bool>& counted) {
    return earned_criteria(prerequisite_graph(set), statuses, counted);
}

std::vector<bool> earned_criteria(const PrerequisiteGraph& graph, const std::vector<Status>& statuses,
                                  const std::vector<bool>& counted) {
    std::vector<bool> earned(graph.order.size(), false);
    for (std::size_t i : graph.order) {
        if (!counted[i] || statuses[i] != Status::met) continue;
        bool all = true;
        for (std::size_t p : graph.prerequisites[i]) all = all && (!counted[p] || earned[p]);
        earned[i] = all;
    }
    return earned;
}

int outcomes_met(const OutcomeRule& rule, const CriteriaSet& set, const std::vector<OutcomeResult>& outcomes) {
    int met = 0;
    for (const std::string& id : rule.of)
        for (std::size_t i = 0; i < set.outcomes.size(); ++i)
            if (set.outcomes[i].id == id && outcomes[i].meets) ++met;
    return met;
}

namespace {

bool meets_standard(const OutcomeStandard& standard, const OutcomeReport& report) {
    if (report.value && standard.at_most && *report.value <= *standard.at_most) return true;
    if (report.value && standard.at_least && *report.value >= *standard.at_least) return true;
    return standard.attestation && report.attested && !report.evidence.empty();
}

// The report is held against the standard it names (the loader checked the
// id), or the outcome's default.
OutcomeResult judge_outcome(const Outcome& outcome, const Assessment& a) {
    OutcomeResult r;
    r.id = outcome.id;
    r.standard = outcome.default_index;
    const OutcomeReport* report = a.outcome(outcome.id);
    if (report)
        if (const std::optional<std::size_t> named = outcome.find_standard(report->standard)) {
            r.standard = *named;
            r.named = true;
        }
    r.interim = outcome.standards[r.standard].interim;
    if (!report) return r;
    r.reported = true;
    r.meets = meets_standard(outcome.standards[r.standard], *report);
    r.meets_default = meets_standard(outcome.default_standard(), *report);
    return r;
}

std::vector<EligibilityProblem> eligibility_problems(const Eligibility& rule, const City& city) {
    std::vector<EligibilityProblem> out;
    if (rule.min_population && city.population < *rule.min_population)
        out.push_back({EligibilityProblem::Kind::population_below_minimum, city.population, *rule.min_population, {}});
    if (!rule.countries.empty() &&
        std::find(rule.countries.begin(), rule.countries.end(), city.country) == rule.countries.end())
        out.push_back({EligibilityProblem::Kind::country_not_eligible, 0, 0, city.country});
    return out;
}

// True when `level` holds on its own (percent, required criteria, outcome rule,
// eligibility), ignoring the levels below it.
bool level_holds(const Level& level, const CriteriaSet& set, int percent, const std::vector<bool>& earned,
                 const std::vector<OutcomeResult>& outcomes, bool eligible) {
    if (!eligible || percent < level.min_percent) return false;
    for (const std::string& id : level.required) {
        const std::optional<std::size_t> i = set.index_of(id);
        if (!i || !earned[*i]) return false;
    }
    return !level.outcomes || outcomes_met(*level.outcomes, set, outcomes) >= level.outcomes->min_met;
}

// The highest level reached, levels being cumulative.
std::optional<std::size_t> highest_level(const CriteriaSet& set, int percent, const std::vector<bool>& earned,
                                         const std::vector<OutcomeResult>& outcomes, bool eligible) {
    std::optional<std::size_t> level;
    for (std::size_t i = 0; i < set.levels.size(); ++i) {
        if (!level_holds(set.levels[i], set, percent, earned, outcomes, eligible)) break;
        level = i;
    }
    return level;
}

int sum_points(const CriteriaSet& set, const std::vector<bool>& earned) {
    int points = 0;
    for (std::size_t i = 0; i < set.criteria.size(); ++i)
        if (earned[i]) points += set.criteria[i].points;
    return points;
}

}  // namespace

Evaluation evaluate(const CriteriaSet& set, const Assessment& a) {
    Evaluation e;
    const std::size_t n = set.criteria.size();
    std::vector<std::optional<Answer>> answers(n);
    std::vector<bool> counted(n);
    for (const Response& r : a.responses)
        if (const std::optional<std::size_t> i = set.index_of(r.criterion)) answers[*i] = r.answer;
    std::vector<Status> statuses(n);
    for (std::size_t i = 0; i < n; ++i) {
        counted[i] = is_counted(set.criteria[i], a.assessed_on);
        statuses[i] = status_of(answers[i]);
    }
    const PrerequisiteGraph graph = prerequisite_graph(set);
    const std::vector<bool> earned = earned_criteria(graph, statuses, counted);

    e.criteria.resize(n);
    for (const Practice& p : set.practices) e.practices.push_back({p.id, 0, 0, {}});
    for (std::size_t i = 0; i < n; ++i) {
        const Criterion& c = set.criteria[i];
        CriterionResult& r = e.criteria[i];
        r.answer = answers[i];
        r.counted = counted[i];
        r.earned = earned[i];
        r.status = (statuses[i] == Status::met && counted[i] && !earned[i]) ? Status::blocked : statuses[i];
        r.points = earned[i] ? c.points : 0;
        if (!counted[i]) continue;
        e.points += r.points;
        e.max_points += c.points;
        if (c.equity) {
            e.equity_points += r.points;
            e.equity_max_points += c.points;
        }
        for (std::size_t k = 0; k < set.practices.size(); ++k) {
            if (set.practices[k].id != c.practice) continue;
            e.practices[k].points += r.points;
            e.practices[k].max_points += c.points;
            ++e.practices[k].counts[r.status];
        }
    }
    e.percent = round_percent(e.points, e.max_points);
    e.equity_percent = round_percent(e.equity_points, e.equity_max_points);
    for (const Outcome& o : set.outcomes) e.outcomes.push_back(judge_outcome(o, a));
    e.eligibility_problems = eligibility_problems(set.eligibility, a.city);
    e.level = highest_level(set, e.percent, earned, e.outcomes, e.eligible());

    // The projected level: every in_progress and planned answer met.
    std::vector<Status> projected = statuses;
    for (Status& s : projected)
        if (s == Status::in_progress || s == Status::planned) s = Status::met;
    const std::vector<bool> projected_earned = earned_criteria(graph, projected, counted);
    e.projected_points = sum_points(set, projected_earned);
    e.projected_percent = round_percent(e.projected_points, e.max_points);
    e.projected_level = highest_level(set, e.projected_percent, projected_earned, e.outcomes, e.eligible());
    return e;
}

}  // namespace wwc

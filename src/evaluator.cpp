#include "evaluator.hpp"

#include <algorithm>
#include <functional>

#include <fmt/format.h>

namespace wwc {

int round_percent(int points, int max_points) {
    if (max_points <= 0) return 0;
    // Half up, in integers: floor((200 * points + max) / (2 * max)).
    return static_cast<int>((200LL * points + max_points) / (2LL * max_points));
}

int points_needed(int min_percent, int max_points) {
    for (int p = 0; p <= max_points; ++p)
        if (round_percent(p, max_points) >= min_percent) return p;
    return max_points + 1;
}

std::vector<bool> earned_criteria(const CriteriaSet& set, const std::vector<Status>& answers,
                                  const std::vector<bool>& counted) {
    const std::size_t n = set.criteria.size();
    std::vector<int> state(n, 0);  // 0 unknown, 1 earned, 2 not earned
    // Prerequisites form a DAG (the loader rejects cycles), so recursion ends.
    std::function<bool(std::size_t)> earned = [&](std::size_t i) {
        if (state[i] == 0) {
            bool ok = counted[i] && answers[i] == Status::met;
            for (const std::string& p : set.criteria[i].prerequisites) {
                if (!ok) break;
                const int j = set.index_of(p);
                if (j >= 0 && counted[static_cast<std::size_t>(j)]) ok = earned(static_cast<std::size_t>(j));
            }
            state[i] = ok ? 1 : 2;
        }
        return state[i] == 1;
    };
    std::vector<bool> out(n);
    for (std::size_t i = 0; i < n; ++i) out[i] = earned(i);
    return out;
}

int outcomes_met(const OutcomeRule& rule, const CriteriaSet& set, const std::vector<OutcomeResult>& outcomes) {
    int met = 0;
    for (const std::string& id : rule.of)
        for (std::size_t i = 0; i < set.outcomes.size(); ++i)
            if (set.outcomes[i].id == id && outcomes[i].meets) ++met;
    return met;
}

bool level_holds(const Level& level, const CriteriaSet& set, int percent, const std::vector<bool>& earned,
                 const std::vector<OutcomeResult>& outcomes, bool eligible) {
    if (!eligible || percent < level.min_percent) return false;
    for (const std::string& id : level.required) {
        const int i = set.index_of(id);
        if (i < 0 || !earned[static_cast<std::size_t>(i)]) return false;
    }
    return !level.outcomes || outcomes_met(*level.outcomes, set, outcomes) >= level.outcomes->min_met;
}

namespace {

OutcomeResult judge_outcome(const Outcome& standard, const Assessment& a) {
    OutcomeResult r{standard.id};
    const OutcomeReport* report = a.outcome(standard.id);
    if (!report) return r;
    r.reported = true;
    if (report->value && standard.at_most) r.meets = *report->value <= *standard.at_most;
    if (report->value && standard.at_least) r.meets = *report->value >= *standard.at_least;
    if (standard.attestation && report->attested && !report->evidence.empty()) r.meets = true;
    return r;
}

void check_eligibility(const Eligibility& rule, const City& city, Evaluation& e) {
    if (rule.min_population && city.population < *rule.min_population)
        e.eligibility_problems.push_back(
            fmt::format("population {} is below the minimum of {}", city.population, *rule.min_population));
    if (!rule.countries.empty() &&
        std::find(rule.countries.begin(), rule.countries.end(), city.country) == rule.countries.end())
        e.eligibility_problems.push_back(fmt::format("country {} is not in the eligible region", city.country));
    e.eligible = e.eligibility_problems.empty();
}

// The highest level reached, levels being cumulative.
int highest_level(const CriteriaSet& set, int percent, const std::vector<bool>& earned,
                  const std::vector<OutcomeResult>& outcomes, bool eligible) {
    int level = -1;
    for (std::size_t i = 0; i < set.levels.size(); ++i) {
        if (!level_holds(set.levels[i], set, percent, earned, outcomes, eligible)) break;
        level = static_cast<int>(i);
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
    std::vector<Status> answers(n, Status::unanswered);
    std::vector<bool> counted(n);
    for (const Response& r : a.responses) {
        const int i = set.index_of(r.criterion);
        if (i >= 0) answers[static_cast<std::size_t>(i)] = r.status;
    }
    for (std::size_t i = 0; i < n; ++i) counted[i] = is_counted(set.criteria[i], a.assessed_on);
    const std::vector<bool> earned = earned_criteria(set, answers, counted);

    e.criteria.resize(n);
    for (const Practice& p : set.practices) e.practices.push_back({p.id});
    for (std::size_t i = 0; i < n; ++i) {
        const Criterion& c = set.criteria[i];
        CriterionResult& r = e.criteria[i];
        r.answer = answers[i];
        r.counted = counted[i];
        r.earned = earned[i];
        r.status = (answers[i] == Status::met && counted[i] && !earned[i]) ? Status::blocked : answers[i];
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
            ++e.practices[k].counts[static_cast<int>(r.status)];
        }
    }
    e.percent = round_percent(e.points, e.max_points);
    e.equity_percent = round_percent(e.equity_points, e.equity_max_points);
    for (const Outcome& o : set.outcomes) e.outcomes.push_back(judge_outcome(o, a));
    check_eligibility(set.eligibility, a.city, e);
    e.level = highest_level(set, e.percent, earned, e.outcomes, e.eligible);

    std::vector<Status> projected = answers;
    for (Status& s : projected)
        if (s == Status::in_progress || s == Status::planned) s = Status::met;
    const std::vector<bool> projected_earned = earned_criteria(set, projected, counted);
    e.projected_points = sum_points(set, projected_earned);
    e.projected_level = highest_level(set, round_percent(e.projected_points, e.max_points), projected_earned,
                                      e.outcomes, e.eligible);
    return e;
}

}  // namespace wwc

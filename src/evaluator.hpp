#pragma once
// The evaluator: pure functions from a criteria set and an assessment to a score.
// No I/O, no YAML, no printing.

#include <string>
#include <vector>

#include "assessment.hpp"
#include "criteria.hpp"

namespace wwc {

struct CriterionResult {
    Status answer = Status::unanswered;  ///< as answered (met, not_met, in_progress, planned, unanswered)
    Status status = Status::unanswered;  ///< as evaluated: a met with an unearned prerequisite is blocked
    bool counted = true;                 ///< false for retired and not yet effective criteria
    bool earned = false;
    int points = 0;                      ///< points earned
};

struct PracticeResult {
    std::string id;
    int points = 0;
    int max_points = 0;
    int counts[6] = {};  ///< counted criteria per Status
};

struct OutcomeResult {
    std::string id;
    bool reported = false;
    bool meets = false;
};

struct Evaluation {
    std::vector<CriterionResult> criteria;  ///< parallel to CriteriaSet::criteria
    std::vector<PracticeResult> practices;  ///< parallel to CriteriaSet::practices
    std::vector<OutcomeResult> outcomes;    ///< parallel to CriteriaSet::outcomes
    int points = 0;
    int max_points = 0;
    int percent = 0;
    int equity_points = 0;
    int equity_max_points = 0;
    int equity_percent = 0;
    bool eligible = true;
    std::vector<std::string> eligibility_problems;
    int level = -1;            ///< index into CriteriaSet::levels, -1 for none
    int projected_level = -1;  ///< the level if every in_progress and planned answer were met
    int projected_points = 0;
};

/// Scores `assessment` under `set` (the set it answers, after any crosswalk).
Evaluation evaluate(const CriteriaSet& set, const Assessment& assessment);

/// 100 * points / max_points rounded half up; 0 when max_points is 0.
int round_percent(int points, int max_points);

/// The fewest points whose percent reaches `min_percent`, or max_points + 1 when none does.
int points_needed(int min_percent, int max_points);

/// Which criteria are earned when each criterion is answered as in `answers`:
/// met, with every counted prerequisite earned.
std::vector<bool> earned_criteria(const CriteriaSet& set, const std::vector<Status>& answers,
                                  const std::vector<bool>& counted);

/// True when `level` holds on its own (percent, required criteria, outcome rule,
/// eligibility), ignoring the levels below it.
bool level_holds(const Level& level, const CriteriaSet& set, int percent, const std::vector<bool>& earned,
                 const std::vector<OutcomeResult>& outcomes, bool eligible);

/// How many outcomes named by `rule` meet their standard.
int outcomes_met(const OutcomeRule& rule, const CriteriaSet& set, const std::vector<OutcomeResult>& outcomes);

}  // namespace wwc

#pragma once
// What the evaluator finds: per criterion, practice and outcome, the points,
// eligibility and the level reached. Facts only; the report layer words them.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "model/status.hpp"

namespace wwc {

struct CriterionResult {
    std::optional<Answer> answer;        ///< as answered; nullopt when unanswered
    Status status = Status::unanswered;  ///< as evaluated: a met with an unearned prerequisite is blocked
    bool counted = true;                 ///< false for retired and not yet effective criteria
    bool earned = false;
    int points = 0;                      ///< points earned
};

struct PracticeResult {
    std::string id;
    int points = 0;
    int max_points = 0;
    StatusCounts counts;  ///< counted criteria per status
};

struct OutcomeResult {
    std::string id;
    bool reported = false;
    bool meets = false;          ///< meets `standard`
    std::size_t standard = 0;    ///< index into Outcome::standards: the one the report names, else the default
    bool named = false;          ///< the report names its standard
    bool interim = false;        ///< `standard` is an interim target
    bool meets_default = false;  ///< the report meets the outcome's default standard too
};

/// Why a city is not eligible, with the numbers that decide it.
struct EligibilityProblem {
    enum class Kind { population_below_minimum, country_not_eligible };
    Kind kind = Kind::population_below_minimum;
    long long population = 0;
    long long minimum = 0;
    std::string country;
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
    std::vector<EligibilityProblem> eligibility_problems;
    std::optional<std::size_t> level;            ///< index into CriteriaSet::levels
    std::optional<std::size_t> projected_level;  ///< the level if every in_progress and planned answer were met
    int projected_points = 0;
    int projected_percent = 0;

    bool eligible() const { return eligibility_problems.empty(); }
};

}  // namespace wwc

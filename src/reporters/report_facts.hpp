#pragma once
// Facts several reporters phrase the same way.

#include <string>
#include <string_view>
#include <vector>

#include "../assessment.hpp"
#include "../criteria.hpp"
#include "../evaluator.hpp"
#include "../gap_analysis.hpp"

namespace wwc {

/// "1 criterion", "2 criteria"; `many` defaults to `one` + "s".
std::string plural(std::size_t n, std::string_view one, std::string_view many = {});

/// "1 criterion", "5 criteria".
std::string criteria_count(std::size_t n);

/// A level's id, or "" for -1.
std::string level_id(const CriteriaSet& set, int level);

/// A level's display name, or "none" for -1.
std::string level_name(const CriteriaSet& set, int level);

/// The percent and points range of a level: [min, max] inclusive.
struct Band {
    int min_percent = 0;
    int max_percent = 100;
    int min_points = 0;
    int max_points = 0;
};
Band level_band(const CriteriaSet& set, int level, int max_points);

/// "at most 10 ug/m3", "at least 75 percent", "attested with evidence".
std::string describe_standard(const Outcome& outcome);

/// What the city reported for an outcome: "6.9 ug/m3 (2022)", "attested (goal 11)", "not reported".
std::string describe_report(const Outcome& outcome, const OutcomeReport* report);

/// The ids of the criteria at `indices`, joined by ", ".
std::string criterion_ids(const CriteriaSet& set, const std::vector<int>& indices);

/// What stands between a city and `gap`'s level, one phrase each ("5 points short",
/// "required not earned: DM1", ...); empty when nothing does.
std::vector<std::string> gap_reasons(const CriteriaSet& set, const LevelGap& gap);

}  // namespace wwc

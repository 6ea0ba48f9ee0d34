#pragma once
// Points and percent, as the scoring rules define them (docs/criteria-format.md).

#include <cstddef>

#include "model/criteria.hpp"

namespace wwc {

/// 100 * points / max_points rounded half up; 0 when max_points is 0.
int round_percent(int points, int max_points);

/// The fewest points whose percent reaches `min_percent`, or max_points + 1 when none does.
int points_needed(int min_percent, int max_points);

/// The points of the criteria that count for some assessment: neither retired
/// nor future.
int points_counted_now(const CriteriaSet& set);

/// The percent and points range of a level: [min, max] inclusive.
struct Band {
    int min_percent = 0;
    int max_percent = 100;
    int min_points = 0;
    int max_points = 0;
};

/// The band of level `level` of `set` out of `max_points`.
Band level_band(const CriteriaSet& set, std::size_t level, int max_points);

}  // namespace wwc

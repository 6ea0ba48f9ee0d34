#pragma once
// What stands between a city and each level above its own, and the shortest road
// there. Pure functions over plain data.

#include <vector>

#include "model/criteria.hpp"
#include "model/evaluation.hpp"
#include "model/level_gap.hpp"

namespace wwc {

/// One entry per level above the city's level, lowest first.
std::vector<LevelGap> analyse_gaps(const CriteriaSet& set, const Evaluation& evaluation);

}  // namespace wwc

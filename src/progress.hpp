#pragma once
// A city's progress between two assessments scored under one criteria set.

#include <string>
#include <vector>

#include "criteria.hpp"
#include "evaluator.hpp"

namespace wwc {

struct StatusChange {
    int criterion = -1;
    Status before = Status::unanswered;
    Status after = Status::unanswered;
};

struct PracticeProgress {
    std::string id;
    int points_before = 0;
    int points_after = 0;
    int max_points = 0;
};

struct Progress {
    int level_before = -1;
    int level_after = -1;
    int points_before = 0;
    int points_after = 0;
    int max_points = 0;
    int percent_before = 0;
    int percent_after = 0;
    std::vector<int> gained;               ///< earned now, not before
    std::vector<int> lost;                 ///< earned before, not now
    std::vector<StatusChange> changes;     ///< every status change, in criteria order
    std::vector<PracticeProgress> practices;
};

/// Compares two evaluations of assessments under `set`.
Progress compare_progress(const CriteriaSet& set, const Evaluation& before, const Evaluation& after);

}  // namespace wwc

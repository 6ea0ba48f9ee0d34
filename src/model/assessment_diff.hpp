#pragma once
// A city's progress between two assessments scored under one criteria set.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "model/criteria.hpp"
#include "model/status.hpp"

namespace wwc {

struct StatusChange {
    std::size_t criterion = 0;
    Status before = Status::unanswered;
    Status after = Status::unanswered;
};

struct PracticeProgress {
    std::string id;
    int points_before = 0;
    int points_after = 0;
    int max_points = 0;
};

struct AssessmentDiff {
    std::optional<std::size_t> level_before;
    std::optional<std::size_t> level_after;
    int points_before = 0;
    int points_after = 0;
    int max_points = 0;
    int percent_before = 0;
    int percent_after = 0;
    std::vector<std::size_t> gained;       ///< earned now, not before
    std::vector<std::size_t> lost;         ///< earned before, not now
    std::vector<StatusChange> changes;     ///< every status change, in criteria order
    std::vector<PracticeProgress> practices;
};

/// A diff with what its report names: the set both were scored under and the files.
struct AssessmentDiffReport {
    const CriteriaSet* set = nullptr;
    AssessmentDiff diff;
    std::string before_path;
    std::string after_path;
    std::string before_estimated_from;  ///< the set OLD answers when mapped through a crosswalk, else ""
};

}  // namespace wwc

#pragma once
// `history`: each city's assessments over time, each scored, and what changed
// from one to the next. Facts only; the report layer words them.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "model/run.hpp"
#include "model/scored_assessment.hpp"

namespace wwc {

/// What changed from one assessment of a city to the next.
struct HistoryStep {
    Change level = Change::same;  ///< by rank in each set (no level below any level)
    int percent_change = 0;
    bool same_set = false;        ///< both scored under one criteria set (same id and file): criteria compare
    int points_change = 0;        ///< when same_set
    std::vector<std::size_t> gained;  ///< when same_set: criteria earned now, not before (index into the set)
    std::vector<std::size_t> lost;    ///< when same_set: criteria earned before, not now
};

/// One assessment in a city's trajectory.
struct HistoryEntry {
    std::size_t file = 0;               ///< index into History::files; that file was scored
    std::optional<HistoryStep> step;    ///< from the entry before; nullopt for the first
};

/// One city (its name and country) and its assessments, oldest first by
/// `assessed_on`, files of one date in argument order.
struct CityHistory {
    std::string name;
    std::string country;
    std::vector<HistoryEntry> entries;
};

/// Every file of a `history` run and the trajectories of those scored.
struct History {
    std::string criteria;             ///< the --criteria every file was scored under; "" for each its own
    std::vector<FileReport> files;    ///< in argument order, scored or not (then `diagnostics` says why)
    std::vector<CityHistory> cities;  ///< in order of first appearance

    const ScoredAssessment& scored(const HistoryEntry& entry) const { return *files[entry.file].scored; }
};

}  // namespace wwc

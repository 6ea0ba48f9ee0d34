#pragma once
// One file's line of a batch, and the counts over a whole batch.

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/diagnostics.hpp"

namespace wwc {

/// What a batch scores with, as its report's heading says.
struct BatchHeader {
    std::string criteria;  ///< the --criteria value; "" for the set each file answers
    std::string compare;   ///< the --compare value; "" without one
};

/// One file's result under one criteria set.
struct BatchScore {
    std::string criteria;
    std::optional<std::size_t> level;  ///< index of the level in its set
    std::string level_id;              ///< "" when none
    int points = 0;
    int max_points = 0;
    int percent = 0;
    bool estimate = false;             ///< mapped through a crosswalk
};

/// How a file's level under --compare stands against its first score.
enum class Change { up, down, same };

struct BatchRow {
    std::string file;
    std::string city;
    std::optional<BatchScore> score;
    std::optional<BatchScore> compare;
    std::optional<Change> change;      ///< set when both scores are
    std::optional<Diagnostic> error;   ///< the first error
};

/// Files per level under one set: level id ("" for none) and the count, by level index.
using LevelCounts = std::map<std::optional<std::size_t>, std::pair<std::string, int>>;

/// Counts over a batch, added to row by row: changes, errors, files per level.
struct BatchSummary {
    int files = 0;
    int up = 0;
    int down = 0;
    int same = 0;
    int errors = 0;
    std::string compare_criteria;  ///< the --compare set, "" without one
    LevelCounts levels;
    LevelCounts compare_levels;    ///< the same under --compare
    bool keep_movers = false;      ///< whether add() keeps `movers`
    std::vector<BatchRow> movers;  ///< rows whose level changes under --compare, in input order

    void add(const BatchRow& row);
};

}  // namespace wwc

#pragma once
// Scoring many assessment files at once, in parallel, in a stable order.

#include <functional>
#include <string>
#include <vector>

#include "criteria_catalog.hpp"

namespace wwc {

struct BatchOptions {
    std::string criteria;  ///< bundled id or path; empty: the set each file answers
    std::string compare;   ///< a second set to score every file with; empty: none
    std::size_t max_file_size = 0;
    unsigned jobs = 1;
    std::string as_of;     ///< date evidence is judged against
};

/// One file's result under one criteria set.
struct BatchScore {
    std::string criteria;
    std::string level;     ///< level id, "" when none
    int level_rank = -1;   ///< index of the level, -1 when none
    int points = 0;
    int max_points = 0;
    int percent = 0;
    bool estimate = false; ///< mapped through a crosswalk
};

struct BatchRow {
    std::string file;
    std::string city;
    bool scored = false;   ///< `score` holds a result
    BatchScore score;
    bool compared = false; ///< `compare` holds a result
    BatchScore compare;
    std::string change;    ///< up, down, same, or "" without a comparison
    std::string error;     ///< the first error, "" when none
};

/// Every *.yaml and *.yml file under `paths` (a file named directly is taken
/// whatever its name), sorted and without repeats. A path that does not exist
/// becomes an error row in `missing`.
std::vector<std::string> find_assessments(const std::vector<std::string>& paths, std::vector<BatchRow>& missing);

/// Called after each file with the number done and the total, one call at a time.
using BatchProgress = std::function<void(std::size_t done, std::size_t total)>;

/// Scores `files` on `options.jobs` threads; rows in the order of `files`.
/// A bad file is an error row, never an exception.
std::vector<BatchRow> score_batch(const std::vector<std::string>& files, CriteriaCatalog& catalog,
                                  const BatchOptions& options, const BatchProgress& progress = nullptr);

/// Counts over a batch: changes, errors, and files per level for each set.
struct BatchSummary {
    int files = 0;
    int up = 0;
    int down = 0;
    int same = 0;
    int errors = 0;
    std::vector<std::pair<std::string, int>> levels;          ///< files per level ("none" first)
    std::vector<std::pair<std::string, int>> compare_levels;  ///< the same under --compare
};

BatchSummary summarise(const std::vector<BatchRow>& rows);

}  // namespace wwc

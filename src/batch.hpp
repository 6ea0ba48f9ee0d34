#pragma once
// Scoring many assessment files at once, in parallel, streamed in a stable order.

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <utility>
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

/// The paths of a batch, sorted, without repeats: files to score, and paths that
/// could not be searched (with an error). All paths share one buffer, so that a
/// batch of many files stays small.
class BatchInputs {
public:
    void add(std::string_view path, std::string error = {});
    /// Sorts by path and drops repeats; call once, after the last add().
    void sort();

    std::size_t size() const { return starts_.size(); }
    std::string_view path(std::size_t i) const;
    /// The error of a path that could not be searched, or nullptr.
    const std::string* error(std::size_t i) const;

private:
    std::string text_;                    // every path, each followed by '\0'
    std::vector<std::uint32_t> starts_;   // where each path starts in text_
    std::vector<std::pair<std::string, std::string>> errors_;  // path, error; sorted by sort()
};

/// Every *.yaml and *.yml file under `paths` (a file named directly is taken
/// whatever its name), and every path that does not exist.
BatchInputs find_assessments(const std::vector<std::string>& paths);

/// Receives rows in the order of the inputs, one call at a time.
using BatchSink = std::function<void(const BatchRow&)>;

/// Called after each file with the number done and the total, one call at a time.
using BatchProgress = std::function<void(std::size_t done, std::size_t total)>;

/// Scores `inputs` on `options.jobs` threads and hands each row to `sink` in
/// input order as soon as the rows before it are done, so memory stays flat
/// whatever the number of files. A bad file is an error row, never an exception.
void score_batch(const BatchInputs& inputs, CriteriaCatalog& catalog, const BatchOptions& options,
                 const BatchSink& sink, const BatchProgress& progress = nullptr);

/// Counts over a batch, added to row by row: changes, errors, files per level.
struct BatchSummary {
    int files = 0;
    int up = 0;
    int down = 0;
    int same = 0;
    int errors = 0;
    std::string compare_criteria;  ///< the --compare set, "" without one
    std::map<int, std::pair<std::string, int>> levels;          ///< level rank -> (id or "none", files)
    std::map<int, std::pair<std::string, int>> compare_levels;  ///< the same under --compare
    bool keep_movers = false;      ///< whether add() keeps `movers`
    std::vector<BatchRow> movers;  ///< rows whose level changes under --compare, in input order

    void add(const BatchRow& row);
};

}  // namespace wwc

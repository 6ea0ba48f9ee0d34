#pragma once
// A run of `score`, `check` or `batch`: what became of each file, and the
// counts over the whole run that its report and its exit code need.

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/diagnostics.hpp"
#include "model/scored_assessment.hpp"

namespace wwc {

/// How a file's level under --compare stands against its first score; how a
/// city's level moved from one assessment to the next (history).
enum class Change { up, down, same };

/// "up", "down", "same": the id in files (CSV, JSON).
std::string_view change_id(Change change);

/// What became of one file: scored (and, under --compare, scored again), or
/// only checked, or stopped by its errors.
struct FileReport {
    std::string path;
    std::optional<ScoredAssessment> scored;
    std::optional<ScoredAssessment> compared;  ///< the same answers under --compare
    std::optional<Change> change;              ///< set when both are
    /// Problems beyond `scored`'s warnings: the errors that stopped the file
    /// (with the warnings found with them), `check`'s warnings, a --compare error.
    std::vector<Diagnostic> diagnostics;

    /// Every problem of the file: `scored`'s warnings, then `diagnostics`.
    std::vector<Diagnostic> all_diagnostics() const;
    /// What annotations show: every problem of a valid file, only the errors of
    /// an invalid one (its warnings are mostly consequences of its errors).
    std::vector<Diagnostic> notable_diagnostics() const;
    /// True when the file had no error.
    bool valid() const { return !has_errors(diagnostics); }
};

/// One line of a score: the set, the level, the points.
struct ScoreLine {
    std::string criteria;
    std::optional<std::size_t> level;  ///< index of the level in its set
    std::string level_id;              ///< "" when none
    int points = 0;
    int max_points = 0;
    int percent = 0;
    bool estimate = false;             ///< mapped through a crosswalk
};

/// The line of `result`.
ScoreLine score_line(const ScoredAssessment& result);

/// A file whose level changes under --compare, as the movers list shows it.
struct Mover {
    std::string file;
    std::string city;
    ScoreLine score;
    ScoreLine compare;
    Change change = Change::same;
};

/// What a run's report is told before the first file.
struct RunHeader {
    std::string criteria;       ///< the --criteria value; "" for the set each file answers
    std::string compare;        ///< the --compare value; "" without one
    bool one_file = false;      ///< one FILE argument: a JSON report is one object, not an array
    std::optional<std::string> require_level;  ///< the gate's level id, if any
    bool strict = false;        ///< --strict: a warning fails the run
};

/// Files at one level: the level as the set that scored the first of them
/// defines it (nullopt: no level), and how many.
struct LevelCount {
    std::optional<Level> level;
    int files = 0;
};

/// Files per level under one set, by level index.
using LevelCounts = std::map<std::optional<std::size_t>, LevelCount>;

/// Counts over a run, added to file by file; and, at the end, its exit code.
struct RunSummary {
    int files = 0;
    int errors = 0;        ///< files that could not be scored or checked
    int warnings = 0;
    int up = 0;
    int down = 0;
    int same = 0;
    int below_gate = 0;    ///< files below --require-level
    std::string compare_criteria;  ///< the --compare set's id, "" without one
    LevelCounts levels;
    LevelCounts compare_levels;
    bool keep_movers = false;      ///< whether add() keeps `movers`
    std::vector<Mover> movers;     ///< files whose level changes under --compare, in order
    int exit_code = 0;             ///< set once every file is in

    void add(const FileReport& file, const std::optional<std::size_t>& gate);
};

}  // namespace wwc

#pragma once
// The report formats of every command, as tables: a row is a name, a
// description and the function that renders it. `--help`, validation and
// "did you mean" read the same rows; a new format is one function and one row.

#include <cstddef>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/assessment_diff.hpp"
#include "model/criteria.hpp"
#include "model/criteria_diff.hpp"
#include "model/history.hpp"
#include "model/run.hpp"
#include "report/words.hpp"

namespace wwc {

/// What every renderer is told besides its facts.
struct RenderOptions {
    const Words& words;
    bool color = false;  ///< ANSI colour (text reports only)
};

/// One format of a command.
template <typename Render>
struct Format {
    std::string_view name;
    std::string_view description;  ///< an English template, shown translated
    Render render;
};

/// The row called `name`, or nullptr.
template <typename Render>
const Format<Render>* find_format(const std::vector<Format<Render>>& formats, std::string_view name) {
    for (const Format<Render>& f : formats)
        if (f.name == name) return &f;
    return nullptr;
}

/// The names of the rows, in table order.
template <typename Render>
std::vector<std::string> format_names(const std::vector<Format<Render>>& formats) {
    std::vector<std::string> names;
    for (const Format<Render>& f : formats) names.emplace_back(f.name);
    return names;
}

/// What a run's renderer is told, and what it may keep between its calls.
struct RunContext {
    RunHeader header;
    RenderOptions options;
    std::size_t index = 0;    ///< of the file being rendered, counting from 0
    std::size_t written = 0;  ///< bytes written so far
    std::size_t left_out = 0; ///< files a size-capped report left out
    std::size_t items = 0;    ///< items a streamed array holds so far
    /// Entries a report collects on the way to write at its end (a table of contents).
    std::vector<std::pair<std::string, std::string>> contents;
    /// How often a report has used each name so far (suite names, fingerprints), to keep them unique.
    std::map<std::string, std::size_t> names;
};

/// `score`, `check` and `batch`: written as the files come, so that a run
/// streams: what comes before the files, each file, and what follows them.
struct RunRender {
    std::string (*begin)(RunContext& context);
    std::string (*file)(const FileReport& file, RunContext& context);
    std::string (*end)(const RunSummary& summary, RunContext& context);
    bool lists_movers = false;  ///< `end` needs RunSummary::movers
};

using DiffRender = std::string (*)(const AssessmentDiffReport& report, const RenderOptions& options);
/// `history`: every city's trajectory.
using HistoryRender = std::string (*)(const History& history, const RenderOptions& options);
using CriteriaListRender = std::string (*)(const std::vector<std::shared_ptr<const CriteriaSet>>& sets,
                                           const RenderOptions& options);
using CriteriaShowRender = std::string (*)(const CriteriaSet& set, const RenderOptions& options);
/// `criteria show ID NAME`: one part of a set, a practice or a criterion (its index).
using CriteriaPartRender = std::string (*)(const CriteriaSet& set, std::size_t index, const RenderOptions& options);
using CriteriaDiffRender = std::string (*)(const CriteriaDiffReport& report, const RenderOptions& options);

const std::vector<Format<RunRender>>& score_formats();
const std::vector<Format<RunRender>>& check_formats();
const std::vector<Format<RunRender>>& batch_formats();
const std::vector<Format<DiffRender>>& diff_formats();
const std::vector<Format<HistoryRender>>& history_formats();
const std::vector<Format<CriteriaListRender>>& criteria_list_formats();
const std::vector<Format<CriteriaShowRender>>& criteria_show_formats();
const std::vector<Format<CriteriaPartRender>>& criteria_practice_formats();

/// `criteria show ID CRITERION`: one criterion explained (an index into CriteriaSet::criteria).
const std::vector<Format<CriteriaPartRender>>& criteria_criterion_formats();
const std::vector<Format<CriteriaDiffRender>>& criteria_diff_formats();

}  // namespace wwc

#pragma once
// The report formats of every command, as tables: a row is a name, a
// description and the function that renders it. `--help`, validation and
// "did you mean" read the same rows; a new format is one function and one row.

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "model/assessment_diff.hpp"
#include "model/batch_row.hpp"
#include "model/criteria.hpp"
#include "model/criteria_diff.hpp"
#include "model/scored_assessment.hpp"
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

/// `score`: the files of one run, in argument order.
using ScoreRender = std::string (*)(const std::vector<FileReport>& files, const RenderOptions& options);

/// `batch`: written as the rows come, so that a batch streams: what comes
/// before the rows, each row (`index` counts from 0), and what follows them.
struct BatchRender {
    std::string (*begin)(const BatchHeader& header, const RenderOptions& options);
    std::string (*row)(const BatchRow& row, std::size_t index, const RenderOptions& options);
    std::string (*end)(const BatchSummary& summary, const RenderOptions& options);
    bool lists_movers = false;  ///< `end` needs BatchSummary::movers
};

using DiffRender = std::string (*)(const AssessmentDiffReport& report, const RenderOptions& options);
using CriteriaListRender = std::string (*)(const std::vector<std::shared_ptr<const CriteriaSet>>& sets,
                                           const RenderOptions& options);
using CriteriaShowRender = std::string (*)(const CriteriaSet& set, const RenderOptions& options);
using CriteriaDiffRender = std::string (*)(const CriteriaDiffReport& report, const RenderOptions& options);

const std::vector<Format<ScoreRender>>& score_formats();
const std::vector<Format<BatchRender>>& batch_formats();
const std::vector<Format<DiffRender>>& diff_formats();
const std::vector<Format<CriteriaListRender>>& criteria_list_formats();
const std::vector<Format<CriteriaShowRender>>& criteria_show_formats();
const std::vector<Format<CriteriaDiffRender>>& criteria_diff_formats();

}  // namespace wwc

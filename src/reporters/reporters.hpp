#pragma once
// Report formats: pure functions from scored assessments to text, in one table.

#include <string>
#include <string_view>
#include <vector>

#include "../scoring.hpp"

namespace wwc {

struct RenderOptions {
    bool color = false;  ///< ANSI colour (text format only)
};

using RenderOne = std::string (*)(const ScoredAssessment&, const RenderOptions&);
using RenderMany = std::string (*)(const std::vector<ScoredAssessment>&, const RenderOptions&);

/// One report format. `render_many` joins several results; nullptr: concatenate.
struct ReportFormat {
    std::string_view name;
    std::string_view description;
    RenderOne render;
    RenderMany render_many;
};

/// Every report format, in the order `--help` lists them.
const std::vector<ReportFormat>& report_formats();

/// The format called `name`, or nullptr.
const ReportFormat* find_report_format(std::string_view name);

/// Renders `results` in `format`: one document for one result, joined for several.
std::string render_report(const ReportFormat& format, const std::vector<ScoredAssessment>& results,
                          const RenderOptions& options);

std::string render_text(const ScoredAssessment& result, const RenderOptions& options);
std::string render_json(const ScoredAssessment& result, const RenderOptions& options);
std::string render_json_array(const std::vector<ScoredAssessment>& results, const RenderOptions& options);

}  // namespace wwc

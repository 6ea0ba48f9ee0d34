#pragma once
// Report formats: pure functions from scored assessments to text, in one table.

#include <string>
#include <string_view>
#include <vector>

#include "../scoring.hpp"

namespace wwc {

struct RenderOptions {
    bool color = false;  ///< ANSI colour (text format only)
    /// Errors of the files that could not be scored, for the formats that report
    /// them (`reports_errors`).
    std::vector<Diagnostic> errors;
};

using RenderOne = std::string (*)(const ScoredAssessment&, const RenderOptions&);
using RenderMany = std::string (*)(const std::vector<ScoredAssessment>&, const RenderOptions&);

/// One report format. `render_many` joins several results; nullptr: concatenate.
/// A format that `reports_errors` is rendered by `render_many` even for one
/// result or none, and shows RenderOptions::errors.
struct ReportFormat {
    std::string_view name;
    std::string_view description;
    RenderOne render;
    RenderMany render_many;
    bool reports_errors = false;
};

/// Every report format, in the order `--help` lists them.
const std::vector<ReportFormat>& report_formats();

/// The format called `name`, or nullptr.
const ReportFormat* find_report_format(std::string_view name);

/// Renders `results` in `format`: one document for one result, joined for several;
/// "" when there is nothing the format shows.
std::string render_report(const ReportFormat& format, const std::vector<ScoredAssessment>& results,
                          const RenderOptions& options);

std::string render_text(const ScoredAssessment& result, const RenderOptions& options);
std::string render_json(const ScoredAssessment& result, const RenderOptions& options);
std::string render_json_array(const std::vector<ScoredAssessment>& results, const RenderOptions& options);

/// GitHub task lists grouped by practice, for a pull-request comment.
std::string render_markdown(const ScoredAssessment& result, const RenderOptions& options);
/// A JUnit XML <testsuites> document with one <testsuite>.
std::string render_junit(const ScoredAssessment& result, const RenderOptions& options);
/// A JUnit XML <testsuites> document with one <testsuite> per result.
std::string render_junit_many(const std::vector<ScoredAssessment>& results, const RenderOptions& options);
/// A SARIF 2.1.0 log with one run.
std::string render_sarif(const ScoredAssessment& result, const RenderOptions& options);
/// A SARIF 2.1.0 log with one run holding the results of every assessment.
std::string render_sarif_many(const std::vector<ScoredAssessment>& results, const RenderOptions& options);
/// GitHub Actions workflow commands: warnings, a summary notice, errors for missing required criteria.
std::string render_github_many(const std::vector<ScoredAssessment>& results, const RenderOptions& options);
std::string render_github(const ScoredAssessment& result, const RenderOptions& options);
/// One self-contained HTML page: charts, the gap, the roadmap and every criterion.
std::string render_html(const ScoredAssessment& result, const RenderOptions& options);
/// One HTML page with a report per result and a list linking to each.
std::string render_html_many(const std::vector<ScoredAssessment>& results, const RenderOptions& options);
/// A CSV header and one summary row.
std::string render_csv(const ScoredAssessment& result, const RenderOptions& options);
/// A CSV header and one summary row per result.
std::string render_csv_many(const std::vector<ScoredAssessment>& results, const RenderOptions& options);

}  // namespace wwc

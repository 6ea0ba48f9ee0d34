#pragma once
// The render functions of the format tables (formats.cpp), one file per format
// and command, grouped in folders by command (run/: those score, check and
// batch share). Only the tables call them.

#include <memory>
#include <string>
#include <vector>

#include "report/formats.hpp"

namespace wwc {

// score, check and batch alike (run/)
std::string json_begin(RunContext& context);
std::string json_file(const FileReport& file, RunContext& context);
std::string check_json_file(const FileReport& file, RunContext& context);
std::string json_end(const RunSummary& summary, RunContext& context);
std::string junit_begin(RunContext& context);
std::string junit_file(const FileReport& file, RunContext& context);
std::string junit_end(const RunSummary& summary, RunContext& context);
std::string sarif_begin(RunContext& context);
std::string sarif_file(const FileReport& file, RunContext& context);
std::string sarif_end(const RunSummary& summary, RunContext& context);
std::string github_file(const FileReport& file, RunContext& context);
std::string gitlab_begin(RunContext& context);
std::string gitlab_file(const FileReport& file, RunContext& context);
std::string gitlab_end(const RunSummary& summary, RunContext& context);

// score
std::string score_text_file(const FileReport& file, RunContext& context);
std::string score_markdown_file(const FileReport& file, RunContext& context);
std::string score_csv_begin(RunContext& context);
std::string score_csv_file(const FileReport& file, RunContext& context);
std::string score_html_begin(RunContext& context);
std::string score_html_file(const FileReport& file, RunContext& context);
std::string score_html_end(const RunSummary& summary, RunContext& context);

// check
std::string check_text_end(const RunSummary& summary, RunContext& context);

// batch
std::string batch_text_file(const FileReport& file, RunContext& context);
std::string batch_text_end(const RunSummary& summary, RunContext& context);
std::string batch_csv_begin(RunContext& context);
std::string batch_csv_file(const FileReport& file, RunContext& context);
std::string batch_html_begin(RunContext& context);
std::string batch_html_file(const FileReport& file, RunContext& context);
std::string batch_html_end(const RunSummary& summary, RunContext& context);
std::string batch_markdown_begin(RunContext& context);
std::string batch_markdown_file(const FileReport& file, RunContext& context);
std::string batch_markdown_end(const RunSummary& summary, RunContext& context);

// diff
std::string render_diff_text(const AssessmentDiffReport& report, const RenderOptions& options);
std::string render_diff_json(const AssessmentDiffReport& report, const RenderOptions& options);

// history
std::string render_history_text(const History& history, const RenderOptions& options);
std::string render_history_json(const History& history, const RenderOptions& options);
std::string render_history_markdown(const History& history, const RenderOptions& options);
std::string render_history_html(const History& history, const RenderOptions& options);

// criteria list, show and diff
std::string render_criteria_list_text(const std::vector<std::shared_ptr<const CriteriaSet>>& sets,
                                      const RenderOptions& options);
std::string render_criteria_list_json(const std::vector<std::shared_ptr<const CriteriaSet>>& sets,
                                      const RenderOptions& options);
std::string render_criteria_show_text(const CriteriaSet& set, const RenderOptions& options);
std::string render_criteria_show_json(const CriteriaSet& set, const RenderOptions& options);
std::string render_criteria_practice_text(const CriteriaSet& set, std::size_t practice, const RenderOptions& options);
std::string render_criteria_practice_json(const CriteriaSet& set, std::size_t practice, const RenderOptions& options);
std::string render_criteria_criterion_text(const CriteriaSet& set, std::size_t criterion, const RenderOptions& options);
std::string render_criteria_criterion_json(const CriteriaSet& set, std::size_t criterion, const RenderOptions& options);
std::string render_criteria_diff_text(const CriteriaDiffReport& report, const RenderOptions& options);
std::string render_criteria_diff_json(const CriteriaDiffReport& report, const RenderOptions& options);

}  // namespace wwc

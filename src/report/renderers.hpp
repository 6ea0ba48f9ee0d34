#pragma once
// The render functions of the format tables (formats.cpp), one file each,
// grouped by command. Only the tables call them.

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "report/formats.hpp"

namespace wwc {

// score
std::string render_text(const std::vector<FileReport>& files, const RenderOptions& options);
std::string render_json(const std::vector<FileReport>& files, const RenderOptions& options);
std::string render_markdown(const std::vector<FileReport>& files, const RenderOptions& options);
std::string render_junit(const std::vector<FileReport>& files, const RenderOptions& options);
std::string render_sarif(const std::vector<FileReport>& files, const RenderOptions& options);
std::string render_github(const std::vector<FileReport>& files, const RenderOptions& options);
std::string render_csv(const std::vector<FileReport>& files, const RenderOptions& options);
std::string render_html(const std::vector<FileReport>& files, const RenderOptions& options);

// batch
std::string batch_text_row(const BatchRow& row, std::size_t index, const RenderOptions& options);
std::string batch_text_end(const BatchSummary& summary, const RenderOptions& options);
std::string batch_csv_begin(const BatchHeader& header, const RenderOptions& options);
std::string batch_csv_row(const BatchRow& row, std::size_t index, const RenderOptions& options);
std::string batch_json_begin(const BatchHeader& header, const RenderOptions& options);
std::string batch_json_row(const BatchRow& row, std::size_t index, const RenderOptions& options);
std::string batch_json_end(const BatchSummary& summary, const RenderOptions& options);
std::string batch_html_begin(const BatchHeader& header, const RenderOptions& options);
std::string batch_html_row(const BatchRow& row, std::size_t index, const RenderOptions& options);
std::string batch_html_end(const BatchSummary& summary, const RenderOptions& options);

// diff
std::string render_diff_text(const AssessmentDiffReport& report, const RenderOptions& options);
std::string render_diff_json(const AssessmentDiffReport& report, const RenderOptions& options);

// criteria list, show and diff
std::string render_criteria_list_text(const std::vector<std::shared_ptr<const CriteriaSet>>& sets,
                                      const RenderOptions& options);
std::string render_criteria_list_json(const std::vector<std::shared_ptr<const CriteriaSet>>& sets,
                                      const RenderOptions& options);
std::string render_criteria_show_text(const CriteriaSet& set, const RenderOptions& options);
std::string render_criteria_show_json(const CriteriaSet& set, const RenderOptions& options);
std::string render_criteria_diff_text(const CriteriaDiffReport& report, const RenderOptions& options);
std::string render_criteria_diff_json(const CriteriaDiffReport& report, const RenderOptions& options);

}  // namespace wwc

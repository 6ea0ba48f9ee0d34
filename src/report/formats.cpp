#include "report/formats.hpp"

#include "report/renderers.hpp"

namespace wwc {

const std::vector<Format<ScoreRender>>& score_formats() {
    static const std::vector<Format<ScoreRender>> formats = {
        {"text", translatable("human-readable report (default)"), render_text},
        {"json", translatable("wwc-score-result/1 objects"), render_json},
        {"markdown", translatable("gap checklist as GitHub task lists, for a pull-request comment"), render_markdown},
        {"junit", translatable("JUnit XML: a test case per criterion, failures for what blocks the next level"),
         render_junit},
        {"sarif", translatable("SARIF 2.1.0: errors, warnings and the roadmap located in the assessment"), render_sarif},
        {"github", translatable("GitHub Actions workflow-command annotations"), render_github},
        {"csv", translatable("one summary row per assessment"), render_csv},
        {"html", translatable("one self-contained page with charts, the roadmap and every criterion"), render_html},
    };
    return formats;
}

namespace {

std::string nothing_before(const BatchHeader&, const RenderOptions&) { return {}; }
std::string nothing_after(const BatchSummary&, const RenderOptions&) { return {}; }

}  // namespace

const std::vector<Format<BatchRender>>& batch_formats() {
    static const std::vector<Format<BatchRender>> formats = {
        {"text", translatable("one line per file and a summary (default)"),
         {nothing_before, batch_text_row, batch_text_end}},
        {"csv", translatable("the columns of the CLI contract, one row per file"),
         {batch_csv_begin, batch_csv_row, nothing_after}},
        {"json", translatable("an array with one object per file"), {batch_json_begin, batch_json_row, batch_json_end}},
        {"html", translatable("one self-contained overview page: levels, movers, every file"),
         {batch_html_begin, batch_html_row, batch_html_end, true}},
    };
    return formats;
}

const std::vector<Format<DiffRender>>& diff_formats() {
    static const std::vector<Format<DiffRender>> formats = {
        {"text", translatable("levels, points, practices and every change (default)"), render_diff_text},
        {"json", translatable("a wwc-score-progress/1 object"), render_diff_json},
    };
    return formats;
}

const std::vector<Format<CriteriaListRender>>& criteria_list_formats() {
    static const std::vector<Format<CriteriaListRender>> formats = {
        {"text", translatable("one line per set (default)"), render_criteria_list_text},
        {"json", translatable("an array with one object per set"), render_criteria_list_json},
    };
    return formats;
}

const std::vector<Format<CriteriaShowRender>>& criteria_show_formats() {
    static const std::vector<Format<CriteriaShowRender>> formats = {
        {"text", translatable("practices, criteria, outcomes and levels (default)"), render_criteria_show_text},
        {"json", translatable("a wwc-score-criteria/1 object"), render_criteria_show_json},
    };
    return formats;
}

const std::vector<Format<CriteriaDiffRender>>& criteria_diff_formats() {
    static const std::vector<Format<CriteriaDiffRender>> formats = {
        {"text", translatable("one change per line, by section (default)"), render_criteria_diff_text},
        {"json", translatable("a wwc-score-criteria-diff/1 object"), render_criteria_diff_json},
    };
    return formats;
}

}  // namespace wwc

#include "report/formats.hpp"

#include "report/renderers.hpp"

namespace wwc {

namespace {

std::string nothing_before(RunContext&) { return {}; }
std::string nothing_for(const FileReport&, RunContext&) { return {}; }
std::string nothing_after(const RunSummary&, RunContext&) { return {}; }

// The formats score, check and batch share: one document over every file.
const RunRender json{json_begin, json_file, json_end};
const RunRender junit{junit_begin, junit_file, junit_end};
const RunRender sarif{sarif_begin, sarif_file, sarif_end};
const RunRender github{nothing_before, github_file, nothing_after};
const RunRender gitlab{gitlab_begin, gitlab_file, gitlab_end};

constexpr std::string_view json_text = translatable("wwc-score-result/1: an object for one file, else an array");
constexpr std::string_view junit_text =
    translatable("JUnit XML: a suite per file, a test case per criterion; failures below --require-level");
constexpr std::string_view sarif_text =
    translatable("SARIF 2.1.0: errors, warnings and the roadmap located in the assessments");
constexpr std::string_view github_text = translatable("GitHub Actions workflow-command annotations");
constexpr std::string_view gitlab_text = translatable("GitLab Code Quality: a JSON array of issues");

}  // namespace

const std::vector<Format<RunRender>>& score_formats() {
    static const std::vector<Format<RunRender>> formats = {
        {"text", translatable("human-readable report (default)"), {nothing_before, score_text_file, nothing_after}},
        {"json", json_text, json},
        {"markdown", translatable("gap checklist as GitHub task lists, for a pull-request comment"),
         {nothing_before, score_markdown_file, nothing_after}},
        {"junit", junit_text, junit},
        {"sarif", sarif_text, sarif},
        {"github", github_text, github},
        {"gitlab", gitlab_text, gitlab},
        {"csv", translatable("one summary row per assessment"), {score_csv_begin, score_csv_file, nothing_after}},
        {"html", translatable("one self-contained page with charts, the roadmap and every criterion"),
         {score_html_begin, score_html_file, score_html_end}},
    };
    return formats;
}

const std::vector<Format<RunRender>>& check_formats() {
    static const std::vector<Format<RunRender>> formats = {
        {"text", translatable("every problem on stderr, a count on stdout (default)"),
         {nothing_before, nothing_for, check_text_end}},
        {"json", translatable("wwc-score-check/1: an object for one file, else an array"),
         {json_begin, check_json_file, json_end}},
        {"sarif", sarif_text, sarif},
        {"github", github_text, github},
        {"gitlab", gitlab_text, gitlab},
        {"junit", translatable("JUnit XML: a suite per file, an error for an invalid file"), junit},
    };
    return formats;
}

const std::vector<Format<RunRender>>& batch_formats() {
    static const std::vector<Format<RunRender>> formats = {
        {"text", translatable("one line per file and a summary (default)"),
         {nothing_before, batch_text_file, batch_text_end}},
        {"csv", translatable("the columns of the CLI contract, one row per file"),
         {batch_csv_begin, batch_csv_file, nothing_after}},
        {"json", translatable("an array of wwc-score-result/1 objects, one per file"), json},
        {"html", translatable("one self-contained overview page: levels, movers, every file"),
         {batch_html_begin, batch_html_file, batch_html_end, true}},
        {"junit", junit_text, junit},
        {"sarif", sarif_text, sarif},
        {"github", github_text, github},
        {"gitlab", gitlab_text, gitlab},
        {"markdown", translatable("a summary table for a pull-request comment, within GitHub's size limit"),
         {batch_markdown_begin, batch_markdown_file, batch_markdown_end}},
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

const std::vector<Format<HistoryRender>>& history_formats() {
    static const std::vector<Format<HistoryRender>> formats = {
        {"text", translatable("a table per city and what changed between assessments (default)"),
         render_history_text},
        {"json", translatable("a wwc-score-history/1 object"), render_history_json},
        {"markdown", translatable("a table per city, for an issue or a pull request"), render_history_markdown},
        {"html", translatable("one self-contained page: a chart of each city's trajectory and a table"),
         render_history_html},
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

const std::vector<Format<CriteriaPartRender>>& criteria_criterion_formats() {
    static const std::vector<Format<CriteriaPartRender>> formats = {
        {"text", translatable("the criterion explained: summary, checklist, prerequisites, what it unblocks (default)"),
         render_criteria_criterion_text},
        {"json", translatable("a wwc-score-criterion/1 object"), render_criteria_criterion_json},
    };
    return formats;
}

const std::vector<Format<CriteriaPartRender>>& criteria_practice_formats() {
    static const std::vector<Format<CriteriaPartRender>> formats = {
        {"text", translatable("the practice and its criteria (default)"), render_criteria_practice_text},
        {"json", translatable("a wwc-score-practice/1 object"), render_criteria_practice_json},
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

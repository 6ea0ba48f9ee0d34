#include "reporters.hpp"

namespace wwc {

const std::vector<ReportFormat>& report_formats() {
    static const std::vector<ReportFormat> formats = {
        {"text", "human-readable report (default)", render_text, nullptr},
        {"json", "wwc-score-result/1 objects", render_json, render_json_array},
        {"markdown", "gap checklist as GitHub task lists, for a pull-request comment", render_markdown, nullptr},
        {"junit", "JUnit XML: a test case per criterion, failures for what blocks the next level", render_junit,
         render_junit_many},
        {"sarif", "SARIF 2.1.0: errors, warnings and the roadmap located in the assessment", render_sarif,
         render_sarif_many, true},
        {"github", "GitHub Actions workflow-command annotations", render_github, render_github_many, true},
        {"csv", "one summary row per assessment", render_csv, render_csv_many},
        {"html", "one self-contained page with charts, the roadmap and every criterion", render_html,
         render_html_many},
    };
    return formats;
}

const ReportFormat* find_report_format(std::string_view name) {
    for (const ReportFormat& f : report_formats())
        if (f.name == name) return &f;
    return nullptr;
}

std::string render_report(const ReportFormat& format, const std::vector<ScoredAssessment>& results,
                          const RenderOptions& options) {
    if (format.reports_errors) return results.empty() && options.errors.empty() ? "" : format.render_many(results, options);
    if (results.empty()) return "";
    if (results.size() == 1) return format.render(results.front(), options);
    if (format.render_many) return format.render_many(results, options);
    std::string out;
    for (const ScoredAssessment& r : results) {
        if (!out.empty()) out += '\n';
        out += format.render(r, options);
    }
    return out;
}

}  // namespace wwc

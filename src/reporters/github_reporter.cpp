// --format github: GitHub Actions workflow commands that annotate the assessment file.

#include <fmt/format.h>

#include "report_facts.hpp"
#include "reporters.hpp"

namespace wwc {
namespace {

/// A workflow-command message: % CR LF escaped.
std::string escape_data(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (c == '%') out += "%25";
        else if (c == '\r') out += "%0D";
        else if (c == '\n') out += "%0A";
        else out += c;
    }
    return out;
}

/// A workflow-command property value: as a message, and : , escaped too.
std::string escape_property(std::string_view text) {
    std::string out;
    for (char c : escape_data(text)) {
        if (c == ':') out += "%3A";
        else if (c == ',') out += "%2C";
        else out += c;
    }
    return out;
}

std::string place(const std::string& file, int line, int column) {
    std::string out = "file=" + escape_property(file);
    if (line > 0) out += fmt::format(",line={}", line);
    if (line > 0 && column > 0) out += fmt::format(",col={}", column);
    return out;
}

std::string summary(const ScoredAssessment& r) {
    const CriteriaSet& set = *r.set;
    const Evaluation& e = r.evaluation;
    std::string next = "top level reached";
    if (!r.gaps.empty()) {
        const LevelGap& g = r.gaps.front();
        std::vector<std::string> parts = gap_reasons(set, g);
        if (!g.roadmap.empty()) parts.push_back("roadmap " + criterion_ids(set, g.roadmap));
        next = level_name(set, g.level);
        if (!parts.empty()) next += fmt::format(": {}", fmt::join(parts, "; "));
    }
    const std::string level = e.level < 0 ? std::string("no level") : level_name(set, e.level);
    return fmt::format("{}: {} ({}/{}, {}%); next: {}", r.assessment.city.name, level, e.points, e.max_points,
                       e.percent, next);
}

}  // namespace

std::string render_github(const ScoredAssessment& r, const RenderOptions&) {
    std::string out;
    for (const Diagnostic& d : r.diagnostics)
        out += fmt::format("::{} {}::{}\n", severity_name(d.severity), place(d.where.file, d.where.line, d.where.column),
                           escape_data(d.message));
    out += fmt::format("::notice title=wwc-score::{}\n", escape_data(summary(r)));
    if (r.gaps.empty()) return out;
    const CriteriaSet& set = *r.set;
    const LevelGap& g = r.gaps.front();
    for (int i : g.missing_required) {
        const Criterion& c = set.criteria[static_cast<std::size_t>(i)];
        const Response* response = r.assessment.response(c.id);
        const std::string message =
            fmt::format("{} blocks {}: required criterion {} not earned ({})", c.id, level_name(set, g.level), c.name,
                        status_name(r.evaluation.criteria[static_cast<std::size_t>(i)].status));
        out += fmt::format("::error {}::{}\n",
                           place(r.assessment.path, response && response->line > 0 ? response->line : 1,
                                 response ? response->column : 0),
                           escape_data(message));
    }
    return out;
}

std::string render_github_many(const std::vector<ScoredAssessment>& results, const RenderOptions& options) {
    std::string out;
    for (const Diagnostic& d : options.errors)
        if (d.severity == Severity::error)
            out += fmt::format("::error {}::{}\n", place(d.where.file, d.where.line, d.where.column),
                               escape_data(d.message));
    for (const ScoredAssessment& r : results) out += render_github(r, options);
    return out;
}

}  // namespace wwc

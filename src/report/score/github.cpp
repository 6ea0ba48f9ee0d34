// score --format github: GitHub Actions workflow commands that annotate the assessment file.

#include "report/renderers.hpp"
#include "report/wording.hpp"
#include "util/text.hpp"

namespace wwc {
namespace {

/// A workflow-command message: % CR LF escaped, so that it stays one command.
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

std::string command(std::string_view name, const Location& where, std::string_view message) {
    std::string out = "::" + std::string(name) + " file=" + escape_property(escape_unsafe(where.file));
    if (where.line > 0) out += ",line=" + std::to_string(where.line);
    if (where.line > 0 && where.column > 0) out += ",col=" + std::to_string(where.column);
    return out + "::" + escape_data(message) + '\n';
}

std::string summary(const ScoredAssessment& r, const Words& w) {
    const CriteriaSet& set = *r.set;
    const Evaluation& e = r.evaluation;
    std::string next = w.say("top level reached");
    if (!r.gaps.empty()) {
        const LevelGap& g = r.gaps.front();
        std::vector<std::string> parts = gap_reasons(r, g, w);
        if (!g.roadmap.empty()) parts.push_back(w.say("roadmap {0}", {criterion_ids(set, g.roadmap)}));
        next = level_name(set, g.level, w);
        if (!parts.empty()) next = w.say("{0}: {1}", {next, join(parts, "; ")});
    }
    return w.say("{0}: {1} ({2}/{3}, {4}%); next: {5}",
                 {r.assessment.city.name, level_name(set, e.level, w), e.points, e.max_points, e.percent, next});
}

std::string annotations(const ScoredAssessment& r, const Words& w) {
    std::string out;
    for (const Diagnostic& d : r.diagnostics) out += command(severity_id(d.severity), d.where, w.render(d.message));
    out += "::notice title=wwc-score::" + escape_data(summary(r, w)) + '\n';
    if (r.gaps.empty()) return out;
    const CriteriaSet& set = *r.set;
    const LevelGap& g = r.gaps.front();
    for (std::size_t i : g.missing_required) {
        const Criterion& c = set.criteria[i];
        out += command("error", answer_location(r, i),
                       w.say("{0} blocks {1}: required criterion {2} not earned ({3})",
                             {c.id, level_name(set, g.level, w), c.name, status_id(r.evaluation.criteria[i].status)}));
    }
    return out;
}

}  // namespace

std::string render_github(const std::vector<FileReport>& files, const RenderOptions& options) {
    std::string out;
    for (const FileReport& f : files)
        for (const Diagnostic& d : f.errors)
            if (d.severity == Severity::error) out += command("error", d.where, options.words.render(d.message));
    for (const FileReport& f : files)
        if (f.scored) out += annotations(*f.scored, options.words);
    return out;
}

}  // namespace wwc

// --format github of score, check and batch: GitHub Actions workflow commands
// that annotate the assessment files. Only what fails the job is an ::error:
// an invalid file, and what keeps a file below --require-level; without that
// gate, what the next level needs is a ::warning, so a passing job is not red.

#include <algorithm>

#include "report/renderers.hpp"
#include "report/run/fingerprint.hpp"
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

// Always a line and a column (1 when the place is the whole file or a whole
// line), so that every annotation has one shape and shows in the diff.
std::string command(std::string_view name, const Location& where, std::string_view message) {
    return "::" + std::string(name) + " file=" + escape_property(escape_unsafe(repository_path(where.file))) +
           ",line=" + std::to_string(std::max(1, where.line)) +
           ",col=" + std::to_string(where.line > 0 ? std::max(1, where.column) : 1) + "::" +
           escape_data(escape_unsafe(message)) + '\n';
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

// What stands between the file and the gate (errors) or the next level (warnings).
std::string blocking(const ScoredAssessment& r, const RunHeader& header, const Words& w) {
    const CriteriaSet& set = *r.set;
    std::string out;
    if (header.require_level) {
        const std::optional<std::size_t> wanted = set.find_level(*header.require_level);
        const auto gap = std::find_if(r.gaps.begin(), r.gaps.end(),
                                      [&](const LevelGap& g) { return wanted && g.level == *wanted; });
        if (gap == r.gaps.end()) return out;  // at or above the gate
        const std::string level = level_name(set, gap->level, w);
        out += command("error", {r.assessment.path, 1, 0},
                       w.say("level {0} is below the required {1}", {level_name(set, r.evaluation.level, w), level}));
        std::vector<std::size_t> criteria = gap->missing_required;
        for (std::size_t i : gap->roadmap)
            if (std::find(criteria.begin(), criteria.end(), i) == criteria.end()) criteria.push_back(i);
        for (std::size_t i : criteria)
            out += command("error", answer_location(r, i),
                           w.say("{0} {1} is needed for {2} ({3})", {set.criteria[i].id, w.name(set.criteria[i]), level,
                                                                     status_word(r.evaluation.criteria[i].status, w)}));
        return out;
    }
    if (r.gaps.empty()) return out;
    const LevelGap& g = r.gaps.front();
    for (std::size_t i : g.missing_required)
        out += command("warning", answer_location(r, i),
                       w.say("{0} blocks {1}: required criterion {2} not earned ({3})",
                             {set.criteria[i].id, level_name(set, g.level, w), w.name(set.criteria[i]),
                              status_word(r.evaluation.criteria[i].status, w)}));
    return out;
}

}  // namespace

std::string github_file(const FileReport& file, RunContext& context) {
    const Words& w = context.options.words;
    std::string out;
    // Under --strict a warning fails the job, so it is shown as an error.
    for (const Diagnostic& d : file.notable_diagnostics())
        out += command(context.header.strict ? "error" : severity_id(d.severity), d.where, w.render(d.message));
    if (!file.scored) return out;
    out += "::notice title=wwc-score::" + escape_data(escape_unsafe(summary(*file.scored, w))) + '\n';
    return out + blocking(*file.scored, context.header, w);
}

}  // namespace wwc

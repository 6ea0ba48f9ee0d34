// --format gitlab of score, check and batch: a GitLab Code Quality report, a
// JSON array of issues, each with a fingerprint that stays the same from run to
// run and when lines move (the check, the file and what the issue is about),
// and a path relative to the repository as GitLab matches it (no "./").

#include <algorithm>

#include "report/renderers.hpp"
#include "report/run/fingerprint.hpp"
#include "report/wording.hpp"
#include "report/writers/json_writer.hpp"

namespace wwc {
namespace {

std::string issue(RunContext& context, std::string_view check, std::string_view severity, const std::string& message,
                  const Location& where, std::string_view subject) {
    JsonWriter w({context.items++ > 0});
    w.begin_object();
    w.key("description").value(message);
    w.key("check_name").value(check);
    w.key("fingerprint").value(fingerprint(context, check, where.file, subject));
    w.key("severity").value(severity);
    w.key("location").begin_object();
    w.key("path").value(repository_path(where.file));
    w.key("lines").begin_object().key("begin").value(std::max(1, where.line)).end_object();
    w.end_object();
    w.end_object();
    return w.part();
}

}  // namespace

std::string gitlab_begin(RunContext&) {
    JsonWriter w;
    w.begin_array();
    return w.part();
}

std::string gitlab_file(const FileReport& file, RunContext& context) {
    const Words& words = context.options.words;
    std::string out;
    for (const Diagnostic& d : file.notable_diagnostics()) {
        const bool error = d.severity == Severity::error;
        out += issue(context, error ? "assessment-error" : "assessment-warning", error ? "major" : "minor",
                     words.render(d.message), d.where, diagnostic_subject(d.message));
    }
    if (!file.scored || file.scored->gaps.empty()) return out;
    const ScoredAssessment& r = *file.scored;
    const CriteriaSet& set = *r.set;
    const LevelGap& g = r.gaps.front();
    const std::string level = level_name(set, g.level, words);
    for (std::size_t i : g.missing_required)
        out += issue(context, "required-criterion", "critical",
                     words.say("{0} {1} is required for {2} and not earned ({3})",
                               {set.criteria[i].id, words.name(set.criteria[i]), level,
                                status_word(r.evaluation.criteria[i].status, words)}),
                     answer_location(r, i), set.criteria[i].id);
    for (std::size_t k = 0; k < g.roadmap.size(); ++k) {
        const std::size_t i = g.roadmap[k];
        out += issue(context, "roadmap-criterion", "info",
                     words.say("{0} {1} ({2}) is step {3} of {4} on the roadmap to {5}",
                               {set.criteria[i].id, words.name(set.criteria[i]), status_word(r.evaluation.criteria[i].status, words),
                                k + 1, g.roadmap.size(), level}),
                     answer_location(r, i), set.criteria[i].id);
    }
    return out;
}

std::string gitlab_end(const RunSummary&, RunContext& context) {
    JsonWriter w({context.items > 0});
    w.end_array();
    return w.str();
}

}  // namespace wwc

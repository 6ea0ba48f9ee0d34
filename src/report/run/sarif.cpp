// --format sarif of score, check and batch: one SARIF 2.1.0 run, written as the
// files come. Errors, warnings and the roadmap to the next level (or, for a
// file below --require-level, to that level, as errors) are results located in
// the assessment files, each with a partial fingerprint that stays the same
// from run to run and when lines move.

#include "report/renderers.hpp"
#include "report/run/fingerprint.hpp"
#include "report/wording.hpp"
#include "report/writers/json_writer.hpp"
#include "util/version.hpp"

namespace wwc {
namespace {

struct Rule {
    std::string_view id;
    std::string_view name;
    std::string_view text;  ///< short description
    std::string_view help;  ///< what to do about it
};

// ruleIndex is the position in this list.
enum RuleIndex { warning_rule, roadmap_rule, error_rule, required_rule };
const Rule rules[] = {
    {"assessment-warning", "AssessmentWarning",
     translatable("A problem in the assessment file that does not stop scoring."),
     translatable("Fix the file where the message says, or leave it: the file is still scored.")},
    {"roadmap-criterion", "RoadmapCriterion", translatable("A criterion on the shortest roadmap to the next level."),
     translatable("Meeting the criteria on the roadmap reaches the level; in-progress and planned ones come first.")},
    {"assessment-error", "AssessmentError", translatable("A problem that makes the file invalid: it is not scored."),
     translatable("Fix the file where the message says; `wwc-score check FILE` lists every problem.")},
    {"required-criterion", "RequiredCriterion",
     translatable("A criterion every level requires is not earned: no level can be reached without it."),
     translatable("Meet the criterion and give its evidence.")},
};

/// `path` as a URI reference: a file: URI when absolute, unreserved characters and '/' kept.
std::string path_uri(std::string_view path) {
    std::string out = !path.empty() && path.front() == '/' ? "file://" : "";
    static constexpr char hex[] = "0123456789ABCDEF";
    for (char ch : path) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
            std::string_view("-._~/").find(ch) != std::string_view::npos) {
            out += ch;
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 0xF];
        }
    }
    return out;
}

// One result, an element of the array sarif_begin() opened.
std::string result(RunContext& context, RuleIndex rule, std::string_view level, const std::string& message,
                   const Location& where, std::string_view subject) {
    const Rule& r = rules[rule];
    JsonWriter element({true, true, true, context.items++ > 0});
    element.begin_object();
    element.key("ruleId").value(r.id);
    element.key("ruleIndex").value(static_cast<int>(rule));
    element.key("level").value(level);
    element.key("message").begin_object().key("text").value(message).end_object();
    element.key("locations").begin_array().begin_object();
    element.key("physicalLocation").begin_object();
    element.key("artifactLocation").begin_object().key("uri").value(path_uri(repository_path(where.file))).end_object();
    if (where.line > 0) {
        element.key("region").begin_object().key("startLine").value(where.line);
        if (where.column > 0) element.key("startColumn").value(where.column);
        element.end_object();
    }
    element.end_object().end_object().end_array();
    // The rule, the file and what the result is about: not its line, which moves.
    element.key("partialFingerprints").begin_object();
    element.key("wwcScore/v1").value(fingerprint(context, r.id, where.file, subject));
    element.end_object();
    element.end_object();
    return element.part();
}

// The gap the results point at: to the --require-level level when the file is
// below it (`failing`: its results are errors, as the gate fails on them), else
// to the next level (notes and warnings); nullptr at the top level.
const LevelGap* gap_shown(const ScoredAssessment& r, const RunHeader& header, bool& failing) {
    if (header.require_level) {
        const std::optional<std::size_t> wanted = r.set->find_level(*header.require_level);
        for (const LevelGap& gap : r.gaps)
            if (wanted && gap.level == *wanted) {
                failing = true;
                return &gap;
            }
    }
    return r.gaps.empty() ? nullptr : &r.gaps.front();
}

}  // namespace

std::string sarif_begin(RunContext& context) {
    const Words& words = context.options.words;
    JsonWriter w;
    w.begin_object();
    w.key("$schema").value("https://json.schemastore.org/sarif-2.1.0.json");
    w.key("version").value("2.1.0");
    w.key("runs").begin_array().begin_object();
    w.key("tool").begin_object().key("driver").begin_object();
    w.key("name").value("wwc-score");
    w.key("version").value(version);
    w.key("semanticVersion").value(version);
    w.key("rules").begin_array();
    for (const Rule& rule : rules) {
        w.begin_object();
        w.key("id").value(rule.id);
        w.key("name").value(rule.name);
        w.key("shortDescription").begin_object().key("text").value(words.say(rule.text)).end_object();
        w.key("fullDescription").begin_object().key("text").value(words.say(rule.text)).end_object();
        w.key("help").begin_object().key("text").value(words.say(rule.help)).end_object();
        w.end_object();
    }
    w.end_array().end_object().end_object();
    w.key("results").begin_array();
    return w.part();
}

std::string sarif_file(const FileReport& file, RunContext& context) {
    const Words& words = context.options.words;
    std::string out;
    const auto add = [&](RuleIndex rule, std::string_view level, const std::string& message, const Location& where,
                         std::string_view subject) { out += result(context, rule, level, message, where, subject); };
    for (const Diagnostic& d : file.notable_diagnostics()) {
        const std::string message = words.render(d.message);
        add(d.severity == Severity::error ? error_rule : warning_rule, severity_id(d.severity), message, d.where,
            diagnostic_subject(d.message));
    }
    if (!file.scored) return out;
    const ScoredAssessment& r = *file.scored;
    const CriteriaSet& set = *r.set;
    bool failing = false;
    const LevelGap* gap = gap_shown(r, context.header, failing);
    if (!gap) return out;
    const std::string level = level_name(set, gap->level, words);
    for (std::size_t i : gap->missing_required)
        add(required_rule, failing ? "error" : "warning",
            words.say("{0} {1} is required for {2} and not earned ({3})",
                      {set.criteria[i].id, words.name(set.criteria[i]), level,
                       status_word(r.evaluation.criteria[i].status, words)}),
            answer_location(r, i), set.criteria[i].id);
    for (std::size_t k = 0; k < gap->roadmap.size(); ++k) {
        const std::size_t i = gap->roadmap[k];
        const Criterion& c = set.criteria[i];
        add(roadmap_rule, failing ? "error" : "note",
            words.say("{0} {1} ({2}) is step {3} of {4} on the roadmap to {5}",
                      {c.id, words.name(c), status_word(r.evaluation.criteria[i].status, words), k + 1,
                       gap->roadmap.size(), level}),
            answer_location(r, i), c.id);
    }
    return out;
}

std::string sarif_end(const RunSummary& summary, RunContext& context) {
    JsonWriter w({true, true, true, context.items > 0});
    w.end_array();
    w.key("invocations").begin_array().begin_object();
    w.key("executionSuccessful").value(summary.exit_code == 0 || summary.exit_code == 1);
    w.key("exitCode").value(summary.exit_code);
    w.end_object().end_array();
    w.end_object().end_array();
    w.end_object();
    return w.str();
}

}  // namespace wwc

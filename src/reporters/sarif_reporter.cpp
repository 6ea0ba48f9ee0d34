// --format sarif: SARIF 2.1.0, the warnings and the next level's roadmap located in the assessment.

#include <fmt/format.h>

#include "../json_writer.hpp"
#include "../version.hpp"
#include "report_facts.hpp"
#include "reporters.hpp"

namespace wwc {
namespace {

struct Rule {
    const char* id;
    const char* text;
};

// ruleIndex is the position in this list.
const Rule rules[] = {
    {"assessment-warning", "A problem in the assessment file that does not stop scoring."},
    {"roadmap-criterion", "A criterion on the shortest roadmap to the next level."},
    {"assessment-error", "A problem that makes the file invalid: it is not scored."},
};

/// `path` as a URI reference: a file: URI when absolute, unreserved characters and '/' kept.
std::string path_uri(std::string_view path) {
    std::string out = !path.empty() && path.front() == '/' ? "file://" : "";
    for (char ch : path) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
            std::string_view("-._~/").find(ch) != std::string_view::npos)
            out += ch;
        else
            out += fmt::format("%{:02X}", c);
    }
    return out;
}

void result(JsonWriter& w, int rule, const char* level, const std::string& message, const std::string& file,
            int line, int column) {
    w.begin_object();
    w.key("ruleId").value(rules[rule].id);
    w.key("ruleIndex").value(rule);
    w.key("level").value(level);
    w.key("message").begin_object().key("text").value(message).end_object();
    w.key("locations").begin_array().begin_object();
    w.key("physicalLocation").begin_object();
    w.key("artifactLocation").begin_object().key("uri").value(path_uri(file)).end_object();
    if (line > 0) {
        w.key("region").begin_object().key("startLine").value(line);
        if (column > 0) w.key("startColumn").value(column);
        w.end_object();
    }
    w.end_object().end_object().end_array();
    w.end_object();
}

void results(JsonWriter& w, const ScoredAssessment& r) {
    for (const Diagnostic& d : r.diagnostics)
        result(w, 0, d.severity == Severity::error ? "error" : "warning", d.message, d.where.file, d.where.line,
               d.where.column);
    if (r.gaps.empty()) return;
    const CriteriaSet& set = *r.set;
    const LevelGap& g = r.gaps.front();
    const std::string level = level_name(set, g.level);
    for (std::size_t k = 0; k < g.roadmap.size(); ++k) {
        const auto i = static_cast<std::size_t>(g.roadmap[k]);
        const Criterion& c = set.criteria[i];
        const Response* response = r.assessment.response(c.id);
        const std::string message =
            fmt::format("{} {} ({}) is step {} of {} on the roadmap to {}", c.id, c.name,
                        status_name(r.evaluation.criteria[i].status), k + 1, g.roadmap.size(), level);
        // Unanswered criteria have no place of their own: point at the top of the file.
        result(w, 1, "note", message, r.assessment.path, response && response->line > 0 ? response->line : 1,
               response ? response->column : 0);
    }
}

std::string document(const ScoredAssessment* const* first, std::size_t count, const std::vector<Diagnostic>& errors) {
    JsonWriter w;
    w.begin_object();
    w.key("$schema").value("https://json.schemastore.org/sarif-2.1.0.json");
    w.key("version").value("2.1.0");
    w.key("runs").begin_array().begin_object();
    w.key("tool").begin_object().key("driver").begin_object();
    w.key("name").value("wwc-score");
    w.key("version").value(version);
    w.key("rules").begin_array();
    for (const Rule& rule : rules) {
        w.begin_object();
        w.key("id").value(rule.id);
        w.key("shortDescription").begin_object().key("text").value(rule.text).end_object();
        w.end_object();
    }
    w.end_array().end_object().end_object();
    w.key("results").begin_array();
    for (const Diagnostic& d : errors)
        if (d.severity == Severity::error) result(w, 2, "error", d.message, d.where.file, d.where.line, d.where.column);
    for (std::size_t n = 0; n < count; ++n) results(w, *first[n]);
    w.end_array();
    w.end_object().end_array();
    w.end_object();
    return w.str();
}

}  // namespace

std::string render_sarif(const ScoredAssessment& result, const RenderOptions& options) {
    const ScoredAssessment* one = &result;
    return document(&one, 1, options.errors);
}

std::string render_sarif_many(const std::vector<ScoredAssessment>& all, const RenderOptions& options) {
    std::vector<const ScoredAssessment*> pointers;
    for (const ScoredAssessment& r : all) pointers.push_back(&r);
    return document(pointers.data(), pointers.size(), options.errors);
}

}  // namespace wwc

// score --format sarif: SARIF 2.1.0, the warnings and the next level's roadmap located in the assessment.

#include "report/renderers.hpp"
#include "report/wording.hpp"
#include "report/writers/json_writer.hpp"
#include "util/version.hpp"

namespace wwc {
namespace {

struct Rule {
    std::string_view id;
    std::string_view text;
};

// ruleIndex is the position in this list.
enum RuleIndex { warning_rule, roadmap_rule, error_rule };
const Rule rules[] = {
    {"assessment-warning", translatable("A problem in the assessment file that does not stop scoring.")},
    {"roadmap-criterion", translatable("A criterion on the shortest roadmap to the next level.")},
    {"assessment-error", translatable("A problem that makes the file invalid: it is not scored.")},
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

void result(JsonWriter& w, RuleIndex rule, const char* level, const std::string& message, const Location& where) {
    w.begin_object();
    w.key("ruleId").value(rules[rule].id);
    w.key("ruleIndex").value(static_cast<int>(rule));
    w.key("level").value(level);
    w.key("message").begin_object().key("text").value(message).end_object();
    w.key("locations").begin_array().begin_object();
    w.key("physicalLocation").begin_object();
    w.key("artifactLocation").begin_object().key("uri").value(path_uri(where.file)).end_object();
    if (where.line > 0) {
        w.key("region").begin_object().key("startLine").value(where.line);
        if (where.column > 0) w.key("startColumn").value(where.column);
        w.end_object();
    }
    w.end_object().end_object().end_array();
    w.end_object();
}

void results(JsonWriter& w, const ScoredAssessment& r, const Words& words) {
    for (const Diagnostic& d : r.diagnostics)
        result(w, warning_rule, severity_id(d.severity), words.render(d.message), d.where);
    if (r.gaps.empty()) return;
    const CriteriaSet& set = *r.set;
    const LevelGap& g = r.gaps.front();
    const std::string level = level_name(set, g.level, words);
    for (std::size_t k = 0; k < g.roadmap.size(); ++k) {
        const std::size_t i = g.roadmap[k];
        const Criterion& c = set.criteria[i];
        result(w, roadmap_rule, "note",
               words.say("{0} {1} ({2}) is step {3} of {4} on the roadmap to {5}",
                         {c.id, c.name, status_id(r.evaluation.criteria[i].status), k + 1, g.roadmap.size(), level}),
               answer_location(r, i));
    }
}

}  // namespace

std::string render_sarif(const std::vector<FileReport>& files, const RenderOptions& options) {
    bool any = false;
    for (const FileReport& f : files) any = any || f.scored || has_errors(f.errors);
    if (!any) return {};
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
        w.key("shortDescription").begin_object().key("text").value(options.words.say(rule.text)).end_object();
        w.end_object();
    }
    w.end_array().end_object().end_object();
    w.key("results").begin_array();
    for (const FileReport& f : files)
        for (const Diagnostic& d : f.errors)
            if (d.severity == Severity::error) result(w, error_rule, "error", options.words.render(d.message), d.where);
    for (const FileReport& f : files)
        if (f.scored) results(w, *f.scored, options.words);
    w.end_array();
    w.end_object().end_array();
    w.end_object();
    return w.str();
}

}  // namespace wwc

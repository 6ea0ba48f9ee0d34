// --format junit of score, check and batch: valid against the Jenkins xunit
// schema. One <testsuite> per file, named by its path; one test case per
// criterion. Failures are what keeps a file below --require-level; without
// that gate the criteria on the roadmap are skipped with the reason and
// nothing fails. A file that could not be read is a test case with an <error>.

#include <algorithm>

#include "report/renderers.hpp"
#include "report/run/fingerprint.hpp"
#include "report/wording.hpp"
#include "report/writers/xml_writer.hpp"

namespace wwc {
namespace {

struct Case {
    enum class Result { passed, failed, skipped, error };
    Case(std::string class_name, std::string case_name, Result case_result = Result::passed)
        : classname(std::move(class_name)), name(std::move(case_name)), result(case_result) {}

    std::string classname;
    std::string name;
    Result result;
    std::string message;
    std::string text;  ///< the body of <error>: every error
};

// The gap a file must close: to the --require-level level when it is below
// it, else (without a gate) to the next level; nullptr when there is none.
const LevelGap* gap_to_close(const ScoredAssessment& r, const RunHeader& header, bool& gated) {
    gated = header.require_level.has_value();
    if (!gated) return r.gaps.empty() ? nullptr : &r.gaps.front();
    const std::optional<std::size_t> wanted = r.set->find_level(*header.require_level);
    for (const LevelGap& gap : r.gaps)
        if (wanted && gap.level == *wanted) return &gap;
    return nullptr;  // at or above the gate
}

std::vector<Case> criterion_cases(const ScoredAssessment& r, const RunHeader& header, const Words& w) {
    const CriteriaSet& set = *r.set;
    bool gated = false;
    const LevelGap* gap = gap_to_close(r, header, gated);
    const auto has = [](const std::vector<std::size_t>& v, std::size_t i) {
        return std::find(v.begin(), v.end(), i) != v.end();
    };
    std::vector<Case> out;
    for (std::size_t i = 0; i < set.criteria.size(); ++i) {
        const Criterion& c = set.criteria[i];
        const CriterionResult& cr = r.evaluation.criteria[i];
        Case one(c.practice, c.id + " " + w.name(c));
        if (!cr.counted) {
            one.result = Case::Result::skipped;
            one.message = c.retired ? w.say("retired, not counted") : w.say("not yet effective");
        } else if (gap && (has(gap->missing_required, i) || has(gap->roadmap, i))) {
            const std::string level = level_name(set, gap->level, w);
            const std::string status = status_word(cr.status, w);
            one.message = has(gap->missing_required, i)
                              ? w.say("required for {0}, not earned ({1})", {level, status})
                              : w.say("on the roadmap to {0} ({1})", {level, status});
            one.result = gated ? Case::Result::failed : Case::Result::skipped;
        }
        out.push_back(std::move(one));
    }
    // The outcome rule holds a level back as surely as a criterion does.
    if (gap && gap->outcomes_needed > 0) {
        const std::string level = level_name(set, gap->level, w);
        Case rule("outcomes", w.say("{0} outcome rule", {level}));
        if (gap->outcomes_short()) {
            rule.message = w.say("{0} of the {1} outcomes needed for {2} meet their standard",
                                 {gap->outcomes_met, gap->outcomes_needed, level});
            rule.result = gated ? Case::Result::failed : Case::Result::skipped;
        }
        out.push_back(std::move(rule));
    }
    return out;
}

// A file that could not be read or is invalid: one test case with an <error>.
Case error_case(const FileReport& file, const Words& w) {
    Case one("assessment", w.say("{0} is a valid assessment", {repository_path(file.path)}), Case::Result::error);
    for (const Diagnostic& d : file.diagnostics) {
        if (d.severity != Severity::error) continue;
        if (one.message.empty()) one.message = format_diagnostic(d, w);
        one.text += format_diagnostic(d, w) + '\n';
    }
    return one;
}

void write_case(XmlWriter& x, const Case& c) {
    if (c.result == Case::Result::passed) {
        x.empty("testcase", {{"classname", c.classname}, {"name", c.name}});
        return;
    }
    x.open("testcase", {{"classname", c.classname}, {"name", c.name}});
    switch (c.result) {
    case Case::Result::failed: x.empty("failure", {{"message", c.message}}); break;
    case Case::Result::skipped: x.empty("skipped", {{"message", c.message}}); break;
    case Case::Result::error: x.element("error", c.text, {{"message", c.message}}); break;
    case Case::Result::passed: break;
    }
    x.close();
}

// "wwc-score: PATH" (PATH from the repository's root, so that `batch .` and
// `batch folder` name a file alike), and " (2)", " (3)", ... after it when a
// run reports the same path again (score a.yaml a.yaml): no viewer merges them.
std::string suite_name(const FileReport& file, RunContext& context) {
    const std::string name = "wwc-score: " + repository_path(file.path);
    const std::size_t seen = context.names[name]++;
    return seen == 0 ? name : layout("{0} ({1})", {name, seen + 1});
}

std::string suite(const FileReport& file, std::vector<Case> cases, RunContext& context) {
    int failures = 0;
    int errors = 0;
    int skipped = 0;
    for (const Case& c : cases) {
        failures += c.result == Case::Result::failed;
        errors += c.result == Case::Result::error;
        skipped += c.result == Case::Result::skipped;
    }
    XmlWriter x(1);
    x.open("testsuite", {{"name", suite_name(file, context)}, {"tests", std::to_string(cases.size())},
                         {"failures", std::to_string(failures)}, {"errors", std::to_string(errors)},
                         {"skipped", std::to_string(skipped)}, {"file", repository_path(file.path)}});
    for (const Case& c : cases) write_case(x, c);
    x.close();
    return x.str();
}

}  // namespace

std::string junit_begin(RunContext&) { return XmlWriter::declaration() + "<testsuites name=\"wwc-score\">\n"; }

std::string junit_file(const FileReport& file, RunContext& context) {
    const Words& w = context.options.words;
    if (!file.scored && !file.valid()) return suite(file, {error_case(file, w)}, context);
    if (!file.scored)
        return suite(file, {Case("assessment", w.say("{0} is a valid assessment", {repository_path(file.path)}))},
                     context);
    return suite(file, criterion_cases(*file.scored, context.header, w), context);
}

std::string junit_end(const RunSummary&, RunContext&) { return "</testsuites>\n"; }

}  // namespace wwc

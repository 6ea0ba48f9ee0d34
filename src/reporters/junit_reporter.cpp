// --format junit: one test case per criterion; failures for what blocks the next level.

#include <algorithm>

#include <fmt/format.h>

#include "report_facts.hpp"
#include "reporters.hpp"
#include "xml_escape.hpp"

namespace wwc {
namespace {

/// ` name="value"` with the value escaped.
std::string attr(std::string_view name, std::string_view value) {
    return fmt::format(" {}=\"{}\"", name, xml_escape(value));
}

bool contains(const std::vector<int>& v, int i) { return std::find(v.begin(), v.end(), i) != v.end(); }

struct Suite {
    std::string body;
    int tests = 0;
    int failures = 0;
    int skipped = 0;
};

void add_case(Suite& s, std::string_view classname, std::string_view name, const std::string& failure, bool skip) {
    ++s.tests;
    s.body += "    <testcase" + attr("classname", classname) + attr("name", name);
    if (skip) {
        ++s.skipped;
        s.body += ">\n      <skipped/>\n    </testcase>\n";
    } else if (!failure.empty()) {
        ++s.failures;
        s.body += ">\n      <failure" + attr("message", failure) + "/>\n    </testcase>\n";
    } else {
        s.body += "/>\n";
    }
}

// Why criterion `i` blocks the next level, or "" when it does not.
std::string blocking(const ScoredAssessment& r, int i) {
    if (r.gaps.empty()) return "";
    const CriteriaSet& set = *r.set;
    const LevelGap& g = r.gaps.front();
    const char* status = status_name(r.evaluation.criteria[static_cast<std::size_t>(i)].status);
    const std::string level = level_name(set, g.level);
    if (contains(g.missing_required, i)) return fmt::format("required for {}, not earned ({})", level, status);
    if (contains(g.roadmap, i)) return fmt::format("on the roadmap to {} ({})", level, status);
    return "";
}

std::string suite(const ScoredAssessment& r, Suite& totals) {
    const CriteriaSet& set = *r.set;
    Suite s;
    for (std::size_t i = 0; i < set.criteria.size(); ++i) {
        const Criterion& c = set.criteria[i];
        add_case(s, c.practice, c.id + " " + c.name, blocking(r, static_cast<int>(i)), !r.evaluation.criteria[i].counted);
    }
    // The outcome rule blocks a level as surely as a criterion does.
    if (!r.gaps.empty() && r.gaps.front().outcomes_needed > 0) {
        const LevelGap& g = r.gaps.front();
        const std::string level = level_name(set, g.level);
        add_case(s, "outcomes", level + " outcome rule",
                 g.outcomes_met < g.outcomes_needed
                     ? fmt::format("{} of the {} outcomes needed for {} meet their standard", g.outcomes_met,
                                   g.outcomes_needed, level)
                     : std::string(),
                 false);
    }
    totals.tests += s.tests;
    totals.failures += s.failures;
    totals.skipped += s.skipped;
    const std::string name = fmt::format("wwc-score: {} ({})", r.assessment.city.name, set.id);
    return "  <testsuite" + attr("name", name) + attr("tests", std::to_string(s.tests)) +
           attr("failures", std::to_string(s.failures)) + attr("errors", "0") +
           attr("skipped", std::to_string(s.skipped)) + attr("file", r.assessment.path) + ">\n" + s.body +
           "  </testsuite>\n";
}

std::string document(const std::string& suites, const Suite& totals) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites" + attr("name", "wwc-score") +
           attr("tests", std::to_string(totals.tests)) + attr("failures", std::to_string(totals.failures)) +
           attr("errors", "0") + attr("skipped", std::to_string(totals.skipped)) + ">\n" + suites +
           "</testsuites>\n";
}

}  // namespace

std::string render_junit(const ScoredAssessment& result, const RenderOptions&) {
    Suite totals;
    const std::string suites = suite(result, totals);
    return document(suites, totals);
}

std::string render_junit_many(const std::vector<ScoredAssessment>& results, const RenderOptions&) {
    Suite totals;
    std::string suites;
    for (const ScoredAssessment& r : results) suites += suite(r, totals);
    return document(suites, totals);
}

}  // namespace wwc

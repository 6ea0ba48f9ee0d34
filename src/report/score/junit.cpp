// score --format junit: one test case per criterion; failures for what blocks the next level.

#include "report/renderers.hpp"
#include "report/wording.hpp"
#include "report/writers/xml_writer.hpp"

namespace wwc {
namespace {

struct Case {
    std::string classname;
    std::string name;
    std::string failure;  ///< "" when it passes
    bool skipped = false;
};

struct Totals {
    int tests = 0;
    int failures = 0;
    int skipped = 0;

    void add(const Case& c) {
        ++tests;
        failures += !c.skipped && !c.failure.empty();
        skipped += c.skipped;
    }
};

std::vector<Case> cases(const ScoredAssessment& r, const Words& w) {
    const CriteriaSet& set = *r.set;
    std::vector<Case> out;
    for (std::size_t i = 0; i < set.criteria.size(); ++i) {
        const Criterion& c = set.criteria[i];
        Case one{c.practice, c.id + " " + c.name, {}, !r.evaluation.criteria[i].counted};
        if (const auto why = blocking_reason(r, i, w))
            one.failure = layout("{0} ({1})", {*why, status_id(r.evaluation.criteria[i].status)});
        out.push_back(std::move(one));
    }
    // The outcome rule blocks a level as surely as a criterion does.
    if (!r.gaps.empty() && r.gaps.front().outcomes_needed > 0) {
        const LevelGap& g = r.gaps.front();
        const std::string level = level_name(set, g.level, w);
        out.push_back({"outcomes", w.say("{0} outcome rule", {level}),
                       g.outcomes_short() ? w.say("{0} of the {1} outcomes needed for {2} meet their standard",
                                                  {g.outcomes_met, g.outcomes_needed, level})
                                          : std::string(),
                       false});
    }
    return out;
}

}  // namespace

std::string render_junit(const std::vector<FileReport>& files, const RenderOptions& options) {
    const Words& w = options.words;
    std::vector<std::pair<const ScoredAssessment*, std::vector<Case>>> suites;
    Totals all;
    for (const FileReport& f : files) {
        if (!f.scored) continue;
        suites.emplace_back(&*f.scored, cases(*f.scored, w));
        for (const Case& c : suites.back().second) all.add(c);
    }
    if (suites.empty()) return {};
    XmlWriter x;
    x.open("testsuites", {{"name", "wwc-score"}, {"tests", std::to_string(all.tests)},
                          {"failures", std::to_string(all.failures)}, {"errors", "0"},
                          {"skipped", std::to_string(all.skipped)}});
    for (const auto& [r, suite_cases] : suites) {
        Totals t;
        for (const Case& c : suite_cases) t.add(c);
        x.open("testsuite", {{"name", layout("wwc-score: {0} ({1})", {r->assessment.city.name, r->set->id})},
                             {"tests", std::to_string(t.tests)}, {"failures", std::to_string(t.failures)},
                             {"errors", "0"}, {"skipped", std::to_string(t.skipped)}, {"file", r->assessment.path}});
        for (const Case& c : suite_cases) {
            if (!c.skipped && c.failure.empty()) {
                x.empty("testcase", {{"classname", c.classname}, {"name", c.name}});
                continue;
            }
            x.open("testcase", {{"classname", c.classname}, {"name", c.name}});
            if (c.skipped) x.empty("skipped");
            else x.empty("failure", {{"message", c.failure}});
            x.close();
        }
        x.close();
    }
    x.close();
    return x.str();
}

}  // namespace wwc

// Named outcome standards: the criteria file lists the standards an outcome
// accepts and its default; an assessment may name one; the evaluator and the
// gap analysis hold the value against it.

#include <catch2/catch.hpp>

#include "scoring/evaluator.hpp"
#include "scoring/gap_analysis.hpp"
#include "test_support.hpp"

using namespace wwc;
using wwc::test::assessment;
using wwc::test::bundled;
using wwc::test::errors_of;

namespace {

// A one-criterion set whose only level needs its one outcome; `outcome` is the
// outcome's YAML (a flow or block mapping under `outcomes:`).
std::string set_with(const std::string& outcome) {
    return R"(format: wwc-criteria/1
id: tiny
name: Tiny
version: "1"
practices: [{id: P, name: Practice}]
criteria: [{id: A, name: A, practice: P, provenance: read}]
outcomes:
)" + outcome + R"(levels:
  - {id: silver, name: Silver, min_percent: 50, outcomes: {min_met: 1, of: [air]}}
)";
}

const std::string named = R"(  - id: air
    name: Air
    unit: ug/m3
    standards:
      - {id: strict, at_most: 5}
      - {id: usual, at_most: 10, interim: true, source: Somewhere}
      - {id: loose, at_most: 15, interim: true}
    default: usual
)";

// An assessment of `tiny` with A met and the air outcome as `air`.
std::string city(const std::string& air) {
    return R"(format: wwc-assessment/1
criteria: tiny
city: {name: X, country: US, population: 40000}
assessed_on: 2024-01-01
responses: {A: {status: met, evidence: [x]}}
outcomes:
  air: )" + air + "\n";
}

OutcomeResult judged(const CriteriaSet& set, const std::string& air) {
    const Evaluation e = evaluate(set, assessment(city(air), set).assessment);
    return e.outcomes.at(0);
}

}  // namespace

TEST_CASE("an outcome lists its standards and its default") {
    const CriteriaSet set = load_criteria(set_with(named), "c.yaml");
    const Outcome& air = set.outcomes.at(0);
    REQUIRE(air.standards.size() == 3);
    CHECK(air.default_index == 1);
    CHECK(air.default_standard().id == "usual");
    CHECK(air.default_standard().at_most == 10.0);
    CHECK(air.default_standard().interim);
    CHECK(air.default_standard().source == "Somewhere");
    CHECK_FALSE(air.standards[0].interim);
    CHECK(air.find_standard("loose") == std::size_t{2});
    CHECK_FALSE(air.find_standard(""));
    CHECK(air.standard_ids() == std::vector<std::string>{"strict", "usual", "loose"});
}

TEST_CASE("an outcome of the older form is one standard with no id") {
    const CriteriaSet set =
        load_criteria(set_with("  - {id: air, name: Air, at_most: 10, source: Our choice}\n"), "c.yaml");
    const Outcome& air = set.outcomes.at(0);
    REQUIRE(air.standards.size() == 1);
    CHECK(air.default_standard().id.empty());
    CHECK(air.default_standard().at_most == 10.0);
    CHECK(air.default_standard().source == "Our choice");
    CHECK_FALSE(air.default_standard().interim);
    CHECK(air.standard_ids().empty());
    // Scored exactly as before: the value against the one threshold.
    CHECK(judged(set, "{value: 10}").meets);
    CHECK_FALSE(judged(set, "{value: 10.1}").meets);
    CHECK(judged(set, "{value: 10}").standard == 0);
    CHECK_FALSE(judged(set, "{value: 10}").named);
}

TEST_CASE("criteria loader reports broken standards with their places") {
    CHECK(errors_of([&] {
              load_criteria(set_with(R"(  - id: air
    name: Air
    at_most: 3
    standards:
      - {id: a, at_most: 5, at_least: 1}
      - {id: a, interim: yes}
      - {id: b, at_most: 5, intrim: true}
    default: c
)"),
                            "c.yaml");
          }) == std::vector<std::string>{
                    "c.yaml:10:14: error: outcome 'air' lists its standards: put 'at_most' in one of them",
                    "c.yaml:12:9: error: standard 'a' of outcome 'air' has both 'at_most' and 'at_least'",
                    "c.yaml:13:9: error: standard 'a' of outcome 'air' needs 'at_most', 'at_least' or "
                    "'attestation: true'",
                    "c.yaml:13:9: error: standard 'a' is defined twice",
                    "c.yaml:13:26: error: 'interim' must be true or false, not 'yes'",
                    "c.yaml:14:29: error: unknown key 'intrim' in a standard of outcome 'air'; did you mean "
                    "'interim'?",
                    "c.yaml:15:14: error: the default of outcome 'air' names unknown standard 'c' (known: a, a, b)",
                });
    CHECK(errors_of([&] {
              load_criteria(set_with("  - id: air\n    name: Air\n    standards: [{id: a, at_most: 5}, {id: b, "
                                     "at_most: 9}]\n"),
                            "c.yaml");
          }) == std::vector<std::string>{"c.yaml:8:5: error: outcome 'air' lists 2 standards; name the one that "
                                         "applies by default with 'default'"});
    CHECK(errors_of([&] {
              load_criteria(set_with("  - {id: air, name: Air, at_most: 5, default: a}\n"), "c.yaml");
          }) == std::vector<std::string>{"c.yaml:8:47: error: outcome 'air' has a 'default' but no 'standards'"});
    CHECK(errors_of([&] { load_criteria(set_with("  - {id: air, name: Air, standards: []}\n"), "c.yaml"); }) ==
          std::vector<std::string>{"c.yaml:8:37: error: outcome 'air' lists no standards"});
}

TEST_CASE("a lone standard is the default without saying so") {
    const CriteriaSet set =
        load_criteria(set_with("  - {id: air, name: Air, standards: [{id: only, at_least: 3}]}\n"), "c.yaml");
    CHECK(set.outcomes.at(0).default_standard().id == "only");
}

TEST_CASE("an assessment's value is held against the standard it names") {
    const CriteriaSet set = load_criteria(set_with(named), "c.yaml");
    SECTION("no standard named: the default") {
        const OutcomeResult r = judged(set, "{value: 9}");
        CHECK(r.meets);
        CHECK(r.standard == 1);
        CHECK_FALSE(r.named);
        CHECK(r.interim);
        CHECK(r.meets_default);
        CHECK_FALSE(judged(set, "{value: 11}").meets);
    }
    SECTION("a stricter standard") {
        CHECK(judged(set, "{value: 5, standard: strict}").meets);
        const OutcomeResult r = judged(set, "{value: 6, standard: strict}");
        CHECK_FALSE(r.meets);
        CHECK(r.named);
        CHECK_FALSE(r.interim);
        CHECK(r.meets_default);
    }
    SECTION("a looser standard") {
        const OutcomeResult r = judged(set, "{value: 14, standard: loose}");
        CHECK(r.meets);
        CHECK(r.standard == 2);
        CHECK(r.interim);
        CHECK_FALSE(r.meets_default);
        CHECK_FALSE(judged(set, "{value: 15.5, standard: loose}").meets);
    }
    SECTION("the level follows the named standard") {
        const Evaluation e = evaluate(set, assessment(city("{value: 14, standard: loose}"), set).assessment);
        CHECK(e.level == std::size_t{0});
        const Evaluation strict = evaluate(set, assessment(city("{value: 14, standard: strict}"), set).assessment);
        CHECK_FALSE(strict.level);
    }
}

TEST_CASE("each air quality standard of wwc-2022 holds the value against its WHO 2021 level") {
    const CriteriaSet& set = bundled("wwc-2022");
    const Outcome& air = *set.outcome("air_quality");
    CHECK(air.default_standard().id == "who-2021-it4");
    const std::vector<std::pair<std::string, double>> levels{
        {"who-2021-aqg", 5}, {"who-2021-it4", 10}, {"who-2021-it3", 15}, {"who-2021-it2", 25}, {"who-2021-it1", 35}};
    CHECK(air.standard_ids().size() == levels.size());
    for (const auto& [id, threshold] : levels) {
        INFO(id);
        const std::optional<std::size_t> i = air.find_standard(id);
        REQUIRE(i);
        CHECK(air.standards[*i].at_most == threshold);
        CHECK(air.standards[*i].interim == (id != "who-2021-aqg"));
        CHECK(air.standards[*i].source.find("WHO global air quality guidelines (2021)") == 0);
        Assessment a;
        a.criteria = set.id;
        a.outcomes.push_back({"air_quality", threshold, 2024, "", false, std::nullopt, {}, id, {}});
        CHECK(evaluate(set, a).outcomes[0].meets);
        a.outcomes[0].value = threshold + 0.1;
        CHECK_FALSE(evaluate(set, a).outcomes[0].meets);
    }
    CHECK(set.outcome("broadband")->default_standard().at_least == 75.0);
    CHECK(set.outcome("sdg_priority")->default_standard().attestation);
}

TEST_CASE("an unknown standard is an error with a suggestion") {
    const CriteriaSet set = load_criteria(set_with(named), "c.yaml");
    CHECK(errors_of([&] { assessment(city("{value: 3, standard: strikt}"), set); }) ==
          std::vector<std::string>{"city.yaml:7:29: error: unknown standard 'strikt' for outcome 'air' (known: strict, "
                                   "usual, loose); did you mean 'strict'?"});
    const CriteriaSet old = load_criteria(set_with("  - {id: air, name: Air, at_most: 10}\n"), "c.yaml");
    CHECK(errors_of([&] { assessment(city("{value: 3, standard: strict}"), old); }) ==
          std::vector<std::string>{"city.yaml:7:29: error: outcome 'air' has one standard, with no id; remove "
                                   "'standard'"});
    const std::string yaml = R"(format: wwc-assessment/1
criteria: wwc-2022
city: {name: X, country: CA, population: 40000}
assessed_on: 2023-01-01
responses: {DM1: not_met}
outcomes:
  air_quality: {value: 12, standard: who-2021-it5}
  sdg_priority: {attested: true, evidence: [x], standard: sdg}
)";
    CHECK(errors_of([&] { assessment(yaml, bundled("wwc-2022")); }) ==
          std::vector<std::string>{
              "city.yaml:7:38: error: unknown standard 'who-2021-it5' for outcome 'air_quality' (known: "
              "who-2021-aqg, who-2021-it4, who-2021-it3, who-2021-it2, who-2021-it1); did you mean 'who-2021-it4'?",
              "city.yaml:8:59: error: unknown standard 'sdg' for outcome 'sdg_priority' (known: sdg-attested)"});
}

TEST_CASE("the gap says what meets the default standard of each outcome short of its own") {
    const CriteriaSet set = load_criteria(set_with(named), "c.yaml");
    const Evaluation e = evaluate(set, assessment(city("{value: 16, standard: loose}"), set).assessment);
    CHECK_FALSE(e.level);
    const std::vector<LevelGap> gaps = analyse_gaps(set, e);
    REQUIRE(gaps.size() == 1);
    CHECK(gaps[0].outcomes_short());
    REQUIRE(gaps[0].outcome_targets.size() == 1);
    CHECK(gaps[0].outcome_targets[0].outcome == 0);
    CHECK(gaps[0].outcome_targets[0].standard == 1);  // the default, not the one named
    const Evaluation met = evaluate(set, assessment(city("{value: 14, standard: loose}"), set).assessment);
    CHECK(analyse_gaps(set, met).empty());
}

#include <catch2/catch.hpp>

#include "test_support.hpp"

using namespace wwc;
using wwc::test::assessment;
using wwc::test::bundled;
using wwc::test::errors_of;

namespace {

const std::string head = R"(format: wwc-assessment/1
criteria: wwc-2017
city: {name: Testville, country: US, population: 50000}
assessed_on: 2020-05-01
)";

std::vector<std::string> errors(const std::string& yaml) {
    return errors_of([&] { assessment(yaml, bundled("wwc-2017")); });
}

}  // namespace

TEST_CASE("assessment loader reads short and long answers") {
    const LoadedAssessment a = assessment(head + R"(responses:
  DG2: met
  DG3:
    status: in_progress
    evidence:
      - https://example.org/q
      - {title: Audit, date: 2020-01-02}
    notes: halfway
  DG1: {checklist: [method, updated_12m, published], evidence: [Inventory]}
)",
                                          bundled("wwc-2017"));
    REQUIRE(a.assessment.responses.size() == 3);
    CHECK(a.assessment.responses[0].answer == Answer::met);
    const Response& dg3 = a.assessment.responses[1];
    CHECK(dg3.answer == Answer::in_progress);
    CHECK(dg3.evidence[0].url == "https://example.org/q");
    CHECK(dg3.evidence[1].title == "Audit");
    CHECK(dg3.notes == "halfway");
    CHECK(a.assessment.responses[2].answer == Answer::met);
    // DG2 has no evidence; 42 criteria are unanswered.
    CHECK(a.diagnostics.size() == 43);
    CHECK(wwc::test::text(a.diagnostics[0]) == "city.yaml:6:8: warning: criterion 'DG2' is met but lists no evidence");
    CHECK(wwc::test::text(a.diagnostics[1]) ==
          "city.yaml:6:3: warning: criterion 'DG4' is not answered");
}

TEST_CASE("assessment loader reports every problem with its place") {
    const std::string yaml = R"(format: wwc-assessment/1
criteria: wwc-2017
city: {name: Testville, country: USA, population: 0, regoin: MA}
assessed_on: 2020-02-30
responses:
  DG2: done
  DG9: met
  DG1: {checklist: [method, publshed], status: met}
  OD1: {status: met, evidance: [x]}
)";
    CHECK(errors(yaml) == std::vector<std::string>{
                              "city.yaml:3:34: error: 'USA' is not an ISO 3166-1 alpha-2 country code (such as US, CA or MX)",
                              "city.yaml:3:51: error: 'population' must be greater than 0, not 0",
                              "city.yaml:3:54: error: unknown key 'regoin' in 'city'; did you mean 'region'?",
                              "city.yaml:4:14: error: 'assessed_on' must be a date written YYYY-MM-DD, not '2020-02-30'",
                              "city.yaml:6:8: error: 'done' is not a status: write met",
                              "city.yaml:7:3: error: unknown criterion 'DG9' in wwc-2017; did you mean 'DG1'?",
                              "city.yaml:8:29: error: unknown checklist item 'publshed' for criterion 'DG1'; did you mean 'published'?",
                              "city.yaml:8:48: error: status 'met' disagrees with the checklist: 1 of 4 items listed, 3 needed, so the criterion is not_met",
                              "city.yaml:9:22: error: unknown key 'evidance' in the answer to 'OD1'; did you mean 'evidence'?",
                          });
}

TEST_CASE("assessment loader points missing keys at their parent") {
    CHECK(errors("format: wwc-assessment/1\ncity:\n  name: X\n") ==
          std::vector<std::string>{
              "city.yaml:1:1: error: missing required key 'criteria' in the assessment",
              "city.yaml:1:1: error: missing required key 'assessed_on' in the assessment",
              "city.yaml:1:1: error: missing required key 'responses' in the assessment",
              "city.yaml:3:3: error: missing required key 'country' in 'city'",
              "city.yaml:3:3: error: missing required key 'population' in 'city'",
          });
}

TEST_CASE("assessment loader explains empty answers and quoted numbers") {
    CHECK(errors(head + "responses:\n  DG2:\n  DG3: met\n") ==
          std::vector<std::string>{"city.yaml:6:3: error: the answer to 'DG2' is empty; give a status"});
    CHECK(errors("format: wwc-assessment/1\ncriteria: wwc-2017\ncity: {name: X, country: US, population: \"500\"}\n"
                 "assessed_on: 2020-01-01\nresponses: {DG2: not_met}\n") ==
          std::vector<std::string>{
              "city.yaml:3:42: error: 'population' must be a whole number, not '500' (write it without quotes)"});
}

TEST_CASE("assessment loader checks types") {
    CHECK(errors(head + "responses: [DG1]\n") ==
          std::vector<std::string>{"city.yaml:5:12: error: 'responses' must be a mapping, not a list"});
    CHECK(errors("format: wwc-assessment/2\ncriteria: wwc-2017\ncity: {name: X, country: US, population: many}\n"
                 "assessed_on: 2020-01-01\nresponses: {}\n") ==
          std::vector<std::string>{
              "city.yaml:1:9: error: unsupported format 'wwc-assessment/2'; expected 'wwc-assessment/1'",
              "city.yaml:3:42: error: 'population' must be a whole number, not 'many'"});
}

TEST_CASE("checklist answers agree with their status or fail") {
    const CriteriaSet& set = bundled("wwc-2017");
    CHECK(assessment(head + "responses: {DG1: {checklist: [method], status: in_progress}}\n", set)
              .assessment.responses[0]
              .answer == Answer::in_progress);
    CHECK(assessment(head + "responses: {DG1: {checklist: [method]}}\n", set).assessment.responses[0].answer ==
          Answer::not_met);
    CHECK(errors(head + "responses: {DG1: {checklist: [method, updated_12m, published], status: planned}}\n") ==
          std::vector<std::string>{"city.yaml:5:72: error: status 'planned' disagrees with the checklist: 3 of 4 "
                                   "items listed, 3 needed, so the criterion is met"});
    CHECK(errors(head + "responses: {DG2: {checklist: [method]}}\n") ==
          std::vector<std::string>{"city.yaml:5:30: error: criterion 'DG2' has no checklist; give a 'status'"});
}

TEST_CASE("outcomes are checked against their standards") {
    const std::string yaml = R"(format: wwc-assessment/1
criteria: wwc-2022
city: {name: X, country: CA, population: 40000}
assessed_on: 2023-01-01
responses: {DM1: not_met}
outcomes:
  air_quality: {attested: true, evidence: [x]}
  sdg_priority: {value: 3}
  broadbnd: {value: 80}
)";
    CHECK(errors_of([&] { assessment(yaml, bundled("wwc-2022")); }) ==
          std::vector<std::string>{
              "city.yaml:7:27: error: outcome 'air_quality' must be measured: give a 'value'; attestation is not "
              "accepted for it",
              "city.yaml:8:25: error: outcome 'sdg_priority' is met by attestation, not by a value; use "
              "'attested: true' with evidence",
              "city.yaml:9:3: error: unknown outcome 'broadbnd'; did you mean 'broadband'?"});
}

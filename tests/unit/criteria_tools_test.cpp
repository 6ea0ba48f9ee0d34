#include <catch2/catch.hpp>

#include "report/formats.hpp"
#include "scoring/criteria_diff.hpp"
#include "scoring/criteria_lint.hpp"
#include "test_support.hpp"

using namespace wwc;
using wwc::test::bundled;

namespace {

const std::string head = R"(format: wwc-criteria/1
id: tiny
name: Tiny
version: "1"
practices: [{id: P, name: Practice}]
)";

// The formatted lint diagnostics of `yaml` (which must load).
std::vector<std::string> lint(const std::string& yaml, const CriteriaLookup& lookup = {}) {
    const CriteriaSet set = load_criteria(yaml, "c.yml");
    std::vector<std::string> out;
    for (const Diagnostic& d : lint_criteria(set, lookup)) out.push_back(wwc::test::text(d));
    return out;
}

// The text of `criteria diff a b`.
std::string diff_text(const CriteriaSet& a, const CriteriaSet& b) {
    const Words words;
    return find_format(criteria_diff_formats(), "text")->render({&a, &b, diff_criteria(a, b)}, {words});
}

}  // namespace

TEST_CASE("lint accepts a sound criteria set and the bundled sets") {
    CHECK(lint(head + R"(criteria: [{id: A, name: A, practice: P, provenance: read}]
levels: [{id: l1, name: L1, min_percent: 50, required: [A]}]
)").empty());
    const CriteriaLookup lookup = [](const std::string& id) { return &bundled(id); };
    CHECK(lint_criteria(bundled("wwc-2017"), lookup).empty());
    CHECK(lint_criteria(bundled("wwc-2022"), lookup).empty());
}

TEST_CASE("lint: a level that requires a retired criterion") {
    CHECK(lint(head + R"(criteria:
  - {id: A, name: A, practice: P, provenance: read}
  - {id: B, name: B, practice: P, provenance: read, retired: true}
levels: [{id: l1, name: L1, min_percent: 50, required: [B]}]
)") == std::vector<std::string>{"c.yml:9:10: error: level 'l1' requires criterion 'B', which is retired and never counts"});
}

TEST_CASE("lint: a level that requires a future criterion") {
    CHECK(lint(head + R"(criteria:
  - {id: A, name: A, practice: P, provenance: read}
  - {id: B, name: B, practice: P, provenance: read, future: 2030-01-01}
levels: [{id: l1, name: L1, min_percent: 50, required: [B]}]
)") == std::vector<std::string>{"c.yml:9:10: warning: level 'l1' requires criterion 'B', which counts only from 2030-01-01"});
}

TEST_CASE("lint: a level no number of points reaches") {
    CHECK(lint(head + R"(criteria: [{id: A, name: A, practice: P, provenance: read, retired: true}]
levels: [{id: l0, name: L0, min_percent: 0}, {id: l1, name: L1, min_percent: 50}]
)") == std::vector<std::string>{
               "c.yml:7:46: error: level 'l1' cannot be reached: no counted criterion earns points towards its 50 percent"});
}

TEST_CASE("lint: an outcome rule that names too few distinct outcomes") {
    CHECK(lint(head + R"(criteria: [{id: A, name: A, practice: P, provenance: read}]
outcomes: [{id: o1, name: O1, at_least: 5}]
levels: [{id: l1, name: L1, min_percent: 50, outcomes: {min_met: 2, of: [o1, o1]}}]
)") == std::vector<std::string>{
               "c.yml:8:10: error: level 'l1' needs 2 outcomes met but names only 1 distinct outcomes"});
}

TEST_CASE("lint: a practice with no criteria") {
    CHECK(lint(R"(format: wwc-criteria/1
id: tiny
name: Tiny
version: "1"
practices: [{id: P, name: Practice}, {id: Q, name: Empty}]
criteria: [{id: A, name: A, practice: P, provenance: read}]
levels: [{id: l1, name: L1, min_percent: 50}]
)") == std::vector<std::string>{"c.yml:5:38: warning: practice 'Q' has no criteria"});
}

TEST_CASE("lint: a retired prerequisite") {
    CHECK(lint(head + R"(criteria:
  - {id: A, name: A, practice: P, provenance: read, retired: true}
  - {id: B, name: B, practice: P, provenance: read, prerequisites: [A]}
levels: [{id: l1, name: L1, min_percent: 50}]
)") == std::vector<std::string>{"c.yml:8:5: warning: prerequisite 'A' of 'B' is retired and is ignored"});
}

TEST_CASE("lint: a crosswalk from an unknown set") {
    CHECK(lint(head + R"(criteria: [{id: A, name: A, practice: P, provenance: read}]
levels: [{id: l1, name: L1, min_percent: 50}]
crosswalk: {from: old-1, map: {A: [X1]}}
)") == std::vector<std::string>{"c.yml:8:12: warning: crosswalk source 'old-1' is not a bundled set or a readable "
                                "criteria file; its criterion ids are not checked"});
}

TEST_CASE("lint: a crosswalk that names criteria its source lacks") {
    const CriteriaLookup lookup = [](const std::string& id) { return &bundled(id); };
    CHECK(lint(head + R"(criteria:
  - {id: A, name: A, practice: P, provenance: read}
  - {id: B, name: B, practice: P, provenance: read}
levels: [{id: l1, name: L1, min_percent: 50}]
crosswalk: {from: wwc-2017, map: {B: [DG2, DG22], A: [ZZ]}}
)",
               lookup) ==
          std::vector<std::string>{
              "c.yml:10:12: error: crosswalk maps 'A' from 'ZZ', which is not a criterion of 'wwc-2017'",
              "c.yml:10:12: error: crosswalk maps 'B' from 'DG22', which is not a criterion of 'wwc-2017'; did you mean "
              "'DG2'?",
          });
}

TEST_CASE("diff lists added, removed and changed parts in file order") {
    const CriteriaSet a = load_criteria(R"(format: wwc-criteria/1
id: a-1
name: Set A
version: "1"
practices: [{id: P, name: Practice}, {id: Q, name: Old}]
criteria:
  - {id: A1, name: One, practice: P, provenance: read}
  - {id: A2, name: Two, practice: P, provenance: read, prerequisites: [A1]}
  - {id: Q1, name: Gone, practice: Q, provenance: read}
outcomes: [{id: o1, name: O1, unit: percent, at_least: 70}]
levels:
  - {id: l1, name: L1, min_percent: 50, required: [A1]}
  - {id: l2, name: L2, min_percent: 67}
eligibility: {countries: [US]}
)",
                                        "a.yml");
    const CriteriaSet b = load_criteria(R"(format: wwc-criteria/1
id: b-1
name: Set B
version: "2"
practices: [{id: P, name: Practices}, {id: R, name: New}]
criteria:
  - {id: A1, name: One, practice: R, provenance: read, points: 2, core: true}
  - {id: A2, name: Second, practice: P, provenance: read}
  - {id: R1, name: Fresh, practice: R, provenance: read, checklist: {min_met: 1, items: [{id: x}, {id: y}]}}
outcomes: [{id: o1, name: O1, unit: percent, at_least: 75}]
levels:
  - {id: l1, name: L1, min_percent: 50, required: [A1, R1], outcomes: {min_met: 1, of: [o1]}}
  - {id: l2, name: L2, min_percent: 68}
eligibility: {min_population: 1000, countries: [US, CA]}
crosswalk: {from: a-1, map: {A1: [A1], A2: [A2, A1]}}
)",
                                        "b.yml");
    CHECK(diff_text(a, b) == R"(criteria diff: a-1 -> b-1

set:
~ set renamed: "Set A" -> "Set B"
~ set: version 1 -> 2

practices:
~ practice P renamed: "Practice" -> "Practices"
+ practice R New
- practice Q Old

criteria:
~ A1 moved: P -> R
~ A1: points 1 -> 2
~ A1: core false -> true
~ A2 renamed: "Two" -> "Second"
~ A2: prerequisites A1 -> none
+ R1 Fresh (R)
- Q1 Gone (Q)

outcomes:
~ outcome o1: standard at_least 70 -> at_least 75

levels:
~ level l1: required A1 -> A1, R1
~ level l1: outcomes none -> 1 of o1
~ level l2: min_percent 67 -> 68

eligibility:
~ eligibility: min_population none -> 1000
+ eligibility countries: CA

crosswalk of b-1 from a-1:
= A1 <- A1
= A2 <- A2, A1
= R1 <- none
= Q1 -> none
)");
}

TEST_CASE("diff of the bundled sets shows what the crosswalk maps") {
    const std::string text = diff_text(bundled("wwc-2017"), bundled("wwc-2022"));
    CHECK(text.find("\n= DM1 <- DG2\n") != std::string::npos);
    const std::string reversed = diff_text(bundled("wwc-2022"), bundled("wwc-2017"));
    CHECK(reversed.find("crosswalk of wwc-2022 from wwc-2017, reversed:\n") != std::string::npos);
    CHECK(reversed.find("\n= DG2 <- DM1\n") != std::string::npos);
}

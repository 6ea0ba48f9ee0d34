#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "input/yaml_mistakes.hpp"
#include "report/init/blank_assessment.hpp"
#include "test_support.hpp"

using namespace wwc;
using wwc::test::errors_of;
using Errors = std::vector<std::string>;

namespace {

// Lines 1 to 9; the mistakes start on line 10.
const std::string head = R"(format: wwc-assessment/1
criteria: wwc-2022
city:
  name: Springfield
  country: US
  population: 40000
assessed_on: 2024-01-01
responses:
  DM1: met
)";

Errors errors(const std::string& text) {
    return errors_of([&] { parse_yaml(text, "f.yaml"); });
}

std::string stopped_at(int line) {
    return "f.yaml: error: the file is not read past line " + std::to_string(line) + " until this is fixed";
}

const std::string indented = "f.yaml:10:4: error: this line is indented differently from the lines above it: ";
const std::string uncommented =
    "error: this line was uncommented but kept the space after '#': remove one space so that its indentation matches "
    "the lines around it";

std::string file_text(const std::string& path) {
    std::ifstream in(path);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

}  // namespace

TEST_CASE("a tab in the indentation is named at its column") {
    CHECK(errors(head + "\tDM2: met\n  DM3: met\n") ==
          Errors{"f.yaml:10:1: error: a tab: use spaces to indent", stopped_at(10)});
    CHECK(errors(head + "  DM2:\n  \tstatus: met\n") ==
          Errors{"f.yaml:11:3: error: a tab: use spaces to indent", stopped_at(11)});
    CHECK(errors(head + "\t# a note\n  DM2: met\n") ==
          Errors{"f.yaml:10:1: error: a tab: use spaces to indent", stopped_at(10)});
    // A tab between a key and its value is allowed.
    CHECK(errors(head + "  DM2:\tmet\n").empty());
}

TEST_CASE("every tabbed line is reported, not one per run") {
    CHECK(errors(head + "  DM2:\n\tstatus: met\n\tnotes: x\n  DM3: met\n") ==
          Errors{"f.yaml:11:1: error: a tab: use spaces to indent", stopped_at(11),
                 "f.yaml:12:1: error: a tab: use spaces to indent"});
}

TEST_CASE("a wrong indentation says how many spaces the lines above have") {
    CHECK(errors(head + "   DM2: met\n  DM3: met\n") ==
          Errors{indented + "indent it by 2 spaces, like line 9", stopped_at(10)});
    CHECK(errors(head + " DM2: met\n") ==
          Errors{"f.yaml:10:2: error: this line is indented differently from the lines above it: start it at the "
                 "beginning of the line, like line 8, or indent it by 2 spaces, like line 9",
                 stopped_at(10)});
    CHECK(errors(head + "  DM2:\n    status: met\n    evidence:\n      - url: https://example.org/a\n"
                        "         title: Report\n") ==
          Errors{"f.yaml:14:10: error: this line is indented differently from the lines above it: indent it by 8 "
                 "spaces, like line 13",
                 stopped_at(14)});
    CHECK(errors("city:\n  name: X\n country: US\n") ==
          Errors{"f.yaml:3:2: error: this line is indented differently from the lines above it: start it at the "
                 "beginning of the line, like line 1, or indent it by 2 spaces, like line 2",
                 stopped_at(3)});
}

TEST_CASE("a key without its colon is named") {
    CHECK(errors(head + "  DM6\n  DM7: met\n") ==
          Errors{"f.yaml:10:6: error: missing ':' after 'DM6'", stopped_at(10)});
    CHECK(errors(head + "  DM6 met\n  DM7: met\n") ==
          Errors{"f.yaml:10:6: error: missing ':' after 'DM6'", stopped_at(10)});
    // yaml-cpp reads a last "DM6" as a key with no value: reported all the same.
    CHECK(errors(head + "  DM6\n") == Errors{"f.yaml:10:6: error: missing ':' after 'DM6'"});
    CHECK(errors(head + "  DM2:\n    status met\n    notes: x\n") ==
          Errors{"f.yaml:11:11: error: missing ':' after 'status'", stopped_at(11)});
    CHECK(errors(head + "  DM2:\n    status:met\n    notes: x\n") ==
          Errors{"f.yaml:11:12: error: missing space after ':' in 'status:met'", stopped_at(11)});
    CHECK(errors("format: wwc-assessment/1\nprepared_by Office of Data\n") ==
          Errors{"f.yaml:2:12: error: missing ':' after 'prepared_by'"});
}

TEST_CASE("a non-breaking space is found in the indentation and next to the colon") {
    const std::string message = "error: a non-breaking space: replace it with an ordinary space";
    CHECK(errors(head + "\xC2\xA0 DM2: met\n  DM3: met\n") == Errors{"f.yaml:10:1: " + message, stopped_at(10)});
    CHECK(errors(head + "  DM2:\xC2\xA0met\n  DM3: met\n") == Errors{"f.yaml:10:7: " + message, stopped_at(10)});
    // yaml-cpp reads "DM2\u00a0" as a key: reported although it parses.
    CHECK(errors(head + "  DM2\xC2\xA0: met\n") == Errors{"f.yaml:10:6: " + message});
    // Inside a value it is text.
    CHECK(errors(head + "  DM2:\n    status: met\n    notes: 5\xC2\xA0km\n").empty());
    CHECK(errors(head + "  DM2:\n    status: met\n    notes: a note\n      \xC2\xA0that goes on\n").empty());
}

TEST_CASE("evidence under a short answer says how to write the long form") {
    CHECK(errors(head + "    evidence:\n      - https://example.org/a\n  DM2: met\n") ==
          Errors{"f.yaml:10:5: error: DM1 has its status on the same line: to add evidence, write `status: met` and "
                 "`evidence:` on their own lines under `DM1:`",
                 stopped_at(10)});
    // yaml-cpp reads this as the status "met - https://example.org/a": reported all the same.
    CHECK(errors(head + "    - https://example.org/a\n") ==
          Errors{"f.yaml:10:5: error: DM1 has its status on the same line: to add evidence, write `status: met` and "
                 "`evidence:` on their own lines under `DM1:`"});
    CHECK(errors(head + "    notes: asked the clerk\n") ==
          Errors{"f.yaml:10:5: error: DM1 has its status on the same line: to add notes, write `status: met` and "
                 "`notes:` on their own lines under `DM1:`",
                 stopped_at(10)});
    CHECK(errors(head + "    checklist: [method]\n") ==
          Errors{"f.yaml:10:5: error: DM1 has its status on the same line: to give its checklist, write `DM1:` alone "
                 "on its line and `checklist:` on the line under it",
                 stopped_at(10)});
}

TEST_CASE("a template line uncommented by deleting only '#' is recognised") {
    CHECK(errors(head + " outcomes:\n   air_quality: {value: 7.1, year: 2022}\n") ==
          Errors{"f.yaml:10:2: " + uncommented, stopped_at(10)});
    CHECK(
        errors(head + "outcomes:\n   air_quality: {value: 7.1, year: 2022}\n  broadband: {value: 80, year: 2022}\n") ==
        Errors{"f.yaml:11:4: " + uncommented, stopped_at(11)});
    CHECK(
        errors(head + "outcomes:\n  broadband: {value: 80, year: 2022}\n   air_quality: {value: 7.1, year: 2022}\n") ==
        Errors{"f.yaml:12:4: " + uncommented, stopped_at(12)});
    // The commented lines left around it show where '#' was.
    CHECK(errors(head + "#   DM2: met\n   DM3: met\n") == Errors{"f.yaml:11:4: " + uncommented, stopped_at(11)});
    // All the lines uncommented alike line up with each other: nothing to say.
    CHECK(errors(head + "outcomes:\n   air_quality: {value: 7.1, year: 2022}\n   broadband: {value: 80, year: 2022}\n")
              .empty());
}

TEST_CASE("a colon inside a plain value asks for quotes") {
    const std::string message = "error: a ':' inside a value: put the value in quotes";
    CHECK(errors(head + "  DM2:\n    status: met\n    notes: see item 3: done\n") ==
          Errors{"f.yaml:12:12: " + message, stopped_at(12)});
    CHECK(errors(head + "  DM2:\n    status: met\n    evidence:\n      - title: Report: 2023\n") ==
          Errors{"f.yaml:13:16: " + message, stopped_at(13)});
    CHECK(errors(head + "  DM2:\n    status: met\n    notes: as follows:\n") ==
          Errors{"f.yaml:12:12: " + message, stopped_at(12)});
    CHECK(errors(head + "  DM2:\n    status: met\n    notes: \"see item 3: done\" # at 10:30\n").empty());
}

TEST_CASE("several mistakes are reported in line order") {
    CHECK(errors(head + "\tDM2: met\n  DM3\n  DM4: met\n") == Errors{"f.yaml:10:1: error: a tab: use spaces to indent",
                                                                     stopped_at(10),
                                                                     "f.yaml:11:6: error: missing ':' after 'DM3'"});
    // yaml-cpp reads past the first, and stops at the second.
    CHECK(errors(head + "  DM2\xC2\xA0: met\n  DM3: met\n    evidence:\n      - Minutes\n") ==
          Errors{"f.yaml:10:6: error: a non-breaking space: replace it with an ordinary space",
                 "f.yaml:12:5: error: DM3 has its status on the same line: to add evidence, write `status: met` and "
                 "`evidence:` on their own lines under `DM3:`",
                 stopped_at(12)});
}

TEST_CASE("yaml-cpp's own words remain when no known mistake explains the failure") {
    CHECK(errors("a: &x 1\nb: *y\n") ==
          Errors{"f.yaml:2:4: error: YAML syntax error: the referenced anchor is not defined"});
    CHECK(errors("a\xC2\xA0: 1\nb: 2\nc: &x 1\nd: *y\n") ==
          Errors{"f.yaml:1:2: error: a non-breaking space: replace it with an ordinary space",
                 "f.yaml:4:4: error: YAML syntax error: the referenced anchor is not defined", stopped_at(4)});
}

TEST_CASE("well-formed YAML has no layout mistake") {
    CHECK(find_yaml_mistakes(R"(---
# A comment
key: value with #hash and a:colon-without-space http://example.org/x
"quoted key": 'it''s: fine'
block: |
  text: with a colon
  	and a tab
  more
folded: >-
    line one

    line two
flow: [a, "b: c",
  d]
map: {a: 1,
      b: 2}
multi: "first
  second: still text"
plain: a long value
  that goes on, as text
list:
- one
- two: 2
  three: 3
-
  - nested
nested:
    deep:
        - item
          continued
empty:
after: done
)")
              .empty());
    CHECK(find_yaml_mistakes("a: 1\r\nb:\r\n  c: 2\r\n").empty());
}

TEST_CASE("the examples, the criteria files and every init template have no layout mistake") {
    for (const char* name :
         {"buenos-aires-2023", "cambridge-2020", "cambridge-2021", "cambridge-2023", "cambridge-2024", "cambridge-2025",
          "missing-core", "niteroi-2024", "no-outcome", "tempe-2024"}) {
        const std::string text = file_text(std::string(WWC_SOURCE_DIR) + "/examples/" + name + ".yaml");
        INFO(name);
        REQUIRE(!text.empty());
        CHECK(find_yaml_mistakes(text).empty());
    }
    for (const BundledCriteria& criteria : bundled_criteria()) {
        INFO(criteria.id);
        CHECK(find_yaml_mistakes(criteria.text).empty());
        const std::string blank = blank_assessment(wwc::test::bundled(std::string(criteria.id)), "2024-05-01", Words());
        CHECK(find_yaml_mistakes(blank).empty());
    }
}

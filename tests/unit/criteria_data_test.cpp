// The criteria data as of 2026: when a set was last checked against public
// sources, and the other names its practices are known by.

#include <catch2/catch.hpp>

#include "test_support.hpp"

using namespace wwc;
using wwc::test::bundled;
using wwc::test::errors_of;

namespace {

std::string set_with(const std::string& top, const std::string& practices) {
    return R"(format: wwc-criteria/1
id: tiny
name: Tiny
version: "1"
)" + top + "practices:\n" + practices + R"(criteria: [{id: A1, name: A, practice: A, provenance: read}]
levels: [{id: silver, name: Silver, min_percent: 50}]
)";
}

}  // namespace

TEST_CASE("wwc-2022 says when it was last checked and what was read") {
    const CriteriaSet& set = bundled("wwc-2022");
    CHECK(set.checked == "2026-01-31");
    CHECK(set.checked_note.rfind("Read: ", 0) == 0);
    CHECK(set.checked_note.find("43 criteria") != std::string::npos);
    CHECK(set.checked_note.find("not a WWC statement") != std::string::npos);
    CHECK(bundled("wwc-2017").checked.empty());
}

TEST_CASE("a practice is found by its id, name, aliases and translated names") {
    const CriteriaSet& set = bundled("wwc-2022");
    const auto found = [&](const std::string& name) {
        const std::optional<std::size_t> i = set.find_practice(name);
        return i ? set.practices[*i].id : std::string("none");
    };
    CHECK(found("CI") == "CI");
    CHECK(found("ci") == "CI");
    CHECK(found("Community Impact") == "CI");
    CHECK(found("Stakeholder Impact") == "CI");
    CHECK(found("stakeholder  impact") == "CI");
    CHECK(found("Impacto en las Partes Interesadas") == "CI");
    CHECK(found("Impacto na Comunidade") == "CI");
    CHECK(found("Evaluations") == "EVAL");
    CHECK(found("Rigorous Evaluations") == "EVAL");
    CHECK(found("Data-Driven Budgeting and Finance") == "BF");
    CHECK(found("Data Driven Budget and Finance") == "BF");
    CHECK(found("Presupuesto y Finanzas") == "BF");
    CHECK(found("Leadership and Capacity") == "LC");
    CHECK(found("Stakeholder") == "none");
    CHECK(found("") == "none");
    CHECK(practice_key("Data-Driven Budget & Finance") == "datadrivenbudgetandfinance");
}

TEST_CASE("criteria loader reads aliases and the check, and reports their mistakes") {
    const CriteriaSet set = load_criteria(
        set_with("checked: 2026-01-31\nchecked_note: Read the bands.\n",
                 "  - {id: A, name: Alpha, aliases: [First, Premier]}\n  - {id: B, name: Beta}\n"),
        "c.yaml");
    CHECK(set.practices[0].aliases == std::vector<std::string>{"First", "Premier"});
    CHECK(set.checked == "2026-01-31");
    CHECK(set.checked_note == "Read the bands.");
    CHECK(errors_of([] {
              load_criteria(set_with("checked: 2026-02-30\n",
                                     "  - {id: A, name: Alpha, aliases: [beta, Other]}\n"
                                     "  - {id: B, name: Beta, aliases: other}\n"),
                            "c.yaml");
          }) == std::vector<std::string>{
                    "c.yaml:5:10: error: 'checked' must be a date written YYYY-MM-DD, not '2026-02-30'",
                    "c.yaml:7:35: error: alias 'beta' of practice 'A' also names practice 'B'",
                    "c.yaml:8:34: error: 'aliases' must be a list, not a single value",
                });
    CHECK(errors_of([] {
              load_criteria(set_with("checked_note: Read it.\n", "  - {id: A, name: Alpha}\n"), "c.yaml");
          }) ==
          std::vector<std::string>{
              "c.yaml:5:15: error: 'checked_note' says what a check read: give its date in 'checked'"});
}

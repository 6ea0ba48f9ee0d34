#include <catch2/catch.hpp>

#include "input/value_fixes.hpp"
#include "test_support.hpp"

using namespace wwc;
using wwc::test::errors_of;
using Errors = std::vector<std::string>;

namespace {

// An assessment with `population` on line 6, `assessed_on` on line 7 and the
// answer to DM1 on line 9; `more` follows.
std::string city(const std::string& population, const std::string& date, const std::string& dm1,
                 const std::string& more = "") {
    return "format: wwc-assessment/1\ncriteria: wwc-2022\ncity:\n  name: Springfield\n  country: US\n"
           "  population: " +
           population + "\nassessed_on: " + date + "\nresponses:\n  DM1: " + dm1 + "\n" + more;
}

Errors errors(const std::string& yaml) {
    return errors_of([&] { wwc::test::assessment(yaml, wwc::test::bundled("wwc-2022")); });
}

Errors errors_of_status(const std::string& status) { return errors(city("40000", "2024-01-01", status)); }

}  // namespace

TEST_CASE("a date written another way gets its YYYY-MM-DD form") {
    for (const char* written : {"3/31/2023", "31/03/2023", "2023/03/31", "31.03.2023", "2023-3-31"}) {
        INFO(written);
        CHECK(errors(city("40000", written, "met")) ==
              Errors{"city.yaml:7:14: error: 'assessed_on' must be a date written YYYY-MM-DD: write 2023-03-31"});
    }
    CHECK(errors(city("40000", "04/05/2023", "met")) ==
          Errors{"city.yaml:7:14: error: 'assessed_on' must be a date written YYYY-MM-DD: '04/05/2023' could be "
                 "2023-04-05 or 2023-05-04; write the one you mean"});
    CHECK(errors(city("40000", "2/30/2023", "met")) ==
          Errors{"city.yaml:7:14: error: 'assessed_on' must be a date written YYYY-MM-DD, not '2/30/2023'"});
    CHECK(errors(city("40000", "2024-01-01", "{status: met, evidence: [{title: Plan, date: 1/15/2022}]}")) ==
          Errors{"city.yaml:9:53: error: 'date' must be a date written YYYY-MM-DD: write 2022-01-15"});
}

TEST_CASE("a number with separators, a '%' or a decimal comma gets the number to write") {
    for (const char* written : {"167,882", "167.882", "167 882",
                                "167\xC2\xA0"
                                "882"}) {
        INFO(written);
        CHECK(errors(city(written, "2024-01-01", "met")) ==
              Errors{"city.yaml:6:15: error: 'population' must be a number written without separators: write 167882"});
    }
    const auto outcome = [](const std::string& value) {
        return errors(
            city("40000", "2024-01-01", "met", "outcomes:\n  broadband: {value: " + value + ", year: 2022}\n"));
    };
    CHECK(outcome("72%") == Errors{"city.yaml:11:22: error: 'value' must be the number alone: write 72"});
    CHECK(outcome("88,4%") == Errors{"city.yaml:11:22: error: 'value' must be the number alone: write 88.4"});
    CHECK(outcome("88,4") ==
          Errors{"city.yaml:11:22: error: 'value' must be a number written with a '.' for decimals: write 88.4"});
    CHECK(errors(city("40000", "2024-01-01", "met", "outcomes:\n  broadband:\n    value: 1,234.5\n    year: 2022\n")) ==
          Errors{"city.yaml:12:12: error: 'value' must be a number written without separators: write 1234.5"});
}

TEST_CASE("a word that is not a status gets the status it most likely means") {
    const std::vector<std::pair<std::string, std::string>> meant = {
        {"yes", "met"},         {"no", "not_met"},
        {"true", "met"},        {"false", "not_met"},
        {"Yes", "met"},         {"Met", "met"},
        {"MET", "met"},         {"Not met", "not_met"},
        {"not met", "not_met"}, {"in progress", "in_progress"},
        {"done", "met"},        {"Planned", "planned"},
    };
    for (const auto& [written, status] : meant) {
        INFO(written);
        CHECK(errors_of_status(written) ==
              Errors{"city.yaml:9:8: error: '" + written + "' is not a status: write " + status});
    }
    CHECK(errors(city("40000", "2024-01-01", "\n    status: In Progress")) ==
          Errors{"city.yaml:10:13: error: 'In Progress' is not a status: write in_progress"});
    CHECK(errors_of_status("finished") ==
          Errors{"city.yaml:9:8: error: unknown status 'finished'; expected met, not_met, in_progress or planned"});
}

TEST_CASE("curly quotes around a value are named") {
    const std::string message = "error: curly quotes: use straight quotes \" or remove them";
    CHECK(errors_of_status("\xE2\x80\x9C"
                           "met\xE2\x80\x9D") == Errors{"city.yaml:9:8: " + message});
    CHECK(errors_of_status("\xE2\x80\x98"
                           "met\xE2\x80\x99") == Errors{"city.yaml:9:8: " + message});
    CHECK(errors_of_status("\xE2\x80\x9C\xE2\x80\x9D") == Errors{"city.yaml:9:8: " + message});
    CHECK(errors(city("\xE2\x80\x9C"
                      "40000\xE2\x80\x9D",
                      "2024-01-01", "met")) == Errors{"city.yaml:6:15: " + message});
    // An apostrophe inside text is text.
    CHECK(errors(city("40000", "2024-01-01", "{status: met, notes: the city\xE2\x80\x99s plan}")).empty());
}

TEST_CASE("a colon inside a value read as a mapping asks for quotes") {
    const std::string message = "error: a ':' inside a value: put the value in quotes";
    CHECK(errors(city("40000", "2024-01-01", "\n    status: met\n    notes:\n      see item 3: done")) ==
          Errors{"city.yaml:12:7: " + message});
    CHECK(errors(city("40000", "2024-01-01", "\n    status: met\n    evidence:\n      - Minutes: January 2023")) ==
          Errors{"city.yaml:12:9: " + message});
    // A lower-case word before the colon is a key, misspelt or not.
    CHECK(errors(city("40000", "2024-01-01", "\n    status: met\n    evidence:\n      - titel: Minutes")) ==
          Errors{"city.yaml:12:9: error: unknown key 'titel' in an evidence item; did you mean 'title'?",
                 "city.yaml:12:9: error: an evidence item needs a 'url' or a 'title'"});
}

TEST_CASE("value fixes read only what they can read one way") {
    CHECK(iso_date_readings("12/12/2023") == std::vector<std::string>{"2023-12-12"});
    CHECK(iso_date_readings("2024-02-30").empty());
    CHECK(iso_date_readings("1/2/23").empty());
    CHECK(without_separators("1,234", false) == std::nullopt);  // a decimal comma, perhaps
    CHECK(without_separators("1,234", true) == "1234");
    CHECK(without_separators("12,34", true) == std::nullopt);
    CHECK(with_decimal_point("1,234") == std::nullopt);
    CHECK(without_percent("abc%") == std::nullopt);
    CHECK(meant_answer("maybe") == std::nullopt);
    CHECK(
        has_curly_quotes("\xE2\x80\x9C"
                         "a\xE2\x80\x9D"));
    CHECK_FALSE(
        has_curly_quotes("\xE2\x80\x9C"
                         "a"));
}

#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

#include "util/suggest.hpp"

using namespace wwc;

namespace {

// The suggestion, or "none", so that a failure prints what was found.
std::string suggest(std::string_view word, const std::vector<std::string>& candidates) {
    return closest_match(word, candidates).value_or("none");
}

}  // namespace

TEST_CASE("closest_match finds a word one typo away") {
    CHECK(suggest("evidance", {"status", "evidence", "notes", "checklist"}) == "evidence");
    CHECK(suggest("regoin", {"name", "region", "country", "population"}) == "region");
    CHECK(suggest("publshed", {"method", "updated_12m", "published", "public"}) == "published");
}

TEST_CASE("closest_match counts two neighbouring characters swapped as one typo") {
    const std::vector<std::string> commands = {"score", "check", "batch", "init", "criteria", "diff", "schema"};
    CHECK(suggest("scroe", commands) == "score");
    CHECK(suggest("bacth", commands) == "batch");
    CHECK(suggest("cehck", commands) == "check");
    CHECK(suggest("crtieria", commands) == "criteria");
    CHECK(suggest("soecr", commands) == "none");  // not neighbours: three edits in five characters
    CHECK(suggest("evidnece", {"evidence"}) == "evidence");
}

TEST_CASE("closest_match ignores ASCII case") {
    CHECK(suggest("dm1", {"DM1", "DM2", "LC1"}) == "DM1");
    CHECK(suggest("EVIDENCE", {"evidence"}) == "evidence");
}

TEST_CASE("closest_match allows about one edit in three characters") {
    // 8 characters allow 2 edits.
    CHECK(suggest("evidxxce", {"evidence"}) == "evidence");
    CHECK(suggest("evixxxce", {"evidence"}) == "none");
    CHECK(suggest("outcomes", {"criteria", "levels"}) == "none");
    CHECK(suggest("", {"", "a"}) == "none");
    CHECK(suggest("x", {}) == "none");
}

TEST_CASE("closest_match never offers a very short word that shares nothing with the input") {
    CHECK(suggest("a", {"b"}) == "none");
    CHECK(suggest("a", {"bc", "z"}) == "none");
    CHECK(suggest("ab", {"cd", "xy"}) == "none");
    CHECK(suggest("x", {"X"}) == "X");
    CHECK(suggest("ab", {"cd", "xb"}) == "xb");
}

TEST_CASE("closest_match prefers the closest candidate, then the first of equals") {
    CHECK(suggest("criteria", {"critxxia", "critexia"}) == "critexia");
    CHECK(suggest("criteria", {"critexia", "critxxia"}) == "critexia");
    CHECK(suggest("cat", {"bat", "cot", "cab"}) == "bat");
    CHECK(suggest("cat", {"cot", "bat", "cab"}) == "cot");
    CHECK(suggest("status", {"statuses", "statu", "status"}) == "status");
}

TEST_CASE("closest_match gives nothing for a word over 64 characters") {
    const std::string longest(64, 'a');
    CHECK(suggest(longest, {std::string(63, 'a') + "b"}) == std::string(63, 'a') + "b");
    const std::string too_long(65, 'a');
    CHECK(suggest(too_long, {too_long}) == "none");
    CHECK(suggest(too_long, {std::string(64, 'a')}) == "none");
}

TEST_CASE("closest_match answers over 10,000 candidates") {
    std::vector<std::string> ids;
    for (int i = 0; i < 10000; ++i) {
        std::string number = std::to_string(i);
        ids.push_back("id" + std::string(5 - number.size(), '0') + number);
    }
    CHECK(suggest("criterion_status", ids) == "none");
    CHECK(suggest("zzzzzzz", ids) == "none");
    CHECK(suggest(std::string(64, 'q'), ids) == "none");
    CHECK(suggest("id0999x", ids) == "id09990");
    CHECK(suggest("ID04321", ids) == "id04321");
}

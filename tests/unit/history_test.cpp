// `history`: assessments arranged by city and date, and the step between them.

#include <catch2/catch.hpp>

#include "scoring/history.hpp"
#include "test_support.hpp"

using namespace wwc;

namespace {

CriteriaCatalog& catalog() {
    static CriteriaCatalog c(1 << 20);
    return c;
}

// A wwc-2017 assessment of `city` (country `country`) on `date`, with its first
// `met` criteria met and the rest not.
std::string answers(const std::string& city, const std::string& country, const std::string& date, int met) {
    std::string yaml = "format: wwc-assessment/1\ncriteria: wwc-2017\ncity: {name: " + city + ", country: " + country +
                       ", population: 50000}\nassessed_on: " + date + "\nresponses:\n";
    int i = 0;
    for (const Criterion& c : catalog().bundled("wwc-2017")->criteria)
        yaml += "  " + c.id + ": {status: " + (i++ < met ? "met" : "not_met") + ", evidence: [x]}\n";
    return yaml;
}

FileReport scored(const std::string& path, const std::string& yaml, const std::string& criteria = "") {
    FileReport file;
    file.path = path;
    file.scored = score_text(yaml, path, catalog(), {criteria, 1 << 20, ""});
    return file;
}

FileReport broken(const std::string& path) {
    FileReport file;
    file.path = path;
    return file;
}

std::vector<std::string> paths(const std::vector<FileReport>& files, const CityHistory& city) {
    std::vector<std::string> out;
    for (const HistoryEntry& e : city.entries) out.push_back(files[e.file].path);
    return out;
}

}  // namespace

TEST_CASE("history arranges cities by first appearance and assessments by date") {
    std::vector<FileReport> files{
        scored("a-2021.yaml", answers("Alton", "US", "2021-03-01", 30)),
        scored("b-2020.yaml", answers("Bexley", "US", "2020-01-01", 20)),
        broken("broken.yaml"),
        scored("a-2019.yaml", answers("Alton", "US", "2019-06-30", 10)),
        scored("a-2021-bis.yaml", answers("Alton", "US", "2021-03-01", 45)),
        scored("a-ca.yaml", answers("Alton", "CA", "2018-01-01", 45)),
    };
    const std::vector<CityHistory> cities = arrange_history(files);
    REQUIRE(cities.size() == 3);
    CHECK(cities[0].name == "Alton");
    CHECK(cities[0].country == "US");
    CHECK(paths(files, cities[0]) == std::vector<std::string>{"a-2019.yaml", "a-2021.yaml", "a-2021-bis.yaml"});
    CHECK(paths(files, cities[1]) == std::vector<std::string>{"b-2020.yaml"});
    CHECK(cities[2].country == "CA");  // a city is its name and its country
    CHECK_FALSE(cities[0].entries[0].step);
    REQUIRE(cities[0].entries[1].step);
    CHECK(cities[0].entries[1].step->level == Change::up);
    CHECK(cities[0].entries[1].step->same_set);
}

TEST_CASE("a step under one set lists criteria gained and lost; across sets, level and percent only") {
    const FileReport none = scored("none.yaml", answers("X", "US", "2020-01-01", 0));
    const FileReport all = scored("all.yaml", answers("X", "US", "2021-01-01", 45));
    HistoryStep up = history_step(*none.scored, *all.scored);
    CHECK(up.level == Change::up);
    CHECK(up.percent_change == 100);
    CHECK(up.points_change == 45);
    CHECK(up.gained.size() == 45);
    CHECK(up.lost.empty());
    HistoryStep down = history_step(*all.scored, *none.scored);
    CHECK(down.level == Change::down);
    CHECK(down.percent_change == -100);
    CHECK(down.lost.size() == 45);
    CHECK(history_step(*all.scored, *all.scored).level == Change::same);

    // The same answers estimated under wwc-2022: the level compares by rank,
    // the criteria do not.
    const FileReport estimate = scored("all.yaml", answers("X", "US", "2021-01-01", 45), "wwc-2022");
    CHECK(estimate.scored->assessment.estimated_from == "wwc-2017");
    const HistoryStep across = history_step(*none.scored, *estimate.scored);
    CHECK_FALSE(across.same_set);
    CHECK(across.gained.empty());
    CHECK(across.lost.empty());
    CHECK(across.percent_change == estimate.scored->evaluation.percent);
}

TEST_CASE("build_history keeps the files it cannot score, in argument order") {
    const History h = build_history({"no/such/file.yaml"}, catalog(), {"", 1 << 20, ""});
    REQUIRE(h.files.size() == 1);
    CHECK_FALSE(h.files[0].scored);
    CHECK_FALSE(h.files[0].valid());
    CHECK(h.cities.empty());
    CHECK(h.criteria.empty());
}

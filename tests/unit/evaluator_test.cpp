#include <catch2/catch.hpp>

#include "model/points.hpp"
#include "report/wording.hpp"
#include "scoring/evaluator.hpp"
#include "test_support.hpp"

using namespace wwc;
using wwc::test::bundled;

namespace {

OutcomeReport report(const std::string& id, std::optional<double> value) {
    OutcomeReport r;
    r.outcome = id;
    r.value = value;
    return r;
}

// An eligible city with `met` criteria met (core criteria first), an outcome met.
Assessment with_met(const CriteriaSet& set, int met) {
    Assessment a;
    a.criteria = set.id;
    a.city = {"Testville", "", "US", 50000};
    a.assessed_on = "2023-01-01";
    std::vector<const Criterion*> order;
    for (const Criterion& c : set.criteria)
        if (c.core) order.push_back(&c);
    for (const Criterion& c : set.criteria)
        if (!c.core && c.prerequisites.empty()) order.push_back(&c);
    for (const Criterion& c : set.criteria)
        if (!c.core && !c.prerequisites.empty()) order.push_back(&c);
    for (int i = 0; i < static_cast<int>(order.size()); ++i)
        a.responses.push_back({order[static_cast<std::size_t>(i)]->id, i < met ? Answer::met : Answer::not_met, {}, {}, {}, {}});
    if (!set.outcomes.empty()) a.outcomes.push_back(report("air_quality", 7.0));
    return a;
}

std::string level_at(const std::string& set_id, int met) {
    const CriteriaSet& set = bundled(set_id);
    const Evaluation e = evaluate(set, with_met(set, met));
    REQUIRE(e.points == met);
    return e.level ? set.levels[*e.level].id : "none";
}

}  // namespace

TEST_CASE("percent rounds half up") {
    CHECK(round_percent(22, 43) == 51);
    CHECK(round_percent(1, 8) == 13);  // 12.5
    CHECK(round_percent(0, 0) == 0);
    CHECK(points_needed(68, 43) == 30);
    CHECK(points_needed(101, 43) == 44);
}

TEST_CASE("wwc-2022 band boundaries") {
    CHECK(level_at("wwc-2022", 21) == "none");
    CHECK(level_at("wwc-2022", 22) == "silver");
    CHECK(level_at("wwc-2022", 29) == "silver");
    CHECK(level_at("wwc-2022", 30) == "gold");
    CHECK(level_at("wwc-2022", 36) == "gold");
    CHECK(level_at("wwc-2022", 37) == "platinum");
    CHECK(level_at("wwc-2022", 43) == "platinum");
}

TEST_CASE("wwc-2017 band boundaries") {
    CHECK(level_at("wwc-2017", 22) == "none");
    CHECK(level_at("wwc-2017", 23) == "silver");
    CHECK(level_at("wwc-2017", 29) == "silver");
    CHECK(level_at("wwc-2017", 30) == "gold");
    CHECK(level_at("wwc-2017", 37) == "gold");
    CHECK(level_at("wwc-2017", 38) == "platinum");
}

TEST_CASE("a missing core criterion, outcome or eligibility blocks every level") {
    const CriteriaSet& set = bundled("wwc-2022");
    Assessment a = with_met(set, 43);
    a.responses[1].answer = Answer::in_progress;  // DM1 or LC1: a core criterion
    Evaluation e = evaluate(set, a);
    CHECK(e.points == 42);
    CHECK_FALSE(e.level);
    CHECK(e.projected_level == std::size_t{2});

    a = with_met(set, 43);
    a.outcomes = {report("air_quality", 10.5), report("broadband", 74.9)};
    CHECK_FALSE(evaluate(set, a).level);
    a.outcomes[1].value = 75.0;
    CHECK(evaluate(set, a).level == std::size_t{2});
    a.outcomes = {report("sdg_priority", std::nullopt)};
    a.outcomes[0].attested = true;
    CHECK_FALSE(evaluate(set, a).level);  // attested without evidence
    a.outcomes[0].evidence.push_back({"https://example.org", "", ""});
    CHECK(evaluate(set, a).level == std::size_t{2});

    a.city.population = 29999;
    e = evaluate(set, a);
    CHECK_FALSE(e.eligible());
    CHECK_FALSE(e.level);
    REQUIRE(e.eligibility_problems.size() == 1);
    CHECK(eligibility_problem(e.eligibility_problems[0], Words()) == "population 29999 is below the minimum of 30000");
    a.city = {"Lyon", "", "FR", 500000};
    e = evaluate(set, a);
    REQUIRE(e.eligibility_problems.size() == 1);
    CHECK(eligibility_problem(e.eligibility_problems[0], Words()) == "country FR is not in the eligible region");
}

TEST_CASE("a met criterion with an unearned prerequisite is blocked") {
    const CriteriaSet& set = bundled("wwc-2017");
    Assessment a = with_met(set, 0);
    for (Response& r : a.responses) {
        if (r.criterion == "PA2" || r.criterion == "PA3") r.answer = Answer::met;
        if (r.criterion == "PA1") r.answer = Answer::in_progress;
    }
    const Evaluation e = evaluate(set, a);
    const auto result = [&](const std::string& id) { return e.criteria[*set.index_of(id)]; };
    CHECK(result("PA2").status == Status::blocked);
    CHECK_FALSE(result("PA2").earned);
    CHECK(result("PA1").status == Status::in_progress);
    CHECK(e.points == 0);
    CHECK(e.projected_points == 3);
}

TEST_CASE("retired and future criteria are not counted") {
    const CriteriaSet set = load_criteria(R"(format: wwc-criteria/1
id: t
name: T
version: "1"
practices: [{id: P, name: P}]
criteria:
  - {id: A, name: A, practice: P, provenance: read}
  - {id: B, name: B, practice: P, provenance: read, retired: true}
  - {id: C, name: C, practice: P, provenance: read, future: 2025-01-01}
  - {id: D, name: D, practice: P, provenance: read, prerequisites: [B]}
levels: [{id: silver, name: Silver, min_percent: 100}]
)",
                                          "t.yaml");
    Assessment a;
    a.assessed_on = "2024-12-31";
    for (const auto& [id, answer] : {std::pair{"A", Answer::met}, std::pair{"B", Answer::not_met},
                                     std::pair{"C", Answer::not_met}, std::pair{"D", Answer::met}})
        a.responses.push_back({id, answer, {}, {}, {}, {}});
    Evaluation e = evaluate(set, a);
    CHECK(e.max_points == 2);
    CHECK(e.points == 2);  // the retired prerequisite does not gate D
    CHECK(e.level == 0);
    a.assessed_on = "2025-01-01";
    e = evaluate(set, a);
    CHECK(e.max_points == 3);
    CHECK_FALSE(e.level);
}

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "scoring/crosswalk.hpp"
#include "test_support.hpp"

using namespace wwc;

namespace {

const std::string head = R"(format: wwc-criteria/1
version: "1"
practices: [{id: P, name: P}]
levels: [{id: l1, name: L1, min_percent: 50}]
)";

const CriteriaSet& old_set() {
    static const CriteriaSet set = load_criteria(head + R"(id: old
name: Old
criteria:
  - {id: A, name: A, practice: P, provenance: read}
  - {id: B, name: B, practice: P, provenance: read}
  - {id: C, name: C, practice: P, provenance: read}
  - {id: D, name: D, practice: P, provenance: read}
  - {id: E, name: E, practice: P, provenance: read}
outcomes:
  - {id: o1, name: O1, at_least: 5}
  - {id: o2, name: O2, at_most: 3}
)",
                                                 "old.yaml");
    return set;
}

// N1 <- A and B, N2 <- C, N3 <- C and D; N4 maps to nothing and N5 is not in the map.
const CriteriaSet& new_set() {
    static const CriteriaSet set = load_criteria(head + R"(id: new
name: New
criteria:
  - {id: N1, name: N1, practice: P, provenance: read}
  - {id: N2, name: N2, practice: P, provenance: read}
  - {id: N3, name: N3, practice: P, provenance: read}
  - {id: N4, name: N4, practice: P, provenance: read}
  - {id: N5, name: N5, practice: P, provenance: read}
outcomes:
  - {id: o1, name: O1, at_least: 5}
crosswalk: {from: old, provenance: inferred, map: {N3: [C, D], N1: [A, B], N2: [C], N4: []}}
)",
                                                 "new.yaml");
    return set;
}

const CriteriaSet& other_set() {
    static const CriteriaSet set = load_criteria(head + R"(id: other
name: Other
criteria: [{id: A, name: A, practice: P, provenance: read}]
crosswalk: {from: elsewhere, map: {A: [X]}}
)",
                                                 "other.yaml");
    return set;
}

Response answer(const std::string& id, Answer a, const std::string& evidence = "") {
    Response r{id, a, {}, {}, {}, {}};
    if (!evidence.empty()) r.evidence.push_back({"https://example.org/" + evidence, evidence, ""});
    return r;
}

// The mapped answers, in the order the result holds them: "N1 met".
std::vector<std::string> answers(const Assessment& a) {
    std::vector<std::string> out;
    for (const Response& r : a.responses) out.push_back(r.criterion + " " + std::string(answer_id(r.answer)));
    return out;
}

// The titles of a response's evidence.
std::vector<std::string> evidence(const Assessment& a, const std::string& id) {
    std::vector<std::string> out;
    if (const Response* r = a.response(id))
        for (const Evidence& e : r->evidence) out.push_back(e.title);
    return out;
}

}  // namespace

TEST_CASE("has_crosswalk holds both ways between a set and the one its crosswalk names") {
    CHECK(has_crosswalk(old_set(), new_set()));
    CHECK(has_crosswalk(new_set(), old_set()));
    CHECK_FALSE(has_crosswalk(old_set(), other_set()));
    CHECK_FALSE(has_crosswalk(other_set(), old_set()));
    CHECK_FALSE(has_crosswalk(new_set(), other_set()));
    CHECK_FALSE(has_crosswalk(other_set(), new_set()));
}

TEST_CASE("forward: a newer criterion is met when all its older criteria are met") {
    Assessment a;
    a.criteria = "old";
    a.city = {"Testville", "MA", "US", 50000};
    a.assessed_on = "2024-05-01";
    a.responses = {answer("E", Answer::not_met), answer("D", Answer::met), answer("C", Answer::met),
                   answer("B", Answer::met), answer("A", Answer::met)};
    const Assessment mapped = map_through_crosswalk(a, old_set(), new_set());
    // In the order of the newer set; N4 and N5 have nothing mapped, so stay unanswered.
    CHECK(answers(mapped) == std::vector<std::string>{"N1 met", "N2 met", "N3 met"});
    CHECK(mapped.criteria == "new");
    CHECK(mapped.estimated_from == "old");
    CHECK(mapped.city.name == "Testville");
    CHECK(mapped.assessed_on == "2024-05-01");
}

TEST_CASE("forward: otherwise a newer criterion takes the least advanced answer") {
    struct Case {
        Answer a, b;
        std::string n1;  // what N1 (A and B) becomes
    };
    using S = Answer;
    const std::vector<Case> cases = {
        {S::met, S::in_progress, "N1 in_progress"}, {S::in_progress, S::met, "N1 in_progress"},
        {S::in_progress, S::planned, "N1 planned"}, {S::planned, S::in_progress, "N1 planned"},
        {S::planned, S::not_met, "N1 not_met"},     {S::not_met, S::met, "N1 not_met"},
        {S::planned, S::planned, "N1 planned"},     {S::not_met, S::not_met, "N1 not_met"},
    };
    for (const Case& c : cases) {
        Assessment a;
        a.responses = {answer("A", c.a), answer("B", c.b)};
        INFO("A " << answer_id(c.a) << ", B " << answer_id(c.b));
        CHECK(answers(map_through_crosswalk(a, old_set(), new_set())) == std::vector<std::string>{c.n1});
    }
}

TEST_CASE("forward: a newer criterion with an unanswered older one stays unanswered") {
    Assessment a;
    a.responses = {answer("A", Answer::met), answer("D", Answer::met)};
    // N1 lacks B, N2 lacks C, N3 lacks C.
    CHECK(answers(map_through_crosswalk(a, old_set(), new_set())).empty());
    a.responses.push_back(answer("C", Answer::planned));
    CHECK(answers(map_through_crosswalk(a, old_set(), new_set())) ==
          std::vector<std::string>{"N2 planned", "N3 planned"});
}

TEST_CASE("forward: evidence is carried over, and outcomes only where the newer set defines them") {
    Assessment a;
    a.responses = {answer("A", Answer::met, "audit"), answer("B", Answer::met, "policy"),
                   answer("C", Answer::in_progress, "draft"), answer("D", Answer::met)};
    OutcomeReport o1;
    o1.outcome = "o1";
    o1.value = 7.5;
    OutcomeReport o2;
    o2.outcome = "o2";
    o2.value = 1;
    a.outcomes = {o2, o1};
    const Assessment mapped = map_through_crosswalk(a, old_set(), new_set());
    CHECK(answers(mapped) == std::vector<std::string>{"N1 met", "N2 in_progress", "N3 in_progress"});
    CHECK(evidence(mapped, "N1") == std::vector<std::string>{"audit", "policy"});
    CHECK(evidence(mapped, "N2") == std::vector<std::string>{"draft"});
    CHECK(evidence(mapped, "N3") == std::vector<std::string>{"draft"});
    REQUIRE(mapped.response("N1"));
    CHECK(mapped.response("N1")->evidence[0].url == "https://example.org/audit");
    REQUIRE(mapped.outcomes.size() == 1);
    CHECK(mapped.outcomes[0].outcome == "o1");
    CHECK(mapped.outcomes[0].value == 7.5);
}

TEST_CASE("backward: an older criterion takes the answers of the newer criteria that name it") {
    Assessment a;
    a.criteria = "new";
    a.responses = {answer("N1", Answer::planned, "plan"), answer("N2", Answer::met, "two"),
                   answer("N3", Answer::in_progress, "three"), answer("N4", Answer::met), answer("N5", Answer::met)};
    OutcomeReport o2;
    o2.outcome = "o2";
    OutcomeReport o3;
    o3.outcome = "o3";
    a.outcomes = {o3, o2};
    const Assessment mapped = map_through_crosswalk(a, new_set(), old_set());
    // A and B from N1; C from N2 and N3; D from N3; E from nothing.
    CHECK(answers(mapped) == std::vector<std::string>{"A planned", "B planned", "C in_progress", "D in_progress"});
    CHECK(evidence(mapped, "C") == std::vector<std::string>{"two", "three"});
    CHECK(evidence(mapped, "A") == std::vector<std::string>{"plan"});
    CHECK(mapped.criteria == "old");
    CHECK(mapped.estimated_from == "new");
    REQUIRE(mapped.outcomes.size() == 1);
    CHECK(mapped.outcomes[0].outcome == "o2");
}

TEST_CASE("backward: all the newer criteria met make the older one met; one unanswered leaves it unanswered") {
    Assessment a;
    a.responses = {answer("N1", Answer::met), answer("N2", Answer::met), answer("N3", Answer::met)};
    CHECK(answers(map_through_crosswalk(a, new_set(), old_set())) ==
          std::vector<std::string>{"A met", "B met", "C met", "D met"});
    a.responses = {answer("N1", Answer::met), answer("N2", Answer::met)};
    CHECK(answers(map_through_crosswalk(a, new_set(), old_set())) == std::vector<std::string>{"A met", "B met"});
}

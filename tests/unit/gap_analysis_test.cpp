#include <catch2/catch.hpp>

#include <algorithm>

#include "report/wording.hpp"
#include "scoring/evaluator.hpp"
#include "scoring/gap_analysis.hpp"
#include "test_support.hpp"

using namespace wwc;

namespace {

// Eight criteria: H needs G, G needs F; E is required for gold.
const char* const tiny = R"(format: wwc-criteria/1
id: tiny
name: Tiny
version: "1"
practices: [{id: P, name: P}]
criteria:
  - {id: A, name: A, practice: P, provenance: read}
  - {id: B, name: B, practice: P, provenance: read}
  - {id: C, name: C, practice: P, provenance: read}
  - {id: D, name: D, practice: P, provenance: read}
  - {id: E, name: E, practice: P, provenance: read}
  - {id: F, name: F, practice: P, provenance: read}
  - {id: G, name: G, practice: P, provenance: read, prerequisites: [F]}
  - {id: H, name: H, practice: P, provenance: read, prerequisites: [G]}
levels:
  - {id: silver, name: Silver, min_percent: 25}
  - {id: gold, name: Gold, min_percent: 75, required: [E]}
)";

const CriteriaSet& tiny_set() {
    static const CriteriaSet set = load_criteria(tiny, "tiny.yaml");
    return set;
}

Assessment answers(const std::vector<Answer>& given) {
    Assessment a;
    const CriteriaSet& set = tiny_set();
    for (std::size_t i = 0; i < given.size(); ++i) a.responses.push_back({set.criteria[i].id, given[i], {}, {}, {}, {}});
    return a;
}

std::vector<std::string> ids(const std::vector<std::size_t>& indices) {
    std::vector<std::string> out;
    for (std::size_t i : indices) out.push_back(tiny_set().criteria[i].id);
    return out;
}

// Brute force: the size of the smallest completion set reaching `needed` points
// with every required criterion earned.
std::size_t brute_force(const Evaluation& e, int needed, const std::vector<std::size_t>& required) {
    const CriteriaSet& set = tiny_set();
    const std::size_t n = set.criteria.size();
    std::size_t best = n + 1;
    for (unsigned mask = 0; mask < (1u << n); ++mask) {
        std::vector<Status> s(n);
        std::vector<bool> counted(n, true);
        for (std::size_t i = 0; i < n; ++i) s[i] = (mask >> i & 1u) ? Status::met : status_of(e.criteria[i].answer);
        const std::vector<bool> earned = earned_criteria(set, s, counted);
        const int points = static_cast<int>(std::count(earned.begin(), earned.end(), true));
        const bool ok = points >= needed && std::all_of(required.begin(), required.end(),
                                                        [&](std::size_t r) { return earned[r]; });
        std::size_t changed = 0;
        for (std::size_t i = 0; i < n; ++i) changed += (mask >> i & 1u) && e.criteria[i].answer != Answer::met;
        if (ok) best = std::min(best, changed);
    }
    return best;
}

}  // namespace

TEST_CASE("gap names points, required criteria and blocked criteria") {
    using S = Answer;
    const Assessment a = answers({S::met, S::met, S::not_met, S::not_met, S::planned, S::in_progress, S::met, S::met});
    const Evaluation e = evaluate(tiny_set(), a);
    CHECK(e.points == 2);
    CHECK(e.level == std::size_t{0});
    const std::vector<LevelGap> gaps = analyse_gaps(tiny_set(), e);
    REQUIRE(gaps.size() == 1);
    const LevelGap& gold = gaps[0];
    CHECK(gold.points_needed == 6);
    CHECK(gold.points_short == 4);
    CHECK(ids(gold.missing_required) == std::vector<std::string>{"E"});
    REQUIRE(gold.blocked.size() == 2);
    CHECK(ids({gold.blocked[0].criterion}) == std::vector<std::string>{"G"});
    CHECK(ids(gold.blocked[0].unblocked_by) == std::vector<std::string>{"F"});
    // F alone unblocks G and H: E (required) and F reach 6 points.
    CHECK(ids(gold.roadmap) == std::vector<std::string>{"E", "F"});
    CHECK(gold.roadmap_proven_minimal);
}

TEST_CASE("roadmap prefers in_progress, then planned, and puts prerequisites first") {
    using S = Answer;
    const Assessment a = answers({S::met, S::met, S::not_met, S::planned, S::met, S::not_met, S::in_progress, S::met});
    const Evaluation e = evaluate(tiny_set(), a);
    const std::vector<LevelGap> gaps = analyse_gaps(tiny_set(), e);
    REQUIRE(gaps.size() == 1);
    // 3 points now (A B E); 6 needed. F+G gives F, G, H: 3 more with two completions.
    CHECK(ids(gaps[0].roadmap) == std::vector<std::string>{"F", "G"});
}

TEST_CASE("roadmap is minimal on a spread of answer patterns of the tiny set") {
    std::vector<Answer> s(8);
    for (int code = 0; code < (1 << 16); code += 7) {  // every 7th of the 4^8 patterns
        for (std::size_t i = 0; i < 8; ++i) s[i] = all_answers[static_cast<std::size_t>(code >> (2 * i) & 3)];
        const Evaluation e = evaluate(tiny_set(), answers(s));
        for (const LevelGap& gap : analyse_gaps(tiny_set(), e)) {
            std::vector<std::size_t> required;
            for (std::size_t l = 0; l <= gap.level; ++l)
                for (const std::string& id : tiny_set().levels[l].required) required.push_back(*tiny_set().index_of(id));
            INFO("pattern " << code << " level " << gap.level);
            CHECK(gap.roadmap.size() == brute_force(e, gap.points_needed, required));
        }
    }
}

TEST_CASE("an ineligible city gets no roadmap and the reason") {
    const CriteriaSet& set = wwc::test::bundled("wwc-2022");
    Assessment a;
    a.city = {"Small", "", "US", 1000};
    const Evaluation e = evaluate(set, a);
    const std::vector<LevelGap> gaps = analyse_gaps(set, e);
    REQUIRE(gaps.size() == 3);
    CHECK_FALSE(gaps[0].reachable());
    CHECK(gaps[0].roadmap.empty());
    CHECK(gaps[0].unreachable == std::vector<Unreachable>{Unreachable::not_eligible});
    CHECK(unreachable_reasons(gaps[0], e, Words()) ==
          std::vector<std::string>{"population 1000 is below the minimum of 30000"});
}

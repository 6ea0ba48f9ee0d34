#include <catch2/catch.hpp>

#include <algorithm>

#include "report/wording.hpp"
#include "scoring/evaluator.hpp"
#include "scoring/gap_analysis.hpp"
#include "scoring/prerequisites.hpp"
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

TEST_CASE("a blocked criterion lists the first 20 unmet prerequisites reached through met ones, in file order") {
    // B is met and needs M (met), which needs A00..A29 (not met) and D (met), which needs Z (not met).
    std::string text = "format: wwc-criteria/1\nid: wide\nname: Wide\nversion: \"1\"\npractices: [{id: P, name: P}]\n"
                       "criteria:\n  - {id: Z, name: Z, practice: P, provenance: read}\n";
    std::string all;
    for (int i = 29; i >= 0; --i) {
        const std::string id = (i < 10 ? "A0" : "A") + std::to_string(i);
        text += "  - {id: " + id + ", name: " + id + ", practice: P, provenance: read}\n";
        all += (all.empty() ? "" : ", ") + id;
    }
    text += "  - {id: D, name: D, practice: P, provenance: read, prerequisites: [Z]}\n"
            "  - {id: M, name: M, practice: P, provenance: read, prerequisites: [D, " + all + "]}\n"
            "  - {id: B, name: B, practice: P, provenance: read, prerequisites: [M]}\n"
            "levels: [{id: l, name: L, min_percent: 50}]\n";
    const CriteriaSet set = load_criteria(text, "wide.yaml");
    Assessment a;
    for (const std::string id : {"D", "M", "B"}) a.responses.push_back({id, Answer::met, {}, {}, {}, {}});
    const Evaluation e = evaluate(set, a);
    const UnmetPrerequisites unmet(set, e);
    const auto b = set.index_of("B");
    REQUIRE(b);
    bool more = false;
    std::vector<std::string> listed;
    for (std::size_t i : unmet.nearest(*b, 20, more)) listed.push_back(set.criteria[i].id);
    // File order: Z first, then A29 down to A11 as the file lists them.
    std::vector<std::string> expected = {"Z"};
    for (int i = 29; i > 10; --i) expected.push_back("A" + std::to_string(i));
    CHECK(listed == expected);
    CHECK(more);
    CHECK(unmet.count(*b) == 31);
    CHECK(unmet.nearest(*set.index_of("Z"), 20, more).empty());
    CHECK_FALSE(more);
}

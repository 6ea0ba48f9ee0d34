#include "gap_analysis.hpp"

#include <algorithm>
#include <functional>
#include <map>
#include <set>

namespace wwc {
namespace {

// Search nodes allowed before the best roadmap found so far is returned unproven.
constexpr long search_budget = 20'000;

// How much an answer costs to turn into `met`: in_progress first, then planned.
int effort(Status answer) {
    switch (answer) {
    case Status::in_progress: return 1;
    case Status::planned: return 2;
    default: return 3;
    }
}

// Counted prerequisites of `i`, transitively, that are not answered met.
void unmet_prerequisites(const CriteriaSet& set, const Evaluation& e, std::size_t i, std::set<int>& out) {
    for (const std::string& p : set.criteria[i].prerequisites) {
        const int j = set.index_of(p);
        if (j < 0 || !e.criteria[static_cast<std::size_t>(j)].counted) continue;
        if (e.criteria[static_cast<std::size_t>(j)].answer != Status::met) out.insert(j);
        unmet_prerequisites(set, e, static_cast<std::size_t>(j), out);
    }
}

class RoadmapSearch {
public:
    RoadmapSearch(const CriteriaSet& set, const Evaluation& e, int points_needed)
        : set_(set), e_(e), needed_(points_needed), counted_(set.criteria.size()), answers_(set.criteria.size()) {
        for (std::size_t i = 0; i < set.criteria.size(); ++i) {
            counted_[i] = e.criteria[i].counted;
            answers_[i] = e.criteria[i].answer;
        }
    }

    // Finds the best completion set including `mandatory`; false when none reaches
    // the points.
    bool run(const std::vector<int>& mandatory, std::vector<int>& best, bool& proven) {
        std::vector<int> chosen;
        for (int m : mandatory) add(chosen, m);
        for (std::size_t i = 0; i < set_.criteria.size(); ++i)
            if (counted_[i] && answers_[i] != Status::met &&
                std::find(chosen.begin(), chosen.end(), static_cast<int>(i)) == chosen.end())
                candidates_.push_back(static_cast<int>(i));
        std::stable_sort(candidates_.begin(), candidates_.end(),
                         [&](int a, int b) { return effort(answers_[a]) < effort(answers_[b]); });
        // The most points each completion can bring: its own and those of the met
        // criteria it may unblock.
        gains_.assign(set_.criteria.size(), 0);
        for (int c : candidates_) gains_[static_cast<std::size_t>(c)] = gain_bound(c);
        search(chosen, 0);
        proven = nodes_ <= search_budget;
        best = best_;
        return found_;
    }

private:
    int gain_bound(int c) const {
        int gain = set_.criteria[static_cast<std::size_t>(c)].points;
        for (std::size_t i = 0; i < set_.criteria.size(); ++i) {
            if (e_.criteria[i].status != Status::blocked) continue;
            std::set<int> needs;
            unmet_prerequisites(set_, e_, i, needs);
            if (needs.count(c)) gain += set_.criteria[i].points;
        }
        return gain;
    }

    // `c` with the prerequisites it cannot earn without, computed once each.
    const std::vector<int>& package(int c) {
        std::vector<int>& found = packages_[c];
        if (found.empty()) {
            std::set<int> members;
            unmet_prerequisites(set_, e_, static_cast<std::size_t>(c), members);
            if (answers_[static_cast<std::size_t>(c)] != Status::met) members.insert(c);
            found.assign(members.begin(), members.end());
        }
        return found;
    }

    // Adds `c` with the prerequisites it cannot earn without.
    void add(std::vector<int>& chosen, int c) {
        for (int p : package(c))
            if (std::find(chosen.begin(), chosen.end(), p) == chosen.end()) chosen.push_back(p);
    }

    int points_with(const std::vector<int>& chosen) const {
        std::vector<Status> answers = answers_;
        for (int c : chosen) answers[static_cast<std::size_t>(c)] = Status::met;
        const std::vector<bool> earned = earned_criteria(set_, answers, counted_);
        int points = 0;
        for (std::size_t i = 0; i < earned.size(); ++i)
            if (earned[i]) points += set_.criteria[i].points;
        return points;
    }

    int cost(const std::vector<int>& chosen) const {
        int total = 0;
        for (int c : chosen) total += effort(answers_[static_cast<std::size_t>(c)]);
        return total;
    }

    bool better(const std::vector<int>& chosen) const {
        if (!found_) return true;
        if (chosen.size() != best_.size()) return chosen.size() < best_.size();
        return cost(chosen) < cost(best_);
    }

    void search(const std::vector<int>& chosen, std::size_t from) {
        if (++nodes_ > search_budget) return;
        const int deficit = needed_ - points_with(chosen);
        if (deficit <= 0) {
            if (better(chosen)) {
                best_ = chosen;
                found_ = true;
            }
            return;
        }
        // What this branch can still add: the candidates from `from` on and the
        // prerequisites they would bring along.
        std::vector<char> open(set_.criteria.size(), 0);
        for (std::size_t i = from; i < candidates_.size(); ++i)
            for (int p : package(candidates_[i])) open[static_cast<std::size_t>(p)] = 1;
        for (int c : chosen) open[static_cast<std::size_t>(c)] = 0;
        std::vector<int> gains;
        std::vector<int> efforts;
        for (std::size_t c = 0; c < open.size(); ++c)
            if (open[c]) {
                gains.push_back(gains_[c]);
                efforts.push_back(effort(answers_[c]));
            }
        std::sort(gains.rbegin(), gains.rend());
        std::sort(efforts.begin(), efforts.end());
        // Fewest further completions that could cover the deficit.
        std::size_t more = 0;
        for (int covered = 0; covered < deficit; ++more) {
            if (more == gains.size()) return;
            covered += gains[more];
        }
        if (found_) {
            if (chosen.size() + more > best_.size()) return;
            if (chosen.size() + more == best_.size()) {
                int cheapest = cost(chosen);
                for (std::size_t k = 0; k < more; ++k) cheapest += efforts[k];
                if (cheapest >= cost(best_)) return;
            }
        }
        for (std::size_t i = from; i < candidates_.size(); ++i) {
            const int c = candidates_[i];
            if (std::find(chosen.begin(), chosen.end(), c) != chosen.end()) continue;
            std::vector<int> next = chosen;
            add(next, c);
            search(next, i + 1);
            if (nodes_ > search_budget) return;
        }
    }

    const CriteriaSet& set_;
    const Evaluation& e_;
    int needed_;
    std::vector<bool> counted_;
    std::vector<Status> answers_;
    std::vector<int> candidates_;
    std::vector<int> gains_;  // by criterion index
    std::map<int, std::vector<int>> packages_;
    std::vector<int> best_;
    bool found_ = false;
    long nodes_ = 0;
};

// Prerequisites first; otherwise mandatory ones, then by effort, then file order.
std::vector<int> doing_order(const CriteriaSet& set, std::vector<int> chosen, const std::set<int>& mandatory,
                             const Evaluation& e) {
    std::sort(chosen.begin(), chosen.end(), [&](int a, int b) {
        const auto key = [&](int c) {
            return std::make_tuple(mandatory.count(c) ? 0 : 1, effort(e.criteria[static_cast<std::size_t>(c)].answer), c);
        };
        return key(a) < key(b);
    });
    std::vector<int> out;
    while (!chosen.empty()) {
        for (auto it = chosen.begin(); it != chosen.end(); ++it) {
            std::set<int> needs;
            unmet_prerequisites(set, e, static_cast<std::size_t>(*it), needs);
            const bool ready = std::all_of(needs.begin(), needs.end(), [&](int p) {
                return std::find(chosen.begin(), chosen.end(), p) == chosen.end();
            });
            if (ready) {
                out.push_back(*it);
                chosen.erase(it);
                break;
            }
        }
    }
    return out;
}

}  // namespace

std::vector<int> plan_roadmap(const CriteriaSet& set, const Evaluation& e, const std::vector<int>& required,
                              int points_needed, bool& proven) {
    std::set<int> mandatory;
    for (int r : required) {
        if (e.criteria[static_cast<std::size_t>(r)].earned) continue;
        if (e.criteria[static_cast<std::size_t>(r)].answer != Status::met) mandatory.insert(r);
        unmet_prerequisites(set, e, static_cast<std::size_t>(r), mandatory);
    }
    RoadmapSearch search(set, e, points_needed);
    std::vector<int> best;
    if (!search.run(std::vector<int>(mandatory.begin(), mandatory.end()), best, proven)) return {};
    return doing_order(set, best, mandatory, e);
}

std::vector<LevelGap> analyse_gaps(const CriteriaSet& set, const Evaluation& e) {
    std::vector<LevelGap> gaps;
    std::vector<int> required;
    for (std::size_t l = 0; l < set.levels.size(); ++l) {
        const Level& level = set.levels[l];
        for (const std::string& id : level.required) {
            const int i = set.index_of(id);
            if (i >= 0 && std::find(required.begin(), required.end(), i) == required.end()) required.push_back(i);
        }
        if (static_cast<int>(l) <= e.level) continue;
        LevelGap gap;
        gap.level = static_cast<int>(l);
        gap.points_needed = points_needed(level.min_percent, e.max_points);
        gap.points_short = std::max(0, gap.points_needed - e.points);
        for (int r : required)
            if (!e.criteria[static_cast<std::size_t>(r)].earned) gap.missing_required.push_back(r);
        for (std::size_t k = 0; k <= l; ++k)
            if (const auto& rule = set.levels[k].outcomes) {
                const int met = outcomes_met(*rule, set, e.outcomes);
                if (gap.outcomes_needed == 0 || rule->min_met - met > gap.outcomes_needed - gap.outcomes_met) {
                    gap.outcomes_needed = rule->min_met;
                    gap.outcomes_met = met;
                }
            }
        for (std::size_t i = 0; i < set.criteria.size(); ++i) {
            if (e.criteria[i].status != Status::blocked) continue;
            std::set<int> needs;
            unmet_prerequisites(set, e, i, needs);
            gap.blocked.push_back({static_cast<int>(i), std::vector<int>(needs.begin(), needs.end())});
        }
        if (!e.eligible) {
            gap.reachable = false;
            gap.unreachable_because = e.eligibility_problems;
        }
        if (gap.points_needed > e.max_points) {
            gap.reachable = false;
            gap.unreachable_because.push_back("the criteria set has too few points for this level");
        }
        if (gap.reachable)
            gap.roadmap = plan_roadmap(set, e, required, gap.points_needed, gap.roadmap_proven_minimal);
        gaps.push_back(std::move(gap));
    }
    return gaps;
}

}  // namespace wwc

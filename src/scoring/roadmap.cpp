#include "scoring/roadmap.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "scoring/evaluator.hpp"

namespace wwc {
namespace {

// How much an answer costs to turn into `met`: in_progress 1, planned 2, else 3.
int effort(Status status) { return std::min(3, 4 - progress_rank(status)); }

bool contains(const std::vector<std::size_t>& v, std::size_t x) { return std::find(v.begin(), v.end(), x) != v.end(); }

class RoadmapSearch {
public:
    RoadmapSearch(const CriteriaSet& set, const Evaluation& e, const std::vector<std::vector<std::size_t>>& unmet,
                  int points_needed)
        : m_set(set), m_unmet(unmet), m_needed(points_needed), m_counted(set.criteria.size()),
          m_statuses(set.criteria.size()), m_gains(set.criteria.size(), 0) {
        for (std::size_t i = 0; i < set.criteria.size(); ++i) {
            m_counted[i] = e.criteria[i].counted;
            m_statuses[i] = status_of(e.criteria[i].answer);
        }
        // The most points each completion can bring: its own, and those of the met
        // criteria it may unblock.
        for (std::size_t i = 0; i < set.criteria.size(); ++i) {
            m_gains[i] += set.criteria[i].points;
            if (e.criteria[i].status == Status::blocked)
                for (std::size_t p : unmet[i]) m_gains[p] += set.criteria[i].points;
        }
    }

    // Finds the best completion set including `mandatory`; false when none reaches
    // the points.
    bool run(const std::vector<std::size_t>& mandatory) {
        std::vector<std::size_t> chosen;
        for (std::size_t m : mandatory) add(chosen, m);
        for (std::size_t i = 0; i < m_set.criteria.size(); ++i)
            if (m_counted[i] && m_statuses[i] != Status::met && !contains(chosen, i)) m_candidates.push_back(i);
        std::stable_sort(m_candidates.begin(), m_candidates.end(),
                         [&](std::size_t a, std::size_t b) { return effort(m_statuses[a]) < effort(m_statuses[b]); });
        search(chosen, 0);
        return m_found;
    }

    const std::vector<std::size_t>& best() const { return m_best; }
    bool proven() const { return m_nodes <= roadmap_search_budget; }

private:
    // `c` with the prerequisites it cannot earn without.
    std::vector<std::size_t> package(std::size_t c) const {
        std::vector<std::size_t> members = m_unmet[c];
        if (m_statuses[c] != Status::met && !contains(members, c))
            members.insert(std::upper_bound(members.begin(), members.end(), c), c);
        return members;
    }

    void add(std::vector<std::size_t>& chosen, std::size_t c) const {
        for (std::size_t p : package(c))
            if (!contains(chosen, p)) chosen.push_back(p);
    }

    int points_with(const std::vector<std::size_t>& chosen) const {
        std::vector<Status> statuses = m_statuses;
        for (std::size_t c : chosen) statuses[c] = Status::met;
        const std::vector<bool> earned = earned_criteria(m_set, statuses, m_counted);
        int points = 0;
        for (std::size_t i = 0; i < earned.size(); ++i)
            if (earned[i]) points += m_set.criteria[i].points;
        return points;
    }

    int cost(const std::vector<std::size_t>& chosen) const {
        int total = 0;
        for (std::size_t c : chosen) total += effort(m_statuses[c]);
        return total;
    }

    bool better(const std::vector<std::size_t>& chosen) const {
        if (!m_found) return true;
        if (chosen.size() != m_best.size()) return chosen.size() < m_best.size();
        return cost(chosen) < cost(m_best);
    }

    void search(const std::vector<std::size_t>& chosen, std::size_t from) {
        if (++m_nodes > roadmap_search_budget) return;
        const int deficit = m_needed - points_with(chosen);
        if (deficit <= 0) {
            if (better(chosen)) {
                m_best = chosen;
                m_found = true;
            }
            return;
        }
        // What this branch can still add: the candidates from `from` on and the
        // prerequisites they would bring along.
        std::vector<char> open(m_set.criteria.size(), 0);
        for (std::size_t i = from; i < m_candidates.size(); ++i)
            for (std::size_t p : package(m_candidates[i])) open[p] = 1;
        for (std::size_t c : chosen) open[c] = 0;
        std::vector<int> gains;
        std::vector<int> efforts;
        for (std::size_t c = 0; c < open.size(); ++c)
            if (open[c]) {
                gains.push_back(m_gains[c]);
                efforts.push_back(effort(m_statuses[c]));
            }
        std::sort(gains.rbegin(), gains.rend());
        std::sort(efforts.begin(), efforts.end());
        // Fewest further completions that could cover the deficit.
        std::size_t more = 0;
        for (int covered = 0; covered < deficit; ++more) {
            if (more == gains.size()) return;
            covered += gains[more];
        }
        if (m_found) {
            if (chosen.size() + more > m_best.size()) return;
            if (chosen.size() + more == m_best.size()) {
                int cheapest = cost(chosen);
                for (std::size_t k = 0; k < more; ++k) cheapest += efforts[k];
                if (cheapest >= cost(m_best)) return;
            }
        }
        for (std::size_t i = from; i < m_candidates.size(); ++i) {
            const std::size_t c = m_candidates[i];
            if (contains(chosen, c)) continue;
            std::vector<std::size_t> next = chosen;
            add(next, c);
            search(next, i + 1);
            if (m_nodes > roadmap_search_budget) return;
        }
    }

    const CriteriaSet& m_set;
    const std::vector<std::vector<std::size_t>>& m_unmet;
    int m_needed;
    std::vector<bool> m_counted;
    std::vector<Status> m_statuses;
    std::vector<int> m_gains;  // by criterion index
    std::vector<std::size_t> m_candidates;
    std::vector<std::size_t> m_best;
    bool m_found = false;
    long m_nodes = 0;
};

// Prerequisites first; otherwise mandatory ones, then by effort, then file order.
std::vector<std::size_t> doing_order(std::vector<std::size_t> chosen, const std::set<std::size_t>& mandatory,
                                     const Evaluation& e, const std::vector<std::vector<std::size_t>>& unmet) {
    std::sort(chosen.begin(), chosen.end(), [&](std::size_t a, std::size_t b) {
        const auto key = [&](std::size_t c) {
            return std::make_tuple(mandatory.count(c) ? 0 : 1, effort(status_of(e.criteria[c].answer)), c);
        };
        return key(a) < key(b);
    });
    std::vector<std::size_t> out;
    while (!chosen.empty()) {
        for (auto it = chosen.begin(); it != chosen.end(); ++it) {
            const bool ready = std::none_of(unmet[*it].begin(), unmet[*it].end(),
                                            [&](std::size_t p) { return contains(chosen, p); });
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

std::vector<std::vector<std::size_t>> unmet_prerequisites(const CriteriaSet& set, const Evaluation& e) {
    const std::size_t n = set.criteria.size();
    std::vector<std::vector<std::size_t>> out(n);
    std::vector<char> done(n, 0);
    std::vector<std::pair<std::size_t, std::size_t>> stack;  // criterion, next prerequisite
    const auto direct = [&](std::size_t i, std::size_t k) -> std::optional<std::size_t> {
        const std::optional<std::size_t> j = set.index_of(set.criteria[i].prerequisites[k]);
        if (!j || !e.criteria[*j].counted || *j == i) return std::nullopt;
        return j;
    };
    for (std::size_t start = 0; start < n; ++start) {
        if (done[start]) continue;
        stack.push_back({start, 0});
        done[start] = 2;  // on the stack
        while (!stack.empty()) {
            const std::size_t i = stack.back().first;
            std::size_t& next = stack.back().second;
            if (next < set.criteria[i].prerequisites.size()) {
                const std::optional<std::size_t> j = direct(i, next++);
                if (j && !done[*j]) {
                    done[*j] = 2;
                    stack.push_back({*j, 0});
                }
                continue;
            }
            std::set<std::size_t> closure;
            for (std::size_t k = 0; k < set.criteria[i].prerequisites.size(); ++k) {
                const std::optional<std::size_t> j = direct(i, k);
                if (!j || done[*j] != 1) continue;  // a cycle the loader rejects
                if (e.criteria[*j].answer != Answer::met) closure.insert(*j);
                closure.insert(out[*j].begin(), out[*j].end());
            }
            out[i].assign(closure.begin(), closure.end());
            done[i] = 1;
            stack.pop_back();
        }
    }
    return out;
}

Roadmap plan_roadmap(const CriteriaSet& set, const Evaluation& e, const std::vector<std::vector<std::size_t>>& unmet,
                     const std::vector<std::size_t>& required, int points_needed) {
    std::set<std::size_t> mandatory;
    for (std::size_t r : required) {
        if (e.criteria[r].earned) continue;
        if (e.criteria[r].answer != Answer::met) mandatory.insert(r);
        mandatory.insert(unmet[r].begin(), unmet[r].end());
    }
    RoadmapSearch search(set, e, unmet, points_needed);
    Roadmap roadmap;
    const bool found = search.run(std::vector<std::size_t>(mandatory.begin(), mandatory.end()));
    roadmap.proven_minimal = search.proven();
    if (found) roadmap.steps = doing_order(search.best(), mandatory, e, unmet);
    return roadmap;
}

}  // namespace wwc

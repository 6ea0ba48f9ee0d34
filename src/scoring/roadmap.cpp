#include "scoring/roadmap.hpp"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <numeric>
#include <queue>
#include <tuple>

#include "scoring/evaluator.hpp"

namespace wwc {
namespace {

// How much an answer costs to turn into `met`: in_progress 1, planned 2, else 3.
int effort(Status status) { return std::min(3, 4 - progress_rank(status)); }

// Branch and bound over the criteria to meet, chosen in order of effort, each
// with the unmet prerequisites it cannot earn without. The set being built is
// changed in place and undone on the way back.
class RoadmapSearch {
public:
    RoadmapSearch(const CriteriaSet& set, const Evaluation& e, const UnmetPrerequisites& unmet, int points_needed,
                  long work_budget)
        : m_set(set), m_unmet(unmet), m_graph(prerequisite_graph(set)), m_needed(points_needed),
          m_work_budget(work_budget),
          m_counted(set.criteria.size()), m_statuses(set.criteria.size()), m_chosen_flag(set.criteria.size(), 0),
          m_chosen_bits(unmet.words(), 0), m_earned(set.criteria.size(), 0) {
        const std::size_t n = set.criteria.size();
        for (std::size_t i = 0; i < n; ++i) {
            m_counted[i] = e.criteria[i].counted;
            m_statuses[i] = status_of(e.criteria[i].answer);
            m_edges += m_graph.prerequisites[i].size();
        }
        // The most points each completion can bring: its own, and those of the met
        // criteria it may unblock.
        std::vector<int> gains(n, 0);
        for (std::size_t i = 0; i < n; ++i) {
            gains[i] += set.criteria[i].points;
            if (e.criteria[i].status == Status::blocked)
                for (std::size_t p : unmet.of(i)) gains[p] += set.criteria[i].points;
        }
        for (std::size_t i = 0; i < n; ++i)
            if (m_counted[i] && m_statuses[i] != Status::met) m_open.push_back(i);
        m_by_gain = m_open;
        std::stable_sort(m_by_gain.begin(), m_by_gain.end(), [&](std::size_t a, std::size_t b) { return gains[a] > gains[b]; });
        m_by_effort = m_open;
        std::stable_sort(m_by_effort.begin(), m_by_effort.end(),
                         [&](std::size_t a, std::size_t b) { return effort(m_statuses[a]) < effort(m_statuses[b]); });
        m_gains = std::move(gains);
    }

    // Finds the best completion set including `mandatory`; false when none
    // reaches the points or none was found within the budgets.
    bool run(const std::vector<std::size_t>& mandatory) {
        for (std::size_t m : mandatory) add(m);
        for (std::size_t c : m_by_effort)
            if (!m_chosen_flag[c]) m_candidates.push_back(c);
        search(0);
        return m_found;
    }

    const std::vector<std::size_t>& best() const { return m_best; }
    bool proven() const { return !m_exhausted; }
    long work() const { return m_work; }

    // The easiest candidates first, with their prerequisites, until the points
    // are reached: the shortest such prefix of the candidates, found by
    // doubling the prefix and then bisecting, so that points are counted only
    // a logarithmic number of times.
    bool greedy(const std::vector<std::size_t>& mandatory) {
        undo(m_chosen.size());
        for (std::size_t m : mandatory) add(m);
        const std::size_t base = m_chosen.size();
        const auto prefix = [&](std::size_t length) {
            undo(m_chosen.size() - base);
            for (std::size_t k = 0; k < length; ++k) add(m_candidates[k]);
            return points() >= m_needed;
        };
        const std::size_t n = m_candidates.size();
        std::size_t low = 0;  // a prefix length that falls short, or 0
        std::size_t high = 0;
        while (!prefix(high)) {
            if (high == n) return false;
            low = high;
            high = std::min(n, high == 0 ? 1 : 2 * high);
        }
        while (low + 1 < high) {
            const std::size_t mid = low + (high - low) / 2;
            if (prefix(mid)) high = mid;
            else low = mid;
        }
        prefix(high);
        m_best = m_chosen;
        return true;
    }

private:
    void take(std::size_t i) {
        m_chosen_flag[i] = 1;
        m_chosen_bits[i / 64] |= std::uint64_t{1} << (i % 64);
        m_chosen.push_back(i);
    }

    // Adds `c` and the unmet prerequisites it cannot earn without, looking only
    // at those not chosen yet; returns how many were new.
    std::size_t add(std::size_t c) {
        const std::size_t before = m_chosen.size();
        const std::uint64_t* row = m_unmet.row(c);
        for (std::size_t w = 0; w < m_chosen_bits.size(); ++w)
            for (std::uint64_t bits = row[w] & ~m_chosen_bits[w]; bits; bits &= bits - 1)
                take(w * 64 + static_cast<std::size_t>(__builtin_ctzll(bits)));
        if (m_statuses[c] != Status::met && !m_chosen_flag[c]) take(c);
        const std::size_t added = m_chosen.size() - before;
        m_work += static_cast<long>(m_chosen_bits.size() + added);
        return added;
    }

    void undo(std::size_t count) {
        for (; count > 0; --count) {
            const std::size_t i = m_chosen.back();
            m_chosen_flag[i] = 0;
            m_chosen_bits[i / 64] &= ~(std::uint64_t{1} << (i % 64));
            m_chosen.pop_back();
        }
    }

    // The points earned with the chosen criteria met: earned_criteria, done in
    // place over the graph's order (it runs at every node of the search).
    int points() {
        m_work += static_cast<long>(m_set.criteria.size() + m_edges);
        int total = 0;
        for (std::size_t i : m_graph.order) {
            bool earned = m_counted[i] && (m_statuses[i] == Status::met || m_chosen_flag[i]);
            for (std::size_t p : m_graph.prerequisites[i]) earned = earned && (!m_counted[p] || m_earned[p]);
            m_earned[i] = earned;
            if (earned) total += m_set.criteria[i].points;
        }
        return total;
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

    bool out_of_budget() {
        if (++m_nodes > roadmap_search_budget || m_work > m_work_budget) m_exhausted = true;
        return m_exhausted;
    }

    void search(std::size_t from) {
        if (out_of_budget()) return;
        const int deficit = m_needed - points();
        if (deficit <= 0) {
            if (better(m_chosen)) {
                m_best = m_chosen;
                m_found = true;
            }
            return;
        }
        // The fewest further completions that could cover the deficit, counting
        // every criterion not chosen yet as still open: a lower bound.
        std::size_t more = 0;
        int covered = 0;
        for (std::size_t c : m_by_gain) {
            if (covered >= deficit) break;
            ++m_work;
            if (m_chosen_flag[c]) continue;
            covered += m_gains[c];
            ++more;
        }
        if (covered < deficit) return;
        if (m_found) {
            if (m_chosen.size() + more > m_best.size()) return;
            if (m_chosen.size() + more == m_best.size()) {
                int cheapest = cost(m_chosen);
                std::size_t counted = 0;
                for (std::size_t c : m_by_effort) {
                    if (counted == more) break;
                    ++m_work;
                    if (m_chosen_flag[c]) continue;
                    cheapest += effort(m_statuses[c]);
                    ++counted;
                }
                if (cheapest >= cost(m_best)) return;
            }
        }
        for (std::size_t i = from; i < m_candidates.size(); ++i) {
            const std::size_t c = m_candidates[i];
            if (m_chosen_flag[c]) continue;
            const std::size_t added = add(c);
            search(i + 1);
            undo(added);
            if (m_exhausted) return;
        }
    }

    const CriteriaSet& m_set;
    const UnmetPrerequisites& m_unmet;
    const PrerequisiteGraph m_graph;
    int m_needed;
    long m_work_budget;
    std::vector<bool> m_counted;
    std::vector<Status> m_statuses;
    std::vector<int> m_gains;              // by criterion index
    std::vector<std::size_t> m_open;       // counted, not answered met
    std::vector<std::size_t> m_by_gain;    // m_open, most gain first
    std::vector<std::size_t> m_by_effort;  // m_open, least effort first
    std::vector<std::size_t> m_candidates; // m_by_effort less the mandatory ones
    std::vector<char> m_chosen_flag;
    std::vector<std::uint64_t> m_chosen_bits;
    std::vector<char> m_earned;  // points()' scratch
    std::vector<std::size_t> m_chosen;
    std::vector<std::size_t> m_best;
    std::size_t m_edges = 0;
    bool m_found = false;
    bool m_exhausted = false;
    long m_nodes = 0;
    long m_work = 0;
};

// Prerequisites first; otherwise mandatory ones, then by effort, then file order.
std::vector<std::size_t> doing_order(const std::vector<std::size_t>& chosen, const std::vector<char>& mandatory,
                                     const Evaluation& e, const UnmetPrerequisites& unmet) {
    const auto key = [&](std::size_t c) {
        return std::make_tuple(mandatory[c] ? 0 : 1, effort(status_of(e.criteria[c].answer)), c);
    };
    // Kahn's algorithm: the criterion with the smallest key among those whose
    // prerequisites in the roadmap are all done. Each waits for its nearest
    // unmet prerequisites only (all in the roadmap, which holds every unmet
    // prerequisite of its criteria); those wait for theirs in turn.
    std::vector<std::size_t> waiting(e.criteria.size(), 0);
    std::vector<std::vector<std::size_t>> unlocks(e.criteria.size());
    for (std::size_t c : chosen) {
        bool more = false;
        for (std::size_t p : unmet.nearest(c, chosen.size(), more)) {
            ++waiting[c];
            unlocks[p].push_back(c);
        }
    }
    const auto later = [&](std::size_t a, std::size_t b) { return key(a) > key(b); };
    std::priority_queue<std::size_t, std::vector<std::size_t>, decltype(later)> ready(later);
    for (std::size_t c : chosen)
        if (waiting[c] == 0) ready.push(c);
    std::vector<std::size_t> out;
    while (!ready.empty()) {
        const std::size_t c = ready.top();
        ready.pop();
        out.push_back(c);
        for (std::size_t next : unlocks[c])
            if (--waiting[next] == 0) ready.push(next);
    }
    return out;
}

}  // namespace

Roadmap plan_roadmap(const CriteriaSet& set, const Evaluation& e, const UnmetPrerequisites& unmet,
                     const std::vector<std::size_t>& required, int points_needed, long& work_left) {
    std::vector<char> is_mandatory(set.criteria.size(), 0);
    std::vector<std::size_t> mandatory;
    const auto mark = [&](std::size_t c) {
        if (!is_mandatory[c]) mandatory.push_back(c);
        is_mandatory[c] = 1;
    };
    for (std::size_t r : required) {
        if (e.criteria[r].earned) continue;
        if (e.criteria[r].answer != Answer::met) mark(r);
        for (std::size_t p : unmet.of(r)) mark(p);
    }
    std::sort(mandatory.begin(), mandatory.end());
    RoadmapSearch search(set, e, unmet, points_needed, work_left);
    Roadmap roadmap;
    bool found = search.run(mandatory);
    work_left = std::max(0L, work_left - search.work());
    roadmap.proven_minimal = search.proven();
    if (!found && !roadmap.proven_minimal) found = search.greedy(mandatory);
    if (found) roadmap.steps = doing_order(search.best(), is_mandatory, e, unmet);
    return roadmap;
}

}  // namespace wwc

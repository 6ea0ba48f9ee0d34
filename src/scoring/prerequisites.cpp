#include "scoring/prerequisites.hpp"

#include <algorithm>
#include <bitset>
#include <optional>
#include <unordered_set>

namespace wwc {
namespace {

// A counted prerequisite of `i` other than itself, or nullopt.
std::optional<std::size_t> counted_prerequisite(const CriteriaSet& set, const Evaluation& e, std::size_t i,
                                                std::size_t k) {
    const std::optional<std::size_t> j = set.index_of(set.criteria[i].prerequisites[k]);
    if (!j || !e.criteria[*j].counted || *j == i) return std::nullopt;
    return j;
}

}  // namespace

UnmetPrerequisites::UnmetPrerequisites(const CriteriaSet& set, const Evaluation& e)
    : m_set(set), m_evaluation(e), m_words((set.criteria.size() + 63) / 64), m_bits(set.criteria.size() * m_words, 0) {
    const std::size_t n = set.criteria.size();
    // Depth first over the prerequisite graph (a DAG: the loader rejects
    // cycles), each row made once its prerequisites' rows are.
    enum State : char { unvisited, open, done };
    std::vector<State> state(n, unvisited);
    std::vector<std::pair<std::size_t, std::size_t>> stack;  // criterion, next prerequisite
    for (std::size_t start = 0; start < n; ++start) {
        if (state[start] != unvisited) continue;
        stack.push_back({start, 0});
        state[start] = open;
        while (!stack.empty()) {
            const std::size_t i = stack.back().first;
            if (stack.back().second < set.criteria[i].prerequisites.size()) {
                const std::optional<std::size_t> j = counted_prerequisite(set, e, i, stack.back().second++);
                if (j && state[*j] == unvisited) {
                    state[*j] = open;
                    stack.push_back({*j, 0});
                }
                continue;
            }
            std::uint64_t* row = &m_bits[i * m_words];
            for (std::size_t k = 0; k < set.criteria[i].prerequisites.size(); ++k) {
                const std::optional<std::size_t> j = counted_prerequisite(set, e, i, k);
                if (!j || state[*j] != done) continue;  // a cycle the loader rejects
                if (e.criteria[*j].answer != Answer::met) row[*j / 64] |= std::uint64_t{1} << (*j % 64);
                const std::uint64_t* from = &m_bits[*j * m_words];
                for (std::size_t w = 0; w < m_words; ++w) row[w] |= from[w];
            }
            state[i] = done;
            stack.pop_back();
        }
    }
}

std::vector<std::size_t> UnmetPrerequisites::of(std::size_t criterion) const {
    std::vector<std::size_t> out;
    const std::uint64_t* row = &m_bits[criterion * m_words];
    for (std::size_t w = 0; w < m_words; ++w)
        for (std::uint64_t bits = row[w]; bits; bits &= bits - 1)
            out.push_back(w * 64 + static_cast<std::size_t>(__builtin_ctzll(bits)));
    return out;
}

std::size_t UnmetPrerequisites::count(std::size_t criterion) const {
    std::size_t n = 0;
    const std::uint64_t* row = &m_bits[criterion * m_words];
    for (std::size_t w = 0; w < m_words; ++w) n += std::bitset<64>(row[w]).count();
    return n;
}

std::vector<std::size_t> UnmetPrerequisites::nearest(std::size_t criterion, std::size_t limit, bool& more) const {
    // Walk down through answered-met prerequisites; an unmet one is a stop.
    std::vector<std::size_t> found;
    std::unordered_set<std::size_t> seen;  // only what the walk touches, however large the set
    std::vector<std::size_t> stack{criterion};
    more = false;
    while (!stack.empty()) {
        const std::size_t i = stack.back();
        stack.pop_back();
        for (std::size_t k = 0; k < m_set.criteria[i].prerequisites.size(); ++k) {
            const std::optional<std::size_t> j = counted_prerequisite(m_set, m_evaluation, i, k);
            if (!j || !seen.insert(*j).second) continue;
            if (m_evaluation.criteria[*j].answer == Answer::met) {
                stack.push_back(*j);
            } else if (found.size() < limit) {
                found.push_back(*j);
            } else {
                more = true;
            }
        }
    }
    std::sort(found.begin(), found.end());
    return found;
}

}  // namespace wwc

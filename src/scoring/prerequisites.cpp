#include "scoring/prerequisites.hpp"

#include <bitset>
#include <optional>

#include "scoring/evaluator.hpp"

namespace wwc {
namespace {

// The set bits of a row, in index order.
std::vector<std::size_t> bits_of(const std::uint64_t* row, std::size_t words, std::size_t limit, bool& more) {
    std::vector<std::size_t> out;
    more = false;
    for (std::size_t w = 0; w < words; ++w)
        for (std::uint64_t bits = row[w]; bits; bits &= bits - 1) {
            if (out.size() == limit) {
                more = true;
                return out;
            }
            out.push_back(w * 64 + static_cast<std::size_t>(__builtin_ctzll(bits)));
        }
    return out;
}

}  // namespace

UnmetPrerequisites::UnmetPrerequisites(const CriteriaSet& set, const Evaluation& e)
    : m_words((set.criteria.size() + 63) / 64), m_row(set.criteria.size(), 0) {
    const std::size_t n = set.criteria.size();
    // The counted prerequisites of each criterion, and an order that puts
    // every criterion after its prerequisites (cycles, which the loader
    // rejects, are cut where they close).
    const PrerequisiteGraph graph = prerequisite_graph(set);
    std::vector<std::vector<std::size_t>> prerequisites(n);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j : graph.prerequisites[i])
            if (e.criteria[j].counted) prerequisites[i].push_back(j);
    std::size_t rows = 1;
    for (std::size_t i = 0; i < n; ++i)
        if (!prerequisites[i].empty()) m_row[i] = rows++;
    m_bits.assign(rows * m_words, 0);
    m_nearest.assign(rows * m_words, 0);
    // Each row made once its prerequisites' rows are.
    std::vector<bool> done(n, false);
    for (std::size_t i : graph.order) {
        std::uint64_t* all = &m_bits[m_row[i] * m_words];
        std::uint64_t* near = &m_nearest[m_row[i] * m_words];
        for (std::size_t j : prerequisites[i]) {
            if (!done[j]) continue;  // a cycle the loader rejects
            const std::uint64_t bit = std::uint64_t{1} << (j % 64);
            if (m_row[j] != 0) {
                const std::uint64_t* from = &m_bits[m_row[j] * m_words];
                for (std::size_t w = 0; w < m_words; ++w) all[w] |= from[w];
            }
            if (e.criteria[j].answer != Answer::met) {
                all[j / 64] |= bit;
                near[j / 64] |= bit;  // an unmet prerequisite stops the way down
            } else if (m_row[j] != 0) {
                const std::uint64_t* through = &m_nearest[m_row[j] * m_words];
                for (std::size_t w = 0; w < m_words; ++w) near[w] |= through[w];
            }
        }
        done[i] = true;
    }
}

std::vector<std::size_t> UnmetPrerequisites::of(std::size_t criterion) const {
    bool more = false;
    return bits_of(row(criterion), m_words, m_words * 64, more);
}

std::size_t UnmetPrerequisites::count(std::size_t criterion) const {
    std::size_t n = 0;
    const std::uint64_t* bits = row(criterion);
    for (std::size_t w = 0; w < m_words; ++w) n += std::bitset<64>(bits[w]).count();
    return n;
}

std::vector<std::size_t> UnmetPrerequisites::nearest(std::size_t criterion, std::size_t limit, bool& more) const {
    return bits_of(&m_nearest[m_row[criterion] * m_words], m_words, limit, more);
}

}  // namespace wwc

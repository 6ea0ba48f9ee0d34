#pragma once
// Which unmet criteria stand before each criterion: its counted prerequisites,
// transitively, that are not answered met. Built once per evaluation.

#include <cstddef>
#include <cstdint>
#include <vector>

#include "model/criteria.hpp"
#include "model/evaluation.hpp"

namespace wwc {

class UnmetPrerequisites {
public:
    /// Builds every criterion's sets from its prerequisites' sets (one bit per
    /// criterion: two rows of n bits for each criterion that has prerequisites),
    /// so shared prerequisites cost nothing extra and diamonds of prerequisites
    /// cost no more than chains.
    UnmetPrerequisites(const CriteriaSet& set, const Evaluation& evaluation);

    /// The bits of `criterion`'s unmet prerequisites, words() 64-bit words.
    const std::uint64_t* row(std::size_t criterion) const { return &m_bits[m_row[criterion] * m_words]; }
    std::size_t words() const { return m_words; }

    /// True when `prerequisite` is among the unmet prerequisites of `criterion`.
    bool needs(std::size_t criterion, std::size_t prerequisite) const {
        return (row(criterion)[prerequisite / 64] >> (prerequisite % 64)) & 1u;
    }
    /// The unmet prerequisites of `criterion`, in file order.
    std::vector<std::size_t> of(std::size_t criterion) const;
    /// How many there are.
    std::size_t count(std::size_t criterion) const;
    /// The unmet prerequisites reached from `criterion` through answered-met
    /// ones: what to meet first for it to earn its points. The first `limit`
    /// in file order; `more` tells whether there were others.
    std::vector<std::size_t> nearest(std::size_t criterion, std::size_t limit, bool& more) const;

private:
    std::size_t m_words;                   // 64-bit words per row
    std::vector<std::size_t> m_row;        // criterion -> its row (0: empty, shared by those without prerequisites)
    std::vector<std::uint64_t> m_bits;     // a criterion's row: its unmet prerequisites
    std::vector<std::uint64_t> m_nearest;  // a criterion's row: those reached through met ones only
};

}  // namespace wwc

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
    /// Builds every criterion's set from its prerequisites' sets (one bit per
    /// criterion: n * n bits), so shared prerequisites cost nothing extra and
    /// diamonds of prerequisites cost no more than chains.
    UnmetPrerequisites(const CriteriaSet& set, const Evaluation& evaluation);

    /// The bits of `criterion`'s unmet prerequisites, words() 64-bit words.
    const std::uint64_t* row(std::size_t criterion) const { return &m_bits[criterion * m_words]; }
    std::size_t words() const { return m_words; }

    /// True when `prerequisite` is among the unmet prerequisites of `criterion`.
    bool needs(std::size_t criterion, std::size_t prerequisite) const {
        return (m_bits[criterion * m_words + prerequisite / 64] >> (prerequisite % 64)) & 1u;
    }
    /// The unmet prerequisites of `criterion`, in file order.
    std::vector<std::size_t> of(std::size_t criterion) const;
    /// How many there are.
    std::size_t count(std::size_t criterion) const;
    /// The unmet prerequisites reached from `criterion` through answered-met
    /// ones: what to meet first for it to earn its points. At most `limit`;
    /// `more` tells whether there were others.
    std::vector<std::size_t> nearest(std::size_t criterion, std::size_t limit, bool& more) const;

private:
    const CriteriaSet& m_set;
    const Evaluation& m_evaluation;
    std::size_t m_words;               // 64-bit words per criterion
    std::vector<std::uint64_t> m_bits;  // row i: the unmet prerequisites of criterion i
};

}  // namespace wwc

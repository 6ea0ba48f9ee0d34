#include "util/suggest.hpp"

#include <algorithm>
#include <cctype>
#include <numeric>

namespace wwc {
namespace {

char lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

// Edit distance between `a` and `b` ignoring ASCII case, where swapping two
// neighbouring characters is one edit ("scroe" is one from "score"), or
// `limit + 1` as soon as it is known to exceed `limit`.
std::size_t bounded_distance(std::string_view a, std::string_view b, std::size_t limit) {
    std::vector<std::size_t> before(b.size() + 1);  // row i - 2
    std::vector<std::size_t> above(b.size() + 1);   // row i - 1
    std::vector<std::size_t> row(b.size() + 1);     // row i
    std::iota(row.begin(), row.end(), std::size_t{0});
    std::size_t best_above = 0;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::swap(before, above);
        std::swap(above, row);
        row[0] = i;
        std::size_t best = row[0];
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t cost = lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1;
            row[j] = std::min({above[j] + 1, row[j - 1] + 1, above[j - 1] + cost});
            if (i > 1 && j > 1 && lower(a[i - 1]) == lower(b[j - 2]) && lower(a[i - 2]) == lower(b[j - 1]))
                row[j] = std::min(row[j], before[j - 2] + 1);
            best = std::min(best, row[j]);
        }
        // Every path runs through this row or, by a swap, jumps from the row above it.
        if (best > limit && best_above >= limit) return limit + 1;
        best_above = best;
    }
    return row[b.size()];
}

}  // namespace

std::optional<std::string> Suggester::closest(std::string_view word, const std::vector<std::string>& candidates) {
    // A typo changes about one character in three; very short words allow one edit,
    // but never a change of every character. Long words are not typos worth a guess.
    constexpr std::size_t longest = 64;
    if (word.empty() || word.size() > longest) return std::nullopt;
    const std::size_t allowed = std::max<std::size_t>(1, word.size() / 3);
    std::optional<std::string> best;
    std::size_t best_distance = allowed + 1;
    for (const std::string& candidate : candidates) {
        const std::size_t gap = candidate.size() > word.size() ? candidate.size() - word.size()
                                                               : word.size() - candidate.size();
        if (gap >= best_distance) continue;
        const std::size_t cells = (word.size() + 1) * (candidate.size() + 1);
        if (cells > m_remaining) return std::nullopt;  // out of budget: no guess rather than a slow one
        m_remaining -= cells;
        const std::size_t d = bounded_distance(word, candidate, best_distance - 1);
        if (d < best_distance && d < word.size()) {
            best = candidate;
            best_distance = d;
        }
    }
    return best;
}

std::optional<std::string> closest_match(std::string_view word, const std::vector<std::string>& candidates) {
    return Suggester().closest(word, candidates);
}

}  // namespace wwc

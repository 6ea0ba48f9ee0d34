#pragma once
// "Did you mean" suggestions for misspelt keys, ids and names.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace wwc {

/// Finds the candidate closest to a word when it is close enough to be a typo
/// (about one edit in three characters, ignoring ASCII case). One Suggester
/// serves one file: its budget bounds the characters compared over all its
/// suggestions, so a file of thousands of unknown names against a set of
/// thousands stays fast; past the budget it suggests nothing.
class Suggester {
public:
    /// About 0.1 s of comparisons; a file answering the bundled sets can
    /// misspell every name it holds many times over before reaching it.
    static constexpr std::size_t default_budget = 20'000'000;

    explicit Suggester(std::size_t budget = default_budget) : m_remaining(budget) {}

    std::optional<std::string> closest(std::string_view word, const std::vector<std::string>& candidates);

private:
    std::size_t m_remaining;
};

/// `Suggester().closest(word, candidates)`: one suggestion on its own budget.
std::optional<std::string> closest_match(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace wwc

#pragma once
// "Did you mean" suggestions for misspelt keys, ids and names.

#include <string>
#include <string_view>
#include <vector>

namespace wwc {

/// Edit distance between two words, ignoring ASCII case.
std::size_t edit_distance(std::string_view a, std::string_view b);

/// The candidate closest to `word` when it is close enough to be a typo, else "".
std::string closest_match(std::string_view word, const std::vector<std::string>& candidates);

/// "; did you mean 'x'?" for the closest candidate, or "" when none is close.
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace wwc

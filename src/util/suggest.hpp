#pragma once
// "Did you mean" suggestions for misspelt keys, ids and names.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace wwc {

/// The candidate closest to `word` when it is close enough to be a typo
/// (about one edit in three characters, ignoring ASCII case), else nullopt.
/// Work is bounded: candidates whose length rules them out are skipped, and
/// each comparison stops once it is past the allowed distance.
std::optional<std::string> closest_match(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace wwc

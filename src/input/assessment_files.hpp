#pragma once
// Finding the assessment files under the paths a batch is given.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/diagnostics.hpp"

namespace wwc {

/// The paths of a batch, sorted, without repeats: files to score, and paths that
/// could not be searched (with their error). All paths share one buffer, so
/// that a batch of many files stays small.
class AssessmentFiles {
public:
    void add(std::string_view path, std::optional<Diagnostic> error = std::nullopt);
    /// Sorts by path and drops repeats; call once, after the last add().
    void sort();

    std::size_t size() const { return m_starts.size(); }
    std::string_view path(std::size_t i) const;
    /// The error of a path that could not be searched, or nullptr.
    const Diagnostic* error(std::size_t i) const;

private:
    std::string m_text;                   // every path, each followed by '\0'
    std::vector<std::uint64_t> m_starts;  // where each path starts in m_text
    std::vector<std::pair<std::string, Diagnostic>> m_errors;  // sorted by sort()
};

/// Every *.yaml and *.yml file under `paths` (a file named directly is taken
/// whatever its name), and every path that does not exist.
AssessmentFiles find_assessments(const std::vector<std::string>& paths);

}  // namespace wwc

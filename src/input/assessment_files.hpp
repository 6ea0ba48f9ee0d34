#pragma once
// Finding the assessment files under the paths a command is given.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/diagnostics.hpp"

namespace wwc {

/// The files of a run, sorted, without repeats: files to read, and paths that
/// could not be searched or read (with their error). A file named on the
/// command line is read whatever its name or content; a file found in a folder
/// is an assessment only when it says so (says_assessment). All paths share
/// one buffer, so that a run over many files stays small.
class AssessmentFiles {
public:
    void add(std::string_view path, bool named, std::optional<Diagnostic> error = std::nullopt);
    /// Sorts by path and drops repeats; call once, after the last add(). With
    /// `keep_order`, the order of adding is kept (FILE arguments) and repeats stay.
    void finish(bool keep_order = false);

    std::size_t size() const { return m_starts.size(); }
    std::string_view path(std::size_t i) const;
    /// True for a path named on the command line rather than found in a folder.
    bool named(std::size_t i) const;
    /// The error of a path that could not be searched or read, or nullptr.
    const Diagnostic* error(std::size_t i) const;

private:
    std::string m_text;                   // every path, each followed by '\0'
    std::vector<std::uint64_t> m_starts;  // where each path starts in m_text; the low bit: named
    std::vector<std::pair<std::string, Diagnostic>> m_errors;  // sorted by finish()
};

/// The files named by `paths`: a file as it is ("-" is standard input), a
/// folder searched recursively for *.yaml and *.yml in any letter case,
/// skipping hidden folders and files (a name starting with '.') and paths
/// that match an `excludes` glob (against the whole path or the name). A
/// path that does not exist, a folder that cannot be read, a broken link and
/// a FIFO or device in a folder are error entries. Sorted by path.
AssessmentFiles find_assessments(const std::vector<std::string>& paths, const std::vector<std::string>& excludes);

/// The paths as given, in order ("-" is standard input), each named.
AssessmentFiles named_files(const std::vector<std::string>& paths);

/// True when `text` says it is an assessment: a top-level `format:` line
/// whose value starts with wwc-assessment/ (quoted or not).
bool says_assessment(std::string_view text);

}  // namespace wwc

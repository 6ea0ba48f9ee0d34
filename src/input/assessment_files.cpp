#include "input/assessment_files.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <filesystem>
#include <fnmatch.h>

namespace wwc {
namespace {

namespace fs = std::filesystem;

bool is_yaml(const fs::path& path) {
    std::string ext = path.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext == ".yaml" || ext == ".yml";
}

bool hidden(const fs::path& path) {
    const std::string name = path.filename().string();
    return name.size() > 1 && name[0] == '.' && name != "..";
}

bool excluded(const fs::path& path, const std::vector<std::string>& excludes) {
    const std::string whole = path.string();
    const std::string name = path.filename().string();
    for (const std::string& glob : excludes)
        if (::fnmatch(glob.c_str(), whole.c_str(), 0) == 0 || ::fnmatch(glob.c_str(), name.c_str(), 0) == 0)
            return true;
    return false;
}

Diagnostic error_at(const std::string& path, Message message) {
    return Diagnostic{Severity::error, Location{path, 0, 0}, std::move(message)};
}

// Walks `root`, adding the YAML files found and an error entry for each
// folder, link or special file that cannot be read as one.
void walk(const fs::path& root, const std::vector<std::string>& excludes, AssessmentFiles& files) {
    std::error_code ec;
    fs::recursive_directory_iterator it(root, fs::directory_options::none, ec);
    if (ec) {
        files.add(root.native(), false, error_at(root.native(), msg("cannot read this folder: {0}", ec.message())));
        return;
    }
    for (const fs::recursive_directory_iterator end; it != end;) {
        const fs::path path = it->path();
        if (hidden(path) || excluded(path, excludes)) {
            if (it->is_directory(ec)) it.disable_recursion_pending();
        } else if (it->is_symlink(ec) && !fs::exists(it->status(ec))) {
            if (is_yaml(path)) files.add(path.native(), false, error_at(path.native(), msg("a link to nothing")));
        } else if (it->is_directory(ec)) {
            // Opened before descending, so that an unreadable folder is one error and the walk goes on.
            std::error_code open_error;
            fs::directory_iterator probe(path, open_error);
            if (open_error) {
                files.add(path.native(), false,
                          error_at(path.native(), msg("cannot read this folder: {0}", open_error.message())));
                it.disable_recursion_pending();
            }
        } else if (is_yaml(path)) {
            if (it->is_regular_file(ec)) files.add(path.native(), false);
            else files.add(path.native(), false, error_at(path.native(), msg("is not a regular file")));
        }
        it.increment(ec);
        if (ec) {
            files.add(path.native(), false, error_at(path.native(), msg("cannot read: {0}", ec.message())));
            ec.clear();
        }
    }
}

}  // namespace

void AssessmentFiles::add(std::string_view path, bool named, std::optional<Diagnostic> error) {
    m_starts.push_back(m_text.size() << 1 | (named ? 1 : 0));
    m_text.append(path);
    m_text += '\0';
    if (error) m_errors.emplace_back(std::string(path), std::move(*error));
}

void AssessmentFiles::finish(bool keep_order) {
    std::stable_sort(m_errors.begin(), m_errors.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    if (keep_order) return;
    const auto at = [&](std::uint64_t start) { return &m_text[start >> 1]; };
    std::sort(m_starts.begin(), m_starts.end(),
              [&](std::uint64_t a, std::uint64_t b) { return std::strcmp(at(a), at(b)) < 0; });
    m_starts.erase(std::unique(m_starts.begin(), m_starts.end(),
                               [&](std::uint64_t a, std::uint64_t b) { return std::strcmp(at(a), at(b)) == 0; }),
                   m_starts.end());
    m_starts.shrink_to_fit();
}

std::string_view AssessmentFiles::path(std::size_t i) const { return std::string_view(&m_text[m_starts[i] >> 1]); }

bool AssessmentFiles::named(std::size_t i) const { return (m_starts[i] & 1) != 0; }

const Diagnostic* AssessmentFiles::error(std::size_t i) const {
    const std::string_view wanted = path(i);
    const auto found = std::lower_bound(m_errors.begin(), m_errors.end(), wanted,
                                        [](const auto& entry, std::string_view p) { return entry.first < p; });
    return found != m_errors.end() && found->first == wanted ? &found->second : nullptr;
}

AssessmentFiles find_assessments(const std::vector<std::string>& paths, const std::vector<std::string>& excludes) {
    AssessmentFiles files;
    for (const std::string& path : paths) {
        std::error_code ec;
        if (path == "-") {
            files.add(path, true);
        } else if (const fs::file_status status = fs::status(path, ec); fs::is_directory(status)) {
            walk(path, excludes, files);
        } else if (fs::exists(status)) {
            files.add(path, true);
        } else {
            files.add(path, true, error_at(path, msg("no such file or directory")));
        }
    }
    files.finish();
    return files;
}

AssessmentFiles named_files(const std::vector<std::string>& paths) {
    AssessmentFiles files;
    for (const std::string& path : paths) files.add(path, true);
    files.finish(true);
    return files;
}

bool says_assessment(std::string_view text) {
    for (std::size_t start = 0; start < text.size();) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        std::string_view line = text.substr(start, end - start);
        start = end + 1;
        if (line.substr(0, 7) != "format:") continue;
        line.remove_prefix(7);
        while (!line.empty() && (line.front() == ' ' || line.front() == '"' || line.front() == '\'')) line.remove_prefix(1);
        if (line.substr(0, 15) == "wwc-assessment/") return true;
    }
    return false;
}

}  // namespace wwc

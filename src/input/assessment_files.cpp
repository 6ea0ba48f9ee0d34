#include "input/assessment_files.hpp"

#include <algorithm>
#include <cstring>
#include <filesystem>

namespace wwc {
namespace {

namespace fs = std::filesystem;

bool is_yaml(const fs::path& path) {
    const std::string ext = path.extension().string();
    return ext == ".yaml" || ext == ".yml";
}

}  // namespace

void AssessmentFiles::add(std::string_view path, std::optional<Diagnostic> error) {
    m_starts.push_back(m_text.size());
    m_text.append(path);
    m_text += '\0';
    if (error) m_errors.emplace_back(std::string(path), std::move(*error));
}

void AssessmentFiles::sort() {
    const auto at = [&](std::uint64_t start) { return &m_text[start]; };
    std::sort(m_starts.begin(), m_starts.end(),
              [&](std::uint64_t a, std::uint64_t b) { return std::strcmp(at(a), at(b)) < 0; });
    m_starts.erase(std::unique(m_starts.begin(), m_starts.end(),
                               [&](std::uint64_t a, std::uint64_t b) { return std::strcmp(at(a), at(b)) == 0; }),
                   m_starts.end());
    m_starts.shrink_to_fit();
    std::stable_sort(m_errors.begin(), m_errors.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
}

std::string_view AssessmentFiles::path(std::size_t i) const { return std::string_view(&m_text[m_starts[i]]); }

const Diagnostic* AssessmentFiles::error(std::size_t i) const {
    const std::string_view wanted = path(i);
    const auto found = std::lower_bound(m_errors.begin(), m_errors.end(), wanted,
                                        [](const auto& entry, std::string_view p) { return entry.first < p; });
    return found != m_errors.end() && found->first == wanted ? &found->second : nullptr;
}

AssessmentFiles find_assessments(const std::vector<std::string>& paths) {
    AssessmentFiles files;
    for (const std::string& path : paths) {
        std::error_code ec;
        const fs::file_status status = fs::status(path, ec);
        if (fs::is_directory(status)) {
            for (fs::recursive_directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec))
                if (it->is_regular_file(ec) && is_yaml(it->path())) files.add(it->path().native());
        } else if (fs::exists(status)) {
            files.add(path);
        }
        if (ec || !fs::exists(status)) {
            Diagnostic error{Severity::error, Location{path, 0, 0},
                             ec ? msg("cannot read: {0}", ec.message()) : msg("no such file or directory")};
            files.add(path, std::move(error));
        }
    }
    files.sort();
    return files;
}

}  // namespace wwc

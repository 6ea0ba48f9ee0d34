#pragma once
// Helpers shared by the unit tests: inline YAML in, plain results out, and
// temporary directories for the tests that touch files.

#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <system_error>
#include <vector>

#include "input/assessment_loader.hpp"
#include "input/criteria_catalog.hpp"
#include "input/criteria_loader.hpp"
#include "input/yaml_tree.hpp"
#include "model/diagnostics.hpp"
#include "report/wording.hpp"

namespace wwc::test {

/// A diagnostic as the command line prints it, in English.
inline std::string text(const Diagnostic& d) { return format_diagnostic(d, Words()); }

/// The errors of an InputError thrown by `f`, formatted; empty when none is thrown.
template <typename F>
std::vector<std::string> errors_of(F&& f) {
    std::vector<std::string> out;
    try {
        f();
    } catch (const InputError& e) {
        for (const Diagnostic& d : e.diagnostics())
            if (d.severity == Severity::error) out.push_back(text(d));
    }
    return out;
}

/// A bundled criteria set.
inline const CriteriaSet& bundled(const std::string& id) {
    static CriteriaCatalog catalog(1 << 20);
    return *catalog.bundled(id);
}

/// Parses inline YAML that has no duplicate keys.
inline YamlNode yaml(const std::string& text) { return parse_yaml(text, "f.yaml").root; }

/// Loads an assessment from inline YAML against `set`.
inline LoadedAssessment assessment(const std::string& yaml_text, const CriteriaSet& set) {
    return load_assessment(parse_yaml(yaml_text, "city.yaml").root, "city.yaml", &set);
}

/// A new empty directory under the system's temporary directory, removed with
/// everything in it when the object goes.
class TempDir {
public:
    TempDir() {
        std::string name = (std::filesystem::temp_directory_path() / "wwc-test-XXXXXX").string();
        if (::mkdtemp(name.data()) == nullptr)
            throw std::system_error(errno, std::generic_category(), "mkdtemp " + name);
        m_path = name;
    }
    ~TempDir() {
        std::error_code ignored;
        std::filesystem::remove_all(m_path, ignored);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::filesystem::path& path() const { return m_path; }

    /// The path of `relative` in the directory.
    std::string operator/(const std::string& relative) const { return (m_path / relative).string(); }

    /// Writes `text` to `relative`, making the directories on the way; returns its path.
    std::string write(const std::string& relative, const std::string& text) const {
        const std::filesystem::path file = m_path / relative;
        std::filesystem::create_directories(file.parent_path());
        std::ofstream(file, std::ios::binary) << text;
        return file.string();
    }

private:
    std::filesystem::path m_path;
};

/// The bytes of a file; "" when it cannot be read.
inline std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    if (in) out << in.rdbuf();
    return out.str();
}

}  // namespace wwc::test

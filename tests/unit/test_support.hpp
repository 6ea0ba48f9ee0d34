#pragma once
// Helpers shared by the unit tests: inline YAML in, plain results out.

#include <string>
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

}  // namespace wwc::test

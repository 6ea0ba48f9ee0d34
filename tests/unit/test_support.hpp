#pragma once
// Helpers shared by the unit tests: inline YAML in, plain results out.

#include <string>
#include <vector>

#include "assessment_loader.hpp"
#include "criteria_catalog.hpp"
#include "criteria_loader.hpp"
#include "diagnostics.hpp"
#include "yaml_tree.hpp"

namespace wwc::test {

/// The messages of an InputError thrown by `f`, formatted; empty when none is thrown.
template <typename F>
std::vector<std::string> errors_of(F&& f) {
    std::vector<std::string> out;
    try {
        f();
    } catch (const InputError& e) {
        for (const Diagnostic& d : e.diagnostics())
            if (d.severity == Severity::error) out.push_back(format_diagnostic(d));
    }
    return out;
}

/// A bundled criteria set.
inline const CriteriaSet& bundled(const std::string& id) {
    static CriteriaCatalog catalog(1 << 20);
    return *catalog.bundled(id);
}

/// Loads an assessment from inline YAML against `set`.
inline LoadedAssessment assessment(const std::string& yaml, const CriteriaSet& set) {
    return load_assessment(parse_yaml(yaml, "city.yaml"), "city.yaml", &set);
}

}  // namespace wwc::test

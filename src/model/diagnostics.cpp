#include "model/diagnostics.hpp"

#include <algorithm>
#include <tuple>

namespace wwc {

const char* severity_id(Severity severity) {
    switch (severity) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    }
    return "?";
}

void sort_by_place(std::vector<Diagnostic>& diagnostics) {
    std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return std::tie(a.where.line, a.where.column) < std::tie(b.where.line, b.where.column);
    });
}

const Diagnostic* first_error(const std::vector<Diagnostic>& diagnostics) {
    const auto found = std::find_if(diagnostics.begin(), diagnostics.end(),
                                    [](const Diagnostic& d) { return d.severity == Severity::error; });
    return found == diagnostics.end() ? nullptr : &*found;
}

bool has_errors(const std::vector<Diagnostic>& diagnostics) { return first_error(diagnostics) != nullptr; }

}  // namespace wwc

#include "diagnostics.hpp"

#include <algorithm>
#include <tuple>

#include <fmt/format.h>

namespace wwc {

const char* severity_name(Severity severity) {
    return severity == Severity::error ? "error" : "warning";
}

std::string format_diagnostic(const Diagnostic& d) {
    const char* kind = severity_name(d.severity);
    if (d.where.line == 0)
        return fmt::format("{}: {}: {}", d.where.file, kind, d.message);
    return fmt::format("{}:{}:{}: {}: {}", d.where.file, d.where.line, d.where.column, kind,
                       d.message);
}

void sort_by_place(std::vector<Diagnostic>& diagnostics) {
    std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return std::tie(a.where.line, a.where.column) < std::tie(b.where.line, b.where.column);
    });
}

bool has_errors(const std::vector<Diagnostic>& diagnostics) {
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::error; });
}

static std::string first_error(const std::vector<Diagnostic>& diagnostics) {
    for (const Diagnostic& d : diagnostics)
        if (d.severity == Severity::error) return format_diagnostic(d);
    return "invalid input";
}

InputError::InputError(std::vector<Diagnostic> diagnostics)
    : std::runtime_error(first_error(diagnostics)), diagnostics_(std::move(diagnostics)) {}

InputError::InputError(Location where, const std::string& message)
    : InputError(std::vector<Diagnostic>{{Severity::error, std::move(where), message}}) {}

}  // namespace wwc

#pragma once
// Located problems in input files: the one error currency of the project.

#include <stdexcept>
#include <string>
#include <vector>

namespace wwc {

/// A place in an input file; `line` and `column` are 1-based, 0 when unknown.
struct Location {
    std::string file;
    int line = 0;
    int column = 0;
};

enum class Severity { error, warning };

/// One problem found in an input file.
struct Diagnostic {
    Severity severity = Severity::error;
    Location where;
    std::string message;
};

/// Returns "error" or "warning".
const char* severity_name(Severity severity);

/// Returns `file:line:col: severity: message` (the place shortened when unknown).
std::string format_diagnostic(const Diagnostic& diagnostic);

/// Orders diagnostics by line and column, keeping the order of those at one place.
void sort_by_place(std::vector<Diagnostic>& diagnostics);

/// True when any diagnostic is an error.
bool has_errors(const std::vector<Diagnostic>& diagnostics);

/// Thrown for input that cannot be used; carries every problem found in it.
class InputError : public std::runtime_error {
public:
    explicit InputError(std::vector<Diagnostic> diagnostics);
    InputError(Location where, const std::string& message);

    /// Every problem, errors and the warnings found with them.
    const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }

private:
    std::vector<Diagnostic> diagnostics_;
};

}  // namespace wwc

#pragma once
// Located problems in input files: the one error currency of the project.

#include <exception>
#include <string>
#include <vector>

#include "model/message.hpp"

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
    Message message;
};

/// "error" or "warning", as diagnostics and machine formats write it.
const char* severity_id(Severity severity);

/// Orders diagnostics by line and column, keeping the order of those at one place.
void sort_by_place(std::vector<Diagnostic>& diagnostics);

/// True when any diagnostic is an error.
bool has_errors(const std::vector<Diagnostic>& diagnostics);

/// The first error, or nullptr.
const Diagnostic* first_error(const std::vector<Diagnostic>& diagnostics);

/// Thrown for input that cannot be used; carries every problem found in it.
class InputError : public std::exception {
public:
    explicit InputError(std::vector<Diagnostic> diagnostics) : diagnostics_(std::move(diagnostics)) {}
    InputError(Location where, Message message)
        : InputError(std::vector<Diagnostic>{{Severity::error, std::move(where), std::move(message)}}) {}

    /// Every problem, errors and the warnings found with them.
    const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }
    const char* what() const noexcept override { return "invalid input"; }

private:
    std::vector<Diagnostic> diagnostics_;
};

}  // namespace wwc

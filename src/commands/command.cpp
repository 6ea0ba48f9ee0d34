#include "command.hpp"

#include <fmt/format.h>

#include "../output_file.hpp"

namespace wwc {

void print_diagnostics(const std::vector<Diagnostic>& diagnostics) {
    for (const Diagnostic& d : diagnostics) fmt::print(stderr, "{}\n", format_diagnostic(d));
}

// Warnings of an invalid file are often consequences of its errors: count them only.
void print_errors(const InputError& e) {
    std::size_t warnings = 0;
    std::string file;
    for (const Diagnostic& d : e.diagnostics()) {
        if (d.severity == Severity::error) fmt::print(stderr, "{}\n", format_diagnostic(d));
        else ++warnings;
        file = d.where.file;
    }
    if (warnings > 0)
        fmt::print(stderr, "{}: {} warning{} not shown until the errors are fixed\n", file, warnings,
                   warnings == 1 ? "" : "s");
}

void emit(const std::string& text, const std::string& output) {
    if (output.empty()) fmt::print("{}", text);
    else write_file_atomically(output, text);
}

}  // namespace wwc

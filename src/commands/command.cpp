#include "command.hpp"

#include <ctime>

#include <fmt/format.h>

#include "../output_file.hpp"
#include "../tree_reader.hpp"

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

std::string today_utc() {
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    char text[16];
    std::strftime(text, sizeof text, "%Y-%m-%d", &utc);
    return text;
}

void add_as_of_option(CLI::App& command, std::string& as_of) {
    command.add_option("--as-of", as_of, "Judge evidence dates as of this date instead of today")
        ->type_name("YYYY-MM-DD");
}

std::string resolve_as_of(const std::string& as_of) {
    if (as_of.empty()) return today_utc();
    if (!is_iso_date(as_of)) throw UsageError(fmt::format("--as-of: '{}' is not a date written YYYY-MM-DD", as_of));
    return as_of;
}

void emit(const std::string& text, const std::string& output) {
    if (output.empty()) fmt::print("{}", text);
    else write_file_atomically(output, text);
}

}  // namespace wwc

#include "cli/commands/command.hpp"

#include <cstdlib>
#include <ctime>
#include <unistd.h>

#include "cli/console.hpp"
#include "cli/output_stream.hpp"
#include "report/wording.hpp"
#include "util/dates.hpp"
#include "util/suggest.hpp"
#include "util/text.hpp"

namespace wwc {

void print_diagnostics(const std::vector<Diagnostic>& diagnostics, const Words& words) {
    for (const Diagnostic& d : diagnostics) print_err(format_diagnostic(d, words) + '\n');
}

// Warnings of an invalid file are often consequences of its errors: count them only.
void print_errors(const std::vector<Diagnostic>& diagnostics, const Words& words) {
    std::size_t warnings = 0;
    std::string file;
    for (const Diagnostic& d : diagnostics) {
        if (d.severity == Severity::error) print_err(format_diagnostic(d, words) + '\n');
        else ++warnings;
        file = d.where.file;
    }
    if (warnings > 0)
        print_err(escape_unsafe(file) + ": " +
                  words.plural("{0} warning not shown until the errors are fixed",
                               "{0} warnings not shown until the errors are fixed", static_cast<long long>(warnings),
                               {warnings}) +
                  '\n');
}

std::string today_utc() {
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    char text[16];
    std::strftime(text, sizeof text, "%Y-%m-%d", &utc);
    return text;
}

void add_as_of_option(CLI::App& command, std::string& as_of, const Words& words) {
    command.add_option("--as-of", as_of, words.say("Judge evidence dates as of this date instead of today"))
        ->type_name("YYYY-MM-DD")
        ->check(non_empty(words));
}

std::string resolve_as_of(const std::string& as_of) {
    if (as_of.empty()) return today_utc();
    if (!is_iso_date(as_of)) throw UsageError(msg("--as-of: '{0}' is not a date written YYYY-MM-DD", as_of));
    return as_of;
}

void refuse_output_over_inputs(const std::string& output, const std::vector<std::string>& inputs) {
    if (output.empty()) return;
    for (const std::string& input : inputs)
        if (same_file(output, input))
            throw UsageError(msg("--output {0} is also an input: write the report somewhere else", output));
}

void add_color_option(CLI::App& command, std::string& mode, const Words& words) {
    command.add_option("--color", mode, words.say("Colour: auto, always or never (auto honours NO_COLOR)"))
        ->type_name("WHEN")
        ->check(CLI::IsMember({"auto", "always", "never"}).description(""));
}

bool use_color(const std::string& mode, const std::string& output) {
    if (mode == "always") return true;
    if (mode == "never" || !output.empty()) return false;
    const char* no_color = std::getenv("NO_COLOR");
    return (!no_color || !*no_color) && ::isatty(STDOUT_FILENO);
}

void add_max_file_size_option(CLI::App& command, std::size_t& bytes, const Words& words) {
    command.add_option("--max-file-size", bytes, words.say("Largest input file read, in bytes"))
        ->type_name("BYTES")
        ->check(CLI::Range(std::size_t{1}, std::size_t{1} << 30).description(""));
}

CLI::Validator non_empty(const Words& words) {
    return CLI::Validator(
        [&words](std::string& value) { return value.empty() ? words.say("must not be empty") : std::string(); }, "",
        "NON-EMPTY");
}

std::string joined_names(const std::vector<std::string>& names) { return join(names); }

void unknown_format(const std::string& name, const std::vector<std::string>& names) {
    throw UsageError(suggesting(msg("unknown format '{0}' (known: {1})", name, joined_names(names)),
                                closest_match(name, names)));
}

}  // namespace wwc

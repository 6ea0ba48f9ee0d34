#pragma once
// The subcommands of wwc-score. Each attaches its options to a CLI11 subcommand
// and returns how to run it; cli.cpp holds the one table of them.

#include <functional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>

#include "../diagnostics.hpp"
#include "../exit_code.hpp"

namespace wwc {

/// Thrown for a bad option value found after parsing (exit 64).
struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

using RunCommand = std::function<ExitCode()>;

/// One subcommand: `attach` adds its options and returns its action.
struct Command {
    std::string_view name;
    std::string_view description;
    RunCommand (*attach)(CLI::App& command);
};

RunCommand attach_score(CLI::App& command);
RunCommand attach_check(CLI::App& command);
RunCommand attach_batch(CLI::App& command);
RunCommand attach_init(CLI::App& command);
RunCommand attach_criteria(CLI::App& command);
RunCommand attach_diff(CLI::App& command);

/// Prints each diagnostic on stderr.
void print_diagnostics(const std::vector<Diagnostic>& diagnostics);

/// Prints the errors of an invalid file on stderr, and only a count of its warnings.
void print_errors(const InputError& error);

/// Today's date (UTC), YYYY-MM-DD.
std::string today_utc();

/// Adds `--as-of YYYY-MM-DD` (default: today) storing into `as_of`.
void add_as_of_option(CLI::App& command, std::string& as_of);

/// `as_of` as given, or today when empty; throws UsageError when it is not a date.
std::string resolve_as_of(const std::string& as_of);

/// Writes `text` to stdout, or atomically to `output` when it is not empty.
void emit(const std::string& text, const std::string& output);

}  // namespace wwc

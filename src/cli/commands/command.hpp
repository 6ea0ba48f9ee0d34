#pragma once
// The subcommands of wwc-score. Each attaches its options to a CLI11 subcommand
// and returns how to run it; cli.cpp holds the one table of them.

#include <cstddef>
#include <exception>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/exit_code.hpp"
#include "model/diagnostics.hpp"
#include "report/formats.hpp"
#include "report/words.hpp"

namespace wwc {

/// A bad option value found after parsing (exit 64).
class UsageError : public std::exception {
public:
    explicit UsageError(Message message) : m_message(std::move(message)) {}
    const Message& message() const { return m_message; }
    const char* what() const noexcept override { return "usage error"; }

private:
    Message m_message;
};

using RunCommand = std::function<ExitCode()>;

/// One subcommand: `attach` adds its options (described in `words`' language)
/// and returns its action.
struct Command {
    std::string_view name;
    std::string_view description;  ///< an English template, shown translated
    RunCommand (*attach)(CLI::App& command, const Words& words);
};

RunCommand attach_score(CLI::App& command, const Words& words);
RunCommand attach_check(CLI::App& command, const Words& words);
RunCommand attach_batch(CLI::App& command, const Words& words);
RunCommand attach_init(CLI::App& command, const Words& words);
RunCommand attach_criteria(CLI::App& command, const Words& words);
RunCommand attach_diff(CLI::App& command, const Words& words);
RunCommand attach_schema(CLI::App& command, const Words& words);
RunCommand attach_history(CLI::App& command, const Words& words);

/// Prints each diagnostic on stderr.
void print_diagnostics(const std::vector<Diagnostic>& diagnostics, const Words& words);

/// Prints the errors of an invalid file on stderr, and only a count of its warnings.
void print_errors(const std::vector<Diagnostic>& diagnostics, const Words& words);

/// Today's date (UTC), YYYY-MM-DD.
std::string today_utc();

/// Adds `--as-of YYYY-MM-DD`, storing into `as_of`.
void add_as_of_option(CLI::App& command, std::string& as_of, const Words& words);

/// `as_of` as given, or today when empty; throws UsageError when it is not a date.
std::string resolve_as_of(const std::string& as_of);

/// Throws UsageError when `output` ("" for stdout) is one of `inputs`: a
/// report must not overwrite what it is made from.
void refuse_output_over_inputs(const std::string& output, const std::vector<std::string>& inputs);

/// Adds `--color auto|always|never`, storing into `mode`.
void add_color_option(CLI::App& command, std::string& mode, const Words& words);

/// Whether a text report is coloured: `mode` "always", or "auto" when stdout
/// is a terminal, `output` is empty and NO_COLOR is unset or empty.
bool use_color(const std::string& mode, const std::string& output);

/// Adds `--max-file-size BYTES`, storing into `bytes`.
void add_max_file_size_option(CLI::App& command, std::size_t& bytes, const Words& words);

/// The most threads a batch asks for.
inline constexpr unsigned max_jobs = 256;

/// A CLI11 check that refuses an empty value (exit 64).
CLI::Validator non_empty(const Words& words);

/// Adds `-f,--format` listing the names of `formats`, storing into `name`.
template <typename Render>
CLI::Option* add_format_option(CLI::App& command, std::string& name, const std::vector<Format<Render>>& formats,
                               const Words& words);

/// The row of `formats` called `name`; throws UsageError naming the known ones,
/// with a suggestion.
template <typename Render>
const Format<Render>& require_format(const std::vector<Format<Render>>& formats, const std::string& name);

/// The names joined for a usage message: "a, b, c".
std::string joined_names(const std::vector<std::string>& names);

/// Throws UsageError for a format name that is not one of `names`.
[[noreturn]] void unknown_format(const std::string& name, const std::vector<std::string>& names);

template <typename Render>
CLI::Option* add_format_option(CLI::App& command, std::string& name, const std::vector<Format<Render>>& formats,
                               const Words& words) {
    return command.add_option("-f,--format", name, words.say("Report format: {0}", {joined_names(format_names(formats))}))
        ->type_name("FORMAT");
}

template <typename Render>
const Format<Render>& require_format(const std::vector<Format<Render>>& formats, const std::string& name) {
    if (const Format<Render>* format = find_format(formats, name)) return *format;
    unknown_format(name, format_names(formats));
}

}  // namespace wwc

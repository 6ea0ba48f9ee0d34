#include "cli.hpp"

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <cstdlib>
#include <iostream>
#include <new>
#include <string>
#include <thread>
#include <unistd.h>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "batch.hpp"
#include "blank_assessment.hpp"
#include "exit_code.hpp"
#include "output_file.hpp"
#include "reporters/batch_reporters.hpp"
#include "reporters/reporters.hpp"
#include "scoring.hpp"
#include "suggest.hpp"
#include "version.hpp"

namespace wwc {
namespace {

// Thrown for a bad option value found after parsing (exit 64).
struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct ScoreArgs {
    std::vector<std::string> files;
    std::string criteria;
    std::string format = "text";
    bool format_given = false;
    std::string output;
    std::string require_level;
    std::string color = "auto";
    std::size_t max_file_size = default_max_file_size;
    bool strict = false;
};

void print_diagnostics(const std::vector<Diagnostic>& diagnostics) {
    for (const Diagnostic& d : diagnostics) fmt::print(stderr, "{}\n", format_diagnostic(d));
}

// A file with errors: its errors, and only a count of its warnings, which are
// often consequences of the errors.
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

bool use_color(const std::string& mode, const std::string& output) {
    if (mode == "always") return true;
    if (mode == "never" || !output.empty()) return false;
    const char* no_color = std::getenv("NO_COLOR");
    return (!no_color || !*no_color) && ::isatty(STDOUT_FILENO);
}

std::vector<std::string> format_names() {
    std::vector<std::string> names;
    for (const ReportFormat& f : report_formats()) names.emplace_back(f.name);
    return names;
}

ExitCode run_score(ScoreArgs args) {
    // In a GitHub Actions job, annotations are the default.
    const char* actions = std::getenv("GITHUB_ACTIONS");
    if (!args.format_given && actions && std::string(actions) == "true") args.format = "github";
    const ReportFormat* format = find_report_format(args.format);
    if (!format)
        throw UsageError(fmt::format("unknown format '{}' (known: {}){}", args.format, fmt::join(format_names(), ", "),
                                     did_you_mean(args.format, format_names())));
    CriteriaCatalog catalog(args.max_file_size);
    // A bad criteria file is reported once, not once per assessment.
    if (!args.criteria.empty()) catalog.load(args.criteria);
    const ScoreOptions options{args.criteria, args.max_file_size};
    std::vector<ScoredAssessment> results;
    bool invalid = false;
    bool warned = false;
    for (const std::string& file : args.files) {
        try {
            results.push_back(score_file(file, catalog, options));
            print_diagnostics(results.back().diagnostics);
            warned = warned || !results.back().diagnostics.empty();
        } catch (const InputError& e) {
            print_errors(e);
            invalid = true;
        }
    }
    bool gate_failed = args.strict && warned;
    for (const ScoredAssessment& r : results) {
        if (args.require_level.empty()) break;
        int wanted = -1;
        std::vector<std::string> ids;
        for (std::size_t l = 0; l < r.set->levels.size(); ++l) {
            ids.push_back(r.set->levels[l].id);
            if (r.set->levels[l].id == args.require_level) wanted = static_cast<int>(l);
        }
        if (wanted < 0)
            throw UsageError(fmt::format("--require-level: {} has no level '{}' (levels: {}){}", r.set->id,
                                         args.require_level, fmt::join(ids, ", "),
                                         did_you_mean(args.require_level, ids)));
        if (r.evaluation.level < wanted) {
            fmt::print(stderr, "{}: level {} is below the required {}\n", r.assessment.path,
                       r.evaluation.level < 0 ? "none" : r.set->levels[static_cast<std::size_t>(r.evaluation.level)].id,
                       args.require_level);
            gate_failed = true;
        }
    }
    if (!results.empty()) {
        const std::string report = render_report(*format, results, {use_color(args.color, args.output)});
        if (args.output.empty()) fmt::print("{}", report);
        else write_file_atomically(args.output, report);
    }
    if (invalid) return ExitCode::invalid_input;
    return gate_failed ? ExitCode::gate_failed : ExitCode::ok;
}

// `check`: every diagnostic of every file, no score.
ExitCode run_check(const ScoreArgs& args) {
    CriteriaCatalog catalog(args.max_file_size);
    if (!args.criteria.empty()) catalog.load(args.criteria);
    const ScoreOptions options{args.criteria, args.max_file_size};
    std::size_t invalid = 0;
    std::size_t warnings = 0;
    for (const std::string& file : args.files) {
        std::vector<Diagnostic> found;
        try {
            found = check_file(file, catalog, options);
        } catch (const InputError& e) {
            found = e.diagnostics();
            ++invalid;
        }
        print_diagnostics(found);
        for (const Diagnostic& d : found) warnings += d.severity == Severity::warning;
    }
    fmt::print("checked {} file{}: {} invalid, {} warning{}\n", args.files.size(), args.files.size() == 1 ? "" : "s",
               invalid, warnings, warnings == 1 ? "" : "s");
    if (invalid > 0) return ExitCode::invalid_input;
    return args.strict && warnings > 0 ? ExitCode::gate_failed : ExitCode::ok;
}

void add_input_options(CLI::App& cmd, ScoreArgs& args) {
    cmd.add_option("files", args.files, "Assessment files (wwc-assessment/1)")->required()->type_name("FILE");
    cmd.add_option("--criteria", args.criteria,
                   "Criteria set to score with: a bundled id or a file (default: the set the file answers)")
        ->type_name("ID|PATH");
    cmd.add_flag("--strict", args.strict, "Exit 1 when there are warnings");
    cmd.add_option("--max-file-size", args.max_file_size, "Largest input file read, in bytes")
        ->check(CLI::Range(std::size_t{1}, std::size_t{1} << 30));
}

void add_score_options(CLI::App& cmd, ScoreArgs& args) {
    add_input_options(cmd, args);
    cmd.add_option("-f,--format", args.format, fmt::format("Report format: {}", fmt::join(format_names(), ", ")))
        ->type_name("FORMAT");
    cmd.add_option("-o,--output", args.output, "Write the report to PATH (atomically) instead of stdout")
        ->type_name("PATH");
    cmd.add_option("--require-level", args.require_level, "Exit 1 unless every file reaches LEVEL")
        ->type_name("LEVEL");
    cmd.add_option("--color", args.color, "Colour: auto, always or never (auto honours NO_COLOR)")
        ->check(CLI::IsMember({"auto", "always", "never"}));
}

struct BatchArgs {
    std::vector<std::string> paths;
    std::string criteria;
    std::string compare;
    std::string format = "text";
    std::string output;
    unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
    std::size_t max_file_size = default_max_file_size;
    bool fail_on_downgrade = false;
};

ExitCode run_batch(const BatchArgs& args) {
    const BatchFormat* format = nullptr;
    std::vector<std::string> names;
    for (const BatchFormat& f : batch_formats()) {
        names.emplace_back(f.name);
        if (f.name == args.format) format = &f;
    }
    if (!format)
        throw UsageError(fmt::format("unknown batch format '{}' (known: {}){}", args.format, fmt::join(names, ", "),
                                     did_you_mean(args.format, names)));
    CriteriaCatalog catalog(args.max_file_size);
    std::vector<BatchRow> rows;
    const std::vector<std::string> files = find_assessments(args.paths, rows);
    std::vector<BatchRow> scored =
        score_batch(files, catalog, {args.criteria, args.compare, args.max_file_size, args.jobs});
    rows.insert(rows.end(), std::make_move_iterator(scored.begin()), std::make_move_iterator(scored.end()));
    std::stable_sort(rows.begin(), rows.end(), [](const BatchRow& a, const BatchRow& b) { return a.file < b.file; });
    const BatchSummary summary = summarise(rows);
    const std::string report = format->render(rows, summary);
    if (args.output.empty()) fmt::print("{}", report);
    else write_file_atomically(args.output, report);
    if (format->name != "text") fmt::print(stderr, "{}\n", summary_line(summary, rows));
    if (summary.errors > 0) return ExitCode::invalid_input;
    return args.fail_on_downgrade && summary.down > 0 ? ExitCode::gate_failed : ExitCode::ok;
}

void add_batch_options(CLI::App& cmd, BatchArgs& args) {
    cmd.add_option("paths", args.paths, "Files and folders: every *.yaml and *.yml under them")
        ->required()
        ->type_name("PATH");
    cmd.add_option("--criteria", args.criteria, "Criteria set to score with (default: the set each file answers)")
        ->type_name("ID|PATH");
    cmd.add_option("--compare", args.compare,
                   "Also score every file with this set (through a crosswalk when the file answers another)")
        ->type_name("ID|PATH");
    cmd.add_option("-f,--format", args.format, "Report format: text, csv or json")->type_name("FORMAT");
    cmd.add_option("-o,--output", args.output, "Write the report to PATH (atomically) instead of stdout")
        ->type_name("PATH");
    cmd.add_option("-j,--jobs", args.jobs, "Files scored in parallel (default: all cores)")
        ->check(CLI::Range(1u, 1024u));
    cmd.add_flag("--fail-on-downgrade", args.fail_on_downgrade,
                 "Exit 1 when any file reaches a lower level under --compare");
    cmd.add_option("--max-file-size", args.max_file_size, "Largest input file read, in bytes")
        ->check(CLI::Range(std::size_t{1}, std::size_t{1} << 30));
}

struct InitArgs {
    std::string criteria;
    std::string output;
};

// Today's date (UTC), YYYY-MM-DD.
std::string today() {
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    char text[16];
    std::strftime(text, sizeof text, "%Y-%m-%d", &utc);
    return text;
}

ExitCode run_init(const InitArgs& args) {
    CriteriaCatalog catalog(default_max_file_size);
    const std::string text = blank_assessment(*catalog.load(args.criteria), today());
    if (args.output.empty()) fmt::print("{}", text);
    else write_file_atomically(args.output, text);
    return ExitCode::ok;
}

// The names of the subcommands; argv[1] not among them means `score`.
const std::vector<std::string> command_names = {"score", "check", "batch", "init"};

// Commands of the CLI contract that this release does not have yet.
const std::vector<std::string> planned_commands = {"criteria", "diff"};

std::vector<std::string> with_default_command(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    if (!args.empty()) {
        const std::string& first = args.front();
        const bool known = std::find(command_names.begin(), command_names.end(), first) != command_names.end();
        if (!known && first != "-h" && first != "--help" && first != "--version" && first != "-V")
            args.insert(args.begin(), "score");
    }
    return args;
}

int run(int argc, char** argv) {
    CLI::App app{"Scores a city's self-assessment against the What Works Cities Certification standard.",
                 "wwc-score"};
    app.set_version_flag("-V,--version", fmt::format("wwc-score {}", version));
    app.require_subcommand(0, 1);
    app.footer("`wwc-score FILE` is `wwc-score score FILE`. Exit codes: 0 ok, 1 a gate failed, 2 invalid input, "
               "64 usage error.");
    ScoreArgs score;
    CLI::App* score_cmd = app.add_subcommand("score", "Score assessments and show the gap to the next level");
    add_score_options(*score_cmd, score);

    if (argc > 1 && std::find(planned_commands.begin(), planned_commands.end(), argv[1]) != planned_commands.end()) {
        fmt::print(stderr, "wwc-score: the '{}' command is not available in this release\n", argv[1]);
        return static_cast<int>(ExitCode::usage);
    }
    ScoreArgs check;
    CLI::App* check_cmd = app.add_subcommand("check", "Validate assessments: every error and warning, no score");
    add_input_options(*check_cmd, check);

    BatchArgs batch;
    CLI::App* batch_cmd =
        app.add_subcommand("batch", "Score every assessment under the paths, in parallel; one row per file");
    add_batch_options(*batch_cmd, batch);

    InitArgs init;
    CLI::App* init_cmd = app.add_subcommand("init", "Print a blank assessment to fill in");
    init_cmd->add_option("--criteria", init.criteria, "The criteria set to answer: a bundled id or a file")
        ->required()
        ->type_name("ID|PATH");
    init_cmd->add_option("-o,--output", init.output, "Write it to PATH (atomically) instead of stdout")
        ->type_name("PATH");

    std::vector<std::string> args = with_default_command(argc, argv);
    std::reverse(args.begin(), args.end());
    try {
        app.parse(args);
    } catch (const CLI::Success& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        app.exit(e);
        return static_cast<int>(ExitCode::usage);
    }
    if (app.get_subcommands().empty()) {
        fmt::print(stderr, "{}", app.help());
        return static_cast<int>(ExitCode::usage);
    }
    try {
        if (check_cmd->parsed()) return static_cast<int>(run_check(check));
        if (batch_cmd->parsed()) return static_cast<int>(run_batch(batch));
        score.format_given = score_cmd->count("--format") > 0;
        if (init_cmd->parsed()) return static_cast<int>(run_init(init));
        return static_cast<int>(run_score(score));
    } catch (const UsageError& e) {
        fmt::print(stderr, "wwc-score: {}\n", e.what());
        return static_cast<int>(ExitCode::usage);
    }
}

}  // namespace

int run_cli(int argc, char** argv) {
    try {
        return run(argc, argv);
    } catch (const InputError& e) {
        print_errors(e);
        return static_cast<int>(ExitCode::invalid_input);
    } catch (const std::bad_alloc&) {
        std::fputs("wwc-score: out of memory\n", stderr);
        return static_cast<int>(ExitCode::invalid_input);
    } catch (const std::exception& e) {
        fmt::print(stderr, "wwc-score: {}\n", e.what());
        return static_cast<int>(ExitCode::invalid_input);
    }
}

}  // namespace wwc

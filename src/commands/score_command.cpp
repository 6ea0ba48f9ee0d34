// `score` and `check`: one or more assessment files, scored or validated.

#include <algorithm>
#include <cstdlib>
#include <string>
#include <unistd.h>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "../reporters/reporters.hpp"
#include "../scoring.hpp"
#include "../suggest.hpp"
#include "command.hpp"

namespace wwc {
namespace {

struct ScoreArgs {
    std::vector<std::string> files;
    std::string criteria;
    std::string format = "text";
    bool format_given = false;
    std::string output;
    std::string require_level;
    std::string color = "auto";
    std::size_t max_file_size = default_max_file_size;
    std::string as_of;
    bool strict = false;
};

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
    const ScoreOptions options{args.criteria, args.max_file_size, resolve_as_of(args.as_of)};
    std::vector<ScoredAssessment> results;
    RenderOptions render{use_color(args.color, args.output), {}};
    bool warned = false;
    for (const std::string& file : args.files) {
        try {
            results.push_back(score_file(file, catalog, options));
            print_diagnostics(results.back().diagnostics);
            warned = warned || !results.back().diagnostics.empty();
        } catch (const InputError& e) {
            print_errors(e);
            render.errors.insert(render.errors.end(), e.diagnostics().begin(), e.diagnostics().end());
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
    const bool invalid = !render.errors.empty();
    const std::string report = render_report(*format, results, render);
    if (!report.empty()) emit(report, args.output);
    if (invalid) return ExitCode::invalid_input;
    return gate_failed ? ExitCode::gate_failed : ExitCode::ok;
}

// `check`: every diagnostic of every file, no score.
ExitCode run_check(const ScoreArgs& args) {
    CriteriaCatalog catalog(args.max_file_size);
    if (!args.criteria.empty()) catalog.load(args.criteria);
    const ScoreOptions options{args.criteria, args.max_file_size, resolve_as_of(args.as_of)};
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
    add_as_of_option(cmd, args.as_of);
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

}  // namespace

RunCommand attach_score(CLI::App& command) {
    auto args = std::make_shared<ScoreArgs>();
    add_score_options(command, *args);
    return [args, &command] {
        args->format_given = command.count("--format") > 0;
        return run_score(*args);
    };
}

RunCommand attach_check(CLI::App& command) {
    auto args = std::make_shared<ScoreArgs>();
    add_input_options(command, *args);
    return [args] { return run_check(*args); };
}

}  // namespace wwc

// `score` and `check`: one or more assessment files, scored or validated.

#include <cstdlib>
#include <memory>
#include <string>
#include <unistd.h>
#include <vector>

#include "cli/commands/command.hpp"
#include "cli/console.hpp"
#include "cli/output_stream.hpp"
#include "report/wording.hpp"
#include "scoring/pipeline.hpp"
#include "util/suggest.hpp"
#include "util/text.hpp"

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

// The level `wanted` names in `set`; throws UsageError when it names none.
std::size_t required_level(const CriteriaSet& set, const std::string& wanted) {
    if (const std::optional<std::size_t> level = set.find_level(wanted)) return *level;
    throw UsageError(suggesting(msg("--require-level: {0} has no level '{1}' (levels: {2})", set.id, wanted,
                                    join(set.level_ids())),
                                closest_match(wanted, set.level_ids())));
}

ExitCode run_score(ScoreArgs args, const Words& words) {
    // In a GitHub Actions job, annotations are the default.
    const char* actions = std::getenv("GITHUB_ACTIONS");
    if (!args.format_given && actions && std::string(actions) == "true") args.format = "github";
    const Format<ScoreRender>& format = require_format(score_formats(), args.format);
    CriteriaCatalog catalog(args.max_file_size);
    // A bad criteria file is reported once, not once per assessment.
    if (!args.criteria.empty()) catalog.load(args.criteria);
    const ScoreOptions options{args.criteria, args.max_file_size, resolve_as_of(args.as_of)};
    std::vector<FileReport> files;
    bool warned = false;
    bool invalid = false;
    for (const std::string& file : args.files) {
        FileReport report{file, std::nullopt, {}};
        try {
            report.scored = score_file(file, catalog, options);
            print_diagnostics(report.scored->diagnostics, words);
            warned = warned || !report.scored->diagnostics.empty();
        } catch (const InputError& e) {
            print_errors(e.diagnostics(), words);
            report.errors = e.diagnostics();
            invalid = true;
        }
        files.push_back(std::move(report));
    }
    bool gate_failed = args.strict && warned;
    for (const FileReport& f : files) {
        if (!f.scored || args.require_level.empty()) continue;
        const ScoredAssessment& r = *f.scored;
        const std::size_t wanted = required_level(*r.set, args.require_level);
        if (r.evaluation.level >= wanted) continue;
        print_err(words.say("{0}: level {1} is below the required {2}\n",
                            {r.assessment.path, level_name(*r.set, r.evaluation.level, words),
                             level_name(*r.set, wanted, words)}));
        gate_failed = true;
    }
    const std::string report = format.render(files, RenderOptions{words, use_color(args.color, args.output)});
    if (!report.empty()) write_output(args.output, report);
    if (invalid) return ExitCode::invalid_input;
    return gate_failed ? ExitCode::gate_failed : ExitCode::ok;
}

// `check`: every diagnostic of every file, no score.
ExitCode run_check(const ScoreArgs& args, const Words& words) {
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
        print_diagnostics(found, words);
        for (const Diagnostic& d : found) warnings += d.severity == Severity::warning;
    }
    const auto files = static_cast<long long>(args.files.size());
    print_out(words.plural("checked {0} file", "checked {0} files", files, {files}) + ": " +
              words.say("{0} invalid", {invalid}) + ", " +
              words.plural("{0} warning", "{0} warnings", static_cast<long long>(warnings), {warnings}) + '\n');
    finish_out();
    if (invalid > 0) return ExitCode::invalid_input;
    return args.strict && warnings > 0 ? ExitCode::gate_failed : ExitCode::ok;
}

void add_input_options(CLI::App& cmd, ScoreArgs& args, const Words& w) {
    add_as_of_option(cmd, args.as_of, w);
    cmd.add_option("files", args.files, w.say("Assessment files (wwc-assessment/1)"))->required()->type_name("FILE");
    cmd.add_option("--criteria", args.criteria,
                   w.say("Criteria set to score with: a bundled id or a file (default: the set the file answers)"))
        ->type_name("ID|PATH");
    cmd.add_flag("--strict", args.strict, w.say("Exit 1 when there are warnings"));
    add_max_file_size_option(cmd, args.max_file_size, w);
}

}  // namespace

RunCommand attach_score(CLI::App& command, const Words& words) {
    auto args = std::make_shared<ScoreArgs>();
    add_input_options(command, *args, words);
    add_format_option(command, args->format, score_formats(), words);
    command.add_option("-o,--output", args->output, words.say("Write the report to PATH (atomically) instead of stdout"))
        ->type_name("PATH");
    command.add_option("--require-level", args->require_level, words.say("Exit 1 unless every file reaches LEVEL"))
        ->type_name("LEVEL");
    command.add_option("--color", args->color, words.say("Colour: auto, always or never (auto honours NO_COLOR)"))
        ->check(CLI::IsMember({"auto", "always", "never"}));
    return [args, &command, &words] {
        args->format_given = command.count("--format") > 0;
        return run_score(*args, words);
    };
}

RunCommand attach_check(CLI::App& command, const Words& words) {
    auto args = std::make_shared<ScoreArgs>();
    add_input_options(command, *args, words);
    return [args, &words] { return run_check(*args, words); };
}

}  // namespace wwc

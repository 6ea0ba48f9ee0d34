// `diff OLD NEW`: a city's progress between two assessments.

#include <string>

#include <fmt/format.h>

#include "../reporters/progress_reporter.hpp"
#include "../scoring.hpp"
#include "command.hpp"

namespace wwc {
namespace {

struct DiffArgs {
    std::string before;
    std::string after;
    std::string criteria;
    std::string format = "text";
    std::string as_of;
    std::size_t max_file_size = default_max_file_size;
};

ExitCode run_diff(const DiffArgs& args) {
    if (args.format != "text" && args.format != "json")
        throw UsageError(fmt::format("unknown diff format '{}' (known: text, json)", args.format));
    CriteriaCatalog catalog(args.max_file_size);
    const std::string as_of = resolve_as_of(args.as_of);
    const ScoredAssessment after = score_file(args.after, catalog, {args.criteria, args.max_file_size, as_of});
    // The old file is scored under the new file's set, through a crosswalk if need be.
    const std::string set = args.criteria.empty() ? after.set->id : args.criteria;
    const ScoredAssessment before = score_file(args.before, catalog, {set, args.max_file_size, as_of});
    print_diagnostics(before.diagnostics);
    print_diagnostics(after.diagnostics);
    const Progress progress = compare_progress(*after.set, before.evaluation, after.evaluation);
    std::string before_name = args.before;
    if (!before.assessment.estimated_from.empty())
        before_name += fmt::format(" (estimate from {})", before.assessment.estimated_from);
    fmt::print("{}", args.format == "json" ? render_progress_json(*after.set, progress, before_name, args.after)
                                           : render_progress(*after.set, progress, before_name, args.after));
    return ExitCode::ok;
}

}  // namespace

RunCommand attach_diff(CLI::App& command) {
    auto args = std::make_shared<DiffArgs>();
    command.add_option("old", args->before, "The earlier assessment")->required()->type_name("OLD");
    command.add_option("new", args->after, "The later assessment")->required()->type_name("NEW");
    command.add_option("--criteria", args->criteria, "Criteria set for both (default: the set NEW answers)")
        ->type_name("ID|PATH");
    command.add_option("-f,--format", args->format, "Report format: text or json")->type_name("FORMAT");
    add_as_of_option(command, args->as_of);
    command.add_option("--max-file-size", args->max_file_size, "Largest input file read, in bytes")
        ->check(CLI::Range(std::size_t{1}, std::size_t{1} << 30));
    return [args] { return run_diff(*args); };
}

}  // namespace wwc

// `diff OLD NEW`: a city's progress between two assessments.

#include <memory>
#include <string>

#include "cli/commands/command.hpp"
#include "cli/output_stream.hpp"
#include "scoring/assessment_diff.hpp"
#include "scoring/pipeline.hpp"

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

ExitCode run_diff(const DiffArgs& args, const Words& words) {
    const Format<DiffRender>& format = require_format(diff_formats(), args.format);
    CriteriaCatalog catalog(args.max_file_size);
    const std::string as_of = resolve_as_of(args.as_of);
    const ScoredAssessment after = score_file(args.after, catalog, {args.criteria, args.max_file_size, as_of});
    // The old file is scored under the new file's set, through a crosswalk if need be.
    const std::string set = args.criteria.empty() ? after.set->id : args.criteria;
    const ScoredAssessment before = score_file(args.before, catalog, {set, args.max_file_size, as_of});
    print_diagnostics(before.diagnostics, words);
    print_diagnostics(after.diagnostics, words);
    const AssessmentDiffReport report{after.set.get(), diff_assessments(*after.set, before.evaluation, after.evaluation),
                                      args.before, args.after, before.assessment.estimated_from};
    write_output("", format.render(report, RenderOptions{words}));
    return ExitCode::ok;
}

}  // namespace

RunCommand attach_diff(CLI::App& command, const Words& w) {
    auto args = std::make_shared<DiffArgs>();
    command.add_option("old", args->before, w.say("The earlier assessment"))->required()->type_name("OLD");
    command.add_option("new", args->after, w.say("The later assessment"))->required()->type_name("NEW");
    command.add_option("--criteria", args->criteria, w.say("Criteria set for both (default: the set NEW answers)"))
        ->type_name("ID|PATH")
        ->check(non_empty(w));
    add_format_option(command, args->format, diff_formats(), w);
    add_as_of_option(command, args->as_of, w);
    add_max_file_size_option(command, args->max_file_size, w);
    return [args, &w] { return run_diff(*args, w); };
}

}  // namespace wwc

// `history FILE...`: each city's levels over time, oldest first.

#include <memory>
#include <string>
#include <vector>

#include "cli/commands/command.hpp"
#include "cli/output_stream.hpp"
#include "scoring/history.hpp"

namespace wwc {
namespace {

struct HistoryArgs {
    std::vector<std::string> files;
    std::string criteria;
    std::string format = "text";
    std::string output;
    std::string color = "auto";
    std::string as_of;
    std::size_t max_file_size = default_max_file_size;
};

// Every file is read and scored; those that cannot be are reported on stderr
// as `score` reports them, and the trajectories of the others are printed.
ExitCode run_history(const HistoryArgs& args, const Words& words) {
    const Format<HistoryRender>& format = require_format(history_formats(), args.format);
    std::vector<std::string> inputs = args.files;
    if (!args.criteria.empty()) inputs.push_back(args.criteria);
    refuse_output_over_inputs(args.output, inputs);
    CriteriaCatalog catalog(args.max_file_size);
    const History history =
        build_history(args.files, catalog, {args.criteria, args.max_file_size, resolve_as_of(args.as_of)});
    bool invalid = false;
    for (const FileReport& f : history.files) {
        if (f.scored) {
            print_diagnostics(f.scored->diagnostics, words);
        } else {
            print_errors(f.diagnostics, words);
            invalid = true;
        }
    }
    write_output(args.output, format.render(history, RenderOptions{words, use_color(args.color, args.output)}));
    return invalid ? ExitCode::invalid_input : ExitCode::ok;
}

}  // namespace

RunCommand attach_history(CLI::App& command, const Words& w) {
    auto args = std::make_shared<HistoryArgs>();
    command.add_option("files", args->files, w.say("Assessment files of one or more cities, in any order"))
        ->required()
        ->type_name("FILE");
    command.add_option("--criteria", args->criteria,
                       w.say("Score every file with this set, through crosswalks (default: the set each file answers)"))
        ->type_name("ID|PATH");
    add_format_option(command, args->format, history_formats(), w);
    command.add_option("-o,--output", args->output, w.say("Write the report to PATH (atomically) instead of stdout"))
        ->type_name("PATH");
    add_color_option(command, args->color, w);
    add_as_of_option(command, args->as_of, w);
    add_max_file_size_option(command, args->max_file_size, w);
    return [args, &w] { return run_history(*args, w); };
}

}  // namespace wwc

// `batch`: every assessment under some paths, scored in parallel.

#include <algorithm>
#include <memory>
#include <string>
#include <thread>
#include <unistd.h>
#include <vector>

#include "cli/commands/command.hpp"
#include "cli/console.hpp"
#include "cli/output_stream.hpp"
#include "input/source_file.hpp"
#include "report/wording.hpp"
#include "scoring/batch.hpp"

namespace wwc {
namespace {

struct BatchArgs {
    std::vector<std::string> paths;
    std::string criteria;
    std::string compare;
    std::string format = "text";
    std::string output;
    unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
    std::size_t max_file_size = default_max_file_size;
    std::string as_of;
    bool fail_on_downgrade = false;
};

ExitCode run_batch(const BatchArgs& args, const Words& words) {
    const Format<BatchRender>& format = require_format(batch_formats(), args.format);
    const RenderOptions render{words};
    CriteriaCatalog catalog(args.max_file_size);
    const AssessmentFiles files = find_assessments(args.paths);
    // A progress line for long batches, only where a person watches stderr.
    BatchProgress progress;
    if (files.size() >= 200 && ::isatty(STDERR_FILENO))
        progress = [&words](std::size_t done, std::size_t total) {
            if (done % 50 == 0 || done == total)
                print_err("\r" + words.say("wwc-score: {0}/{1} files", {done, total}) + (done == total ? "\n" : ""));
        };
    // Rows are written as they come, in path order, so memory stays flat.
    const BatchOptions options{args.criteria, args.compare, args.max_file_size, args.jobs, resolve_as_of(args.as_of)};
    OutputStream out(args.output);
    BatchSummary summary;
    summary.keep_movers = format.render.lists_movers;
    out.write(format.render.begin({args.criteria, args.compare}, render));
    score_batch(files, catalog, options,
                [&](const BatchRow& row) {
                    out.write(format.render.row(row, static_cast<std::size_t>(summary.files), render));
                    summary.add(row);
                },
                progress);
    out.write(format.render.end(summary, render));
    out.commit();
    if (format.name != "text") print_err(batch_summary_line(summary, words) + '\n');
    if (summary.errors > 0) return ExitCode::invalid_input;
    return args.fail_on_downgrade && summary.down > 0 ? ExitCode::gate_failed : ExitCode::ok;
}

}  // namespace

RunCommand attach_batch(CLI::App& command, const Words& w) {
    auto args = std::make_shared<BatchArgs>();
    command.add_option("paths", args->paths, w.say("Files and folders: every *.yaml and *.yml under them"))
        ->required()
        ->type_name("PATH");
    command.add_option("--criteria", args->criteria,
                       w.say("Criteria set to score with (default: the set each file answers)"))
        ->type_name("ID|PATH");
    command.add_option("--compare", args->compare,
                       w.say("Also score every file with this set (through a crosswalk when the file answers another)"))
        ->type_name("ID|PATH");
    add_format_option(command, args->format, batch_formats(), w);
    command.add_option("-o,--output", args->output, w.say("Write the report to PATH (atomically) instead of stdout"))
        ->type_name("PATH");
    command.add_option("-j,--jobs", args->jobs, w.say("Files scored in parallel (default: all cores)"))
        ->check(CLI::Range(1u, 1024u));
    add_as_of_option(command, args->as_of, w);
    command.add_flag("--fail-on-downgrade", args->fail_on_downgrade,
                     w.say("Exit 1 when any file reaches a lower level under --compare"));
    add_max_file_size_option(command, args->max_file_size, w);
    return [args, &w] { return run_batch(*args, w); };
}

}  // namespace wwc

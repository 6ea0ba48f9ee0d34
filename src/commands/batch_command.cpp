// `batch`: every assessment under some paths, scored in parallel.

#include <algorithm>
#include <iterator>
#include <string>
#include <thread>
#include <unistd.h>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "../batch.hpp"
#include "../output_file.hpp"
#include "../reporters/batch_reporters.hpp"
#include "../source_file.hpp"
#include "../suggest.hpp"
#include "command.hpp"

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

std::vector<std::string> format_names() {
    std::vector<std::string> names;
    for (const BatchFormat& f : batch_formats()) names.emplace_back(f.name);
    return names;
}

ExitCode run_batch(const BatchArgs& args) {
    const BatchFormat* format = nullptr;
    for (const BatchFormat& f : batch_formats())
        if (f.name == args.format) format = &f;
    if (!format)
        throw UsageError(fmt::format("unknown batch format '{}' (known: {}){}", args.format,
                                     fmt::join(format_names(), ", "), did_you_mean(args.format, format_names())));
    CriteriaCatalog catalog(args.max_file_size);
    const BatchInputs inputs = find_assessments(args.paths);
    // A progress line for long batches, only where a person watches stderr.
    BatchProgress progress;
    if (inputs.size() >= 200 && ::isatty(STDERR_FILENO))
        progress = [](std::size_t done, std::size_t total) {
            if (done % 50 == 0 || done == total)
                fmt::print(stderr, "\rwwc-score: {}/{} files{}", done, total, done == total ? "\n" : "");
        };
    // Rows are written as they come, in path order, so memory stays flat.
    const BatchOptions options{args.criteria, args.compare, args.max_file_size, args.jobs, resolve_as_of(args.as_of)};
    OutputStream out(args.output);
    BatchSummary summary;
    summary.keep_movers = format->lists_movers;
    out.write(format->begin(options));
    score_batch(inputs, catalog, options,
                [&](const BatchRow& row) {
                    out.write(format->row(row, static_cast<std::size_t>(summary.files)));
                    summary.add(row);
                },
                progress);
    out.write(format->end(summary));
    out.commit();
    if (format->name != "text") fmt::print(stderr, "{}\n", summary_line(summary));
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
    cmd.add_option("-f,--format", args.format, fmt::format("Report format: {}", fmt::join(format_names(), ", ")))
        ->type_name("FORMAT");
    cmd.add_option("-o,--output", args.output, "Write the report to PATH (atomically) instead of stdout")
        ->type_name("PATH");
    cmd.add_option("-j,--jobs", args.jobs, "Files scored in parallel (default: all cores)")
        ->check(CLI::Range(1u, 1024u));
    add_as_of_option(cmd, args.as_of);
    cmd.add_flag("--fail-on-downgrade", args.fail_on_downgrade,
                 "Exit 1 when any file reaches a lower level under --compare");
    cmd.add_option("--max-file-size", args.max_file_size, "Largest input file read, in bytes")
        ->check(CLI::Range(std::size_t{1}, std::size_t{1} << 30));
}

}  // namespace

RunCommand attach_batch(CLI::App& command) {
    auto args = std::make_shared<BatchArgs>();
    add_batch_options(command, *args);
    return [args] { return run_batch(*args); };
}

}  // namespace wwc

// `init`: a blank assessment to fill in.

#include <memory>
#include <string>

#include "cli/commands/command.hpp"
#include "cli/output_stream.hpp"
#include "input/criteria_catalog.hpp"
#include "input/source_file.hpp"
#include "report/init/blank_assessment.hpp"

namespace wwc {
namespace {

struct InitArgs {
    std::string criteria;
    std::string output;
};

ExitCode run_init(const InitArgs& args, const Words& words) {
    CriteriaCatalog catalog(default_max_file_size);
    write_output(args.output, blank_assessment(*catalog.load(args.criteria), today_utc(), words));
    return ExitCode::ok;
}

}  // namespace

RunCommand attach_init(CLI::App& command, const Words& words) {
    auto args = std::make_shared<InitArgs>();
    command.add_option("--criteria", args->criteria, words.say("The criteria set to answer: a bundled id or a file"))
        ->required()
        ->type_name("ID|PATH");
    command.add_option("-o,--output", args->output, words.say("Write it to PATH (atomically) instead of stdout"))
        ->type_name("PATH");
    return [args, &words] { return run_init(*args, words); };
}

}  // namespace wwc

// `init`: a blank assessment to fill in.

#include <string>

#include "../blank_assessment.hpp"
#include "../criteria_catalog.hpp"
#include "../source_file.hpp"
#include "command.hpp"

namespace wwc {
namespace {

struct InitArgs {
    std::string criteria;
    std::string output;
};

ExitCode run_init(const InitArgs& args) {
    CriteriaCatalog catalog(default_max_file_size);
    const std::string text = blank_assessment(*catalog.load(args.criteria), today_utc());
    emit(text, args.output);
    return ExitCode::ok;
}

}  // namespace

RunCommand attach_init(CLI::App& command) {
    auto args = std::make_shared<InitArgs>();
    command.add_option("--criteria", args->criteria, "The criteria set to answer: a bundled id or a file")
        ->required()
        ->type_name("ID|PATH");
    command.add_option("-o,--output", args->output, "Write it to PATH (atomically) instead of stdout")
        ->type_name("PATH");
    return [args] { return run_init(*args); };
}

}  // namespace wwc

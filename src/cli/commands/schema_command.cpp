// `schema`: a JSON Schema of the assessment files for a criteria set.

#include <memory>
#include <string>

#include "cli/commands/command.hpp"
#include "cli/output_stream.hpp"
#include "input/country_codes.hpp"
#include "input/criteria_catalog.hpp"
#include "input/source_file.hpp"
#include "report/schema/assessment_schema.hpp"

namespace wwc {
namespace {

struct SchemaArgs {
    std::string criteria;
    std::string output;
    bool markdown = false;
};

ExitCode run_schema(const SchemaArgs& args, const Words& words) {
    if (!args.output.empty() && same_file(args.output, args.criteria))
        throw UsageError(msg("--output {0} is also an input: write the report somewhere else", args.output));
    CriteriaCatalog catalog(default_max_file_size);
    const auto set = catalog.load(args.criteria);
    write_output(args.output, assessment_schema(*set, country_codes(), SchemaOptions{args.markdown}, words));
    return ExitCode::ok;
}

}  // namespace

RunCommand attach_schema(CLI::App& command, const Words& words) {
    auto args = std::make_shared<SchemaArgs>();
    command.add_option("--criteria", args->criteria, words.say("The criteria set: a bundled id or a file"))
        ->required()
        ->type_name("ID|PATH")
        ->check(non_empty(words));
    command.add_option("-o,--output", args->output, words.say("Write it to PATH (atomically) instead of stdout"))
        ->type_name("PATH")
        ->check(non_empty(words));
    command.add_flag("--markdown-descriptions", args->markdown,
                     words.say("Add markdownDescription for VS Code (not a JSON Schema keyword: strict "
                               "validators such as ajv refuse it)"));
    return [args, &words] { return run_schema(*args, words); };
}

}  // namespace wwc

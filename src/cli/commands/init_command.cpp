// `init`: a blank assessment to fill in.

#include <memory>
#include <string>

#include "cli/commands/command.hpp"
#include "cli/output_stream.hpp"
#include "input/criteria_catalog.hpp"
#include "input/source_file.hpp"
#include "report/init/blank_assessment.hpp"
#include "util/text.hpp"

namespace wwc {
namespace {

struct InitArgs {
    std::string criteria;
    std::string output;
    std::string schema;
    std::string as_of;
    bool with_schema = false;  ///< --schema was given
    bool force = false;        ///< --force: an existing --output file may be replaced
};

// The modeline ends at the first space (yaml-language-server reads `$schema=\S+`).
void check_schema_location(const std::string& schema) {
    if (schema.empty()) throw UsageError(msg("--schema: give a path or a URL"));
    if (schema.find_first_of(" \t") != std::string::npos || find_unsafe(schema))
        throw UsageError(msg("--schema: '{0}' must not contain a space or a control character; write a space in a "
                             "URL as %20",
                             schema));
}

ExitCode run_init(const InitArgs& args, const Words& words) {
    if (args.with_schema) check_schema_location(args.schema);
    if (!args.output.empty() && same_file(args.output, args.criteria))
        throw UsageError(msg("--output {0} is also an input: write the report somewhere else", args.output));
    // A filled-in assessment is work that a blank one must not replace.
    if (!args.force && is_existing_file(args.output))
        throw UsageError(msg("--output {0} already exists: add --force to replace it", args.output));
    CriteriaCatalog catalog(default_max_file_size);
    const std::string blank = blank_assessment(*catalog.load(args.criteria), resolve_as_of(args.as_of), words);
    write_output(args.output, args.with_schema ? schema_modeline(args.schema) + blank : blank, args.force);
    return ExitCode::ok;
}

}  // namespace

RunCommand attach_init(CLI::App& command, const Words& words) {
    auto args = std::make_shared<InitArgs>();
    command.add_option("--criteria", args->criteria, words.say("The criteria set to answer: a bundled id or a file"))
        ->required()
        ->type_name("ID|PATH")
        ->check(non_empty(words));
    command.add_option("-o,--output", args->output, words.say("Write it to PATH (atomically) instead of stdout"))
        ->type_name("PATH")
        ->check(non_empty(words));
    command.add_flag("--force", args->force, words.say("Replace an existing --output file"));
    command.add_option("--as-of", args->as_of, words.say("The date of the assessment (default: today)"))
        ->type_name("YYYY-MM-DD")
        ->check(non_empty(words));
    CLI::Option* schema =
        command
            .add_option("--schema", args->schema,
                        words.say("Start the file with a yaml-language-server line that points editors at this "
                                  "JSON Schema (a path relative to the file, or a URL)"))
            ->type_name("PATH|URL");
    return [args, schema, &words] {
        args->with_schema = schema->count() > 0;
        return run_init(*args, words);
    };
}

}  // namespace wwc

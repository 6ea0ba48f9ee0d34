#include "cli/cli.hpp"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <new>
#include <optional>
#include <sstream>
#include <string>
#include <sys/stat.h>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/commands/command.hpp"
#include "cli/console.hpp"
#include "cli/language_choice.hpp"
#include "report/wording.hpp"
#include "util/suggest.hpp"
#include "util/text.hpp"
#include "util/version.hpp"

namespace wwc {
namespace {

// Every subcommand, in the order --help lists them. A first argument that names
// none of them means `score`.
const std::vector<Command> commands = {
    {"score", translatable("Score assessments and show the gap to the next level"), attach_score},
    {"check", translatable("Validate assessments: every error and warning, no score"), attach_check},
    {"batch", translatable("Score every assessment under the paths, in parallel; one row per file"), attach_batch},
    {"init", translatable("Print a blank assessment to fill in"), attach_init},
    {"criteria", translatable("List, show, lint or compare criteria sets"), attach_criteria},
    {"diff", translatable("Show a city's progress between two assessments"), attach_diff},
    {"schema", translatable("Print a JSON Schema of assessment files, for editors and validators"), attach_schema},
    {"history", translatable("Show each city's levels over time, oldest assessment first"), attach_history},
};

std::vector<std::string> command_names() {
    std::vector<std::string> names;
    for (const Command& c : commands) names.emplace_back(c.name);
    return names;
}

// How many arguments come before the command word: `--lang X` or `--lang=X`,
// which belong to the command (`wwc-score --lang es init`).
std::size_t leading_language(const std::vector<std::string>& args) {
    std::size_t i = 0;
    while (i < args.size() && (args[i] == "--lang" || args[i].rfind("--lang=", 0) == 0))
        i += args[i] == "--lang" ? 2 : 1;
    return std::min(i, args.size());
}

// A first argument that names no command is a FILE to score, unless no such
// file exists and it looks like a command misspelt: a word, not a path, close
// to a command's name. Returns that command.
std::optional<std::string> misspelt_command(const std::string& first) {
    if (first.empty() || first.front() == '-' || first.find_first_of("/.") != std::string::npos)
        return std::nullopt;
    struct stat info {};
    if (::lstat(first.c_str(), &info) == 0) return std::nullopt;
    const std::vector<std::string> names = command_names();
    if (std::find(names.begin(), names.end(), first) != names.end()) return std::nullopt;
    return closest_match(first, names);
}

std::vector<std::string> with_default_command(std::vector<std::string> args) {
    const auto command = args.begin() + static_cast<std::ptrdiff_t>(leading_language(args));
    std::vector<std::string> leading(args.begin(), command);
    args.erase(args.begin(), command);
    if (args.empty()) return leading;
    const std::string& first = args.front();
    const bool known = std::any_of(commands.begin(), commands.end(), [&](const Command& c) { return c.name == first; });
    if (!known && first != "-h" && first != "--help" && first != "--version" && first != "-V")
        args.insert(args.begin(), "score");
    args.insert(args.begin() + 1, leading.begin(), leading.end());
    return args;
}

// CLI11's own words in help and usage errors, in the chosen language.
void translate_help(CLI::App& app, const Words& w) {
    const auto formatter = app.get_formatter();
    formatter->label("Usage", w.say("Usage"));
    formatter->label("OPTIONS", w.say("OPTIONS"));
    formatter->label("SUBCOMMAND", w.say("COMMAND"));
    formatter->label("SUBCOMMANDS", w.say("COMMANDS"));
    formatter->label("Positionals", w.say("Arguments"));
    formatter->label("REQUIRED", w.say("REQUIRED"));
    formatter->label("Env", w.say("Env"));
    formatter->label("Needs", w.say("Needs"));
    formatter->label("Excludes", w.say("Excludes"));
    app.option_defaults()->group(w.say("Options"));
    app.failure_message([&w](const CLI::App*, const CLI::Error& e) {
        return w.say("{0}\nRun with --help for more information.\n", {e.what()});
    });
}

// The options every command takes: --help, and --lang (read before parsing,
// so that help itself is in that language; parsed here to be listed and checked).
void add_common_options(CLI::App& command, const Words& w, std::string& lang) {
    command.set_help_flag("-h,--help", w.say("Print this help and exit"))->group(w.say("Options"));
    command.add_option("--lang", lang, w.say("Language of messages and reports: en, es or pt-BR (default: from LANGUAGE, LC_ALL, LC_MESSAGES or LANG)"))
        ->type_name("LANG")
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeLast)
        ->check([&w](const std::string& value) {
            return language_from_name(value) ? std::string() : w.say("unknown language '{0}'; expected en, es or pt-BR", {value});
        });
}

ExitCode run(int argc, char** argv, const Words& words) {
    CLI::App app{words.say("Scores a city's self-assessment against the What Works Cities Certification standard."),
                 "wwc-score"};
    translate_help(app, words);
    std::string lang;
    add_common_options(app, words, lang);
    app.set_version_flag("-V,--version", "wwc-score " + std::string(version), words.say("Print the version and exit"));
    app.require_subcommand(0, 1);
    app.footer(words.say("`wwc-score FILE` is `wwc-score score FILE`. Exit codes: 0 ok, 1 a gate failed, 2 invalid "
                         "input, 64 usage error, 74 output not written."));
    const std::vector<std::string> given(argv + std::min(argc, 1), argv + argc);
    if (leading_language(given) < given.size()) {
        const std::string& first = given[leading_language(given)];
        if (const std::optional<std::string> meant = misspelt_command(first)) {
            print_err("wwc-score: " +
                      words.render(suggesting(
                          msg("unknown command '{0}' (commands: {1})", first, join(command_names())), meant)) +
                      '\n');
            return ExitCode::usage;
        }
    }
    std::vector<std::string> args = with_default_command(given);
    std::vector<std::pair<CLI::App*, RunCommand>> actions;
    for (const Command& c : commands) {
        CLI::App* sub = app.add_subcommand(std::string(c.name), words.say(c.description));
        sub->group(words.say("Commands"));
        add_common_options(*sub, words, lang);
        // Only a command named in the arguments can run or show its help: the
        // others are listed with their descriptions but not built (building
        // them all was 6 % of the instructions of `wwc-score FILE`).
        if (std::find(args.begin(), args.end(), c.name) == args.end()) continue;
        actions.emplace_back(sub, c.attach(*sub, words));
        for (CLI::App* nested : sub->get_subcommands({})) {
            nested->group(words.say("Commands"));
            add_common_options(*nested, words, lang);
        }
    }

    std::reverse(args.begin(), args.end());  // CLI11 takes them last first
    try {
        app.parse(args);
    } catch (const CLI::ParseError& e) {
        // Help and version go to stdout, checked like every other output.
        std::ostringstream out;
        std::ostringstream err;
        const int code = app.exit(e, out, err);
        print_out(out.str());
        finish_out();
        print_err(err.str());
        return code == 0 ? ExitCode::ok : ExitCode::usage;
    }
    try {
        for (const auto& [sub, action] : actions)
            if (sub->parsed()) return action();
    } catch (const UsageError& e) {
        print_err("wwc-score: " + words.render(e.message()) + '\n');
        return ExitCode::usage;
    }
    print_err(app.help());
    return ExitCode::usage;
}

}  // namespace

int run_cli(int argc, char** argv) {
    prepare_standard_streams();
    const Words words(choose_language(std::vector<std::string>(argv + std::min(argc, 1), argv + argc),
                                      [](const char* name) { return std::getenv(name); }));
    try {
        return static_cast<int>(run(argc, argv, words));
    } catch (const InputError& e) {
        print_errors(e.diagnostics(), words);
        return static_cast<int>(ExitCode::invalid_input);
    } catch (const OutputError& e) {
        print_err("wwc-score: " + words.say("{0}: cannot write: {1}", {e.target(), std::strerror(e.error())}) + '\n');
        return static_cast<int>(ExitCode::output_failed);
    } catch (const std::bad_alloc&) {
        print_err("wwc-score: " + words.say("out of memory") + '\n');
        return static_cast<int>(ExitCode::invalid_input);
    } catch (const std::exception& e) {
        print_err("wwc-score: " + words.say("internal error: {0}", {e.what()}) + '\n');
        return static_cast<int>(ExitCode::invalid_input);
    }
}

}  // namespace wwc

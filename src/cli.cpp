#include "cli.hpp"

#include <algorithm>
#include <cstdio>
#include <new>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands/command.hpp"
#include "version.hpp"

namespace wwc {
namespace {

// Every subcommand, in the order --help lists them. A first argument that names
// none of them means `score`.
const std::vector<Command> commands = {
    {"score", "Score assessments and show the gap to the next level", attach_score},
    {"check", "Validate assessments: every error and warning, no score", attach_check},
    {"batch", "Score every assessment under the paths, in parallel; one row per file", attach_batch},
    {"init", "Print a blank assessment to fill in", attach_init},
    {"criteria", "List, show, lint or compare criteria sets", attach_criteria},
    {"diff", "Show a city's progress between two assessments", attach_diff},
};

std::vector<std::string> with_default_command(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty()) return args;
    const std::string& first = args.front();
    const bool known = std::any_of(commands.begin(), commands.end(), [&](const Command& c) { return c.name == first; });
    if (!known && first != "-h" && first != "--help" && first != "--version" && first != "-V")
        args.insert(args.begin(), "score");
    return args;
}

int run(int argc, char** argv) {
    CLI::App app{"Scores a city's self-assessment against the What Works Cities Certification standard.",
                 "wwc-score"};
    app.set_version_flag("-V,--version", fmt::format("wwc-score {}", version));
    app.require_subcommand(0, 1);
    app.footer("`wwc-score FILE` is `wwc-score score FILE`. Exit codes: 0 ok, 1 a gate failed, 2 invalid input, "
               "64 usage error.");
    std::vector<std::pair<CLI::App*, RunCommand>> actions;
    for (const Command& c : commands) {
        CLI::App* sub = app.add_subcommand(std::string(c.name), std::string(c.description));
        actions.emplace_back(sub, c.attach(*sub));
    }

    std::vector<std::string> args = with_default_command(argc, argv);
    std::reverse(args.begin(), args.end());  // CLI11 takes them last first
    try {
        app.parse(args);
    } catch (const CLI::Success& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        app.exit(e);
        return static_cast<int>(ExitCode::usage);
    }
    try {
        for (const auto& [sub, action] : actions)
            if (sub->parsed()) return static_cast<int>(action());
    } catch (const UsageError& e) {
        fmt::print(stderr, "wwc-score: {}\n", e.what());
        return static_cast<int>(ExitCode::usage);
    }
    fmt::print(stderr, "{}", app.help());
    return static_cast<int>(ExitCode::usage);
}

}  // namespace

int run_cli(int argc, char** argv) {
    try {
        return run(argc, argv);
    } catch (const InputError& e) {
        print_errors(e);
        return static_cast<int>(ExitCode::invalid_input);
    } catch (const std::bad_alloc&) {
        std::fputs("wwc-score: out of memory\n", stderr);
        return static_cast<int>(ExitCode::invalid_input);
    } catch (const std::exception& e) {
        fmt::print(stderr, "wwc-score: {}\n", e.what());
        return static_cast<int>(ExitCode::invalid_input);
    }
}

}  // namespace wwc

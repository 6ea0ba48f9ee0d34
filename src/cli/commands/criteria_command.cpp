// `criteria`: list, show, lint and diff criteria sets.

#include <algorithm>
#include <cctype>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli/commands/command.hpp"
#include "cli/console.hpp"
#include "cli/output_stream.hpp"
#include "input/criteria_catalog.hpp"
#include "input/source_file.hpp"
#include "report/wording.hpp"
#include "scoring/criteria_diff.hpp"
#include "scoring/criteria_lint.hpp"
#include "util/suggest.hpp"
#include "util/text.hpp"

namespace wwc {
namespace {

struct CriteriaArgs {
    std::string id;
    std::string name;  ///< of a criterion or a practice, for `show`
    std::string a;
    std::string b;
    std::string format = "text";
};

ExitCode run_list(const CriteriaArgs& args, const Words& words) {
    const Format<CriteriaListRender>& format = require_format(criteria_list_formats(), args.format);
    CriteriaCatalog catalog(default_max_file_size);
    std::vector<std::shared_ptr<const CriteriaSet>> sets;
    for (const std::string& id : CriteriaCatalog::bundled_ids()) sets.push_back(catalog.bundled(id));
    write_output("", format.render(sets, RenderOptions{words}));
    return ExitCode::ok;
}

// The criterion `name` is the id of, ignoring ASCII case ("dm1" is DM1).
std::optional<std::size_t> named_criterion(const CriteriaSet& set, const std::string& name) {
    if (const std::optional<std::size_t> exact = set.index_of(name)) return exact;
    const auto same = [&](const std::string& id) {
        return std::equal(id.begin(), id.end(), name.begin(), name.end(), [](char a, char b) {
            return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
        });
    };
    for (std::size_t i = 0; i < set.criteria.size(); ++i)
        if (same(set.criteria[i].id)) return i;
    return std::nullopt;
}

// Throws UsageError: `name` is neither a criterion nor a practice of `set`.
[[noreturn]] void unknown_part(const CriteriaSet& set, const std::string& name) {
    std::vector<std::string> names;
    for (const Criterion& c : set.criteria) names.push_back(c.id);
    std::vector<std::string> practices;
    for (const Practice& p : set.practices) {
        practices.push_back(p.id);
        names.push_back(p.id);
        names.push_back(p.name);
        names.insert(names.end(), p.aliases.begin(), p.aliases.end());
    }
    throw UsageError(suggesting(msg("{0} has no criterion or practice '{1}' (practices: {2})", set.id, name,
                                    join(practices)),
                                closest_match(name, names)));
}

ExitCode run_show(const CriteriaArgs& args, const Words& words) {
    CriteriaCatalog catalog(default_max_file_size);
    const std::shared_ptr<const CriteriaSet> set = catalog.load(args.id);
    if (args.name.empty()) {
        const Format<CriteriaShowRender>& format = require_format(criteria_show_formats(), args.format);
        write_output("", format.render(*set, RenderOptions{words}));
    } else if (const std::optional<std::size_t> criterion = named_criterion(*set, args.name)) {
        const Format<CriteriaPartRender>& format = require_format(criteria_criterion_formats(), args.format);
        write_output("", format.render(*set, *criterion, RenderOptions{words}));
    } else if (const std::optional<std::size_t> practice = set->find_practice(args.name)) {
        const Format<CriteriaPartRender>& format = require_format(criteria_practice_formats(), args.format);
        write_output("", format.render(*set, *practice, RenderOptions{words}));
    } else {
        unknown_part(*set, args.name);
    }
    return ExitCode::ok;
}

std::string count_line(const std::string& path, const std::vector<Diagnostic>& found, const Words& words) {
    const auto errors = static_cast<long long>(
        std::count_if(found.begin(), found.end(), [](const Diagnostic& d) { return d.severity == Severity::error; }));
    const auto warnings = static_cast<long long>(found.size()) - errors;
    return escape_unsafe(path) + ": " + words.plural("{0} error", "{0} errors", errors, {errors}) + ", " +
           words.plural("{0} warning", "{0} warnings", warnings, {warnings}) + '\n';
}

ExitCode run_lint(const CriteriaArgs& args, const Words& words) {
    CriteriaCatalog catalog(default_max_file_size);
    std::shared_ptr<const CriteriaSet> set;
    try {
        set = catalog.load(args.id);
    } catch (const InputError& e) {
        print_errors(e.diagnostics(), words);
        print_out(count_line(args.id, e.diagnostics(), words));
        finish_out();
        return ExitCode::invalid_input;
    }
    // The crosswalk's source, when it can be loaded; a source that cannot is
    // reported by the lint as unchecked.
    const CriteriaLookup lookup = [&](const std::string& id) -> const CriteriaSet* {
        try {
            return catalog.load(id).get();
        } catch (const InputError&) {
            return nullptr;
        }
    };
    const std::vector<Diagnostic> found = lint_criteria(*set, lookup);
    print_diagnostics(found, words);
    if (found.empty())
        print_out(escape_unsafe(args.id) + ": " +
                  words.say("ok ({0}, {1})", {criteria_count(set->criteria.size(), words),
                                              words.plural("{0} level", "{0} levels",
                                                           static_cast<long long>(set->levels.size()),
                                                           {set->levels.size()})}) +
                  '\n');
    else
        print_out(count_line(args.id, found, words));
    finish_out();
    return has_errors(found) ? ExitCode::invalid_input : ExitCode::ok;
}

ExitCode run_diff(const CriteriaArgs& args, const Words& words) {
    const Format<CriteriaDiffRender>& format = require_format(criteria_diff_formats(), args.format);
    CriteriaCatalog catalog(default_max_file_size);
    const auto from = catalog.load(args.a);
    const auto to = catalog.load(args.b);
    write_output("", format.render(CriteriaDiffReport{from.get(), to.get(), diff_criteria(*from, *to)},
                                   RenderOptions{words}));
    return ExitCode::ok;
}

}  // namespace

RunCommand attach_criteria(CLI::App& command, const Words& w) {
    auto args = std::make_shared<CriteriaArgs>();
    command.require_subcommand(1, 1);
    CLI::App* list = command.add_subcommand("list", w.say("List the bundled criteria sets"));
    add_format_option(*list, args->format, criteria_list_formats(), w);
    CLI::App* show = command.add_subcommand(
        "show", w.say("Print a criteria set: practices, criteria, outcomes, levels; or explain one criterion or practice"));
    show->add_option("ID", args->id, w.say("A bundled id or a criteria file"))->required()->type_name("ID|PATH");
    show->add_option("NAME", args->name,
                     w.say("Show only this criterion (its id) or practice (its id, its name or another name it is "
                           "known by)"))
        ->type_name("CRITERION|PRACTICE");
    add_format_option(*show, args->format, criteria_show_formats(), w);
    CLI::App* lint = command.add_subcommand("lint", w.say("Check a criteria file, beyond what loading it checks"));
    lint->add_option("PATH", args->id, w.say("A criteria file or a bundled id"))->required()->type_name("PATH");
    CLI::App* diff = command.add_subcommand("diff", w.say("Show what changed between two criteria sets"));
    diff->add_option("A", args->a, w.say("The older set: a bundled id or a criteria file"))->required()->type_name("ID|PATH");
    diff->add_option("B", args->b, w.say("The newer set: a bundled id or a criteria file"))->required()->type_name("ID|PATH");
    add_format_option(*diff, args->format, criteria_diff_formats(), w);
    return [args, list, show, lint, &w] {
        if (list->parsed()) return run_list(*args, w);
        if (show->parsed()) return run_show(*args, w);
        if (lint->parsed()) return run_lint(*args, w);
        return run_diff(*args, w);  // require_subcommand(1, 1): it is the only one left
    };
}

}  // namespace wwc

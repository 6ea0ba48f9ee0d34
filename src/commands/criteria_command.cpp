// `criteria`: list, show, lint and diff criteria sets.

#include <algorithm>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "../criteria_catalog.hpp"
#include "../criteria_diff.hpp"
#include "../criteria_lint.hpp"
#include "../evaluator.hpp"
#include "../reporters/report_facts.hpp"
#include "../source_file.hpp"
#include "command.hpp"

namespace wwc {
namespace {

struct CriteriaArgs {
    std::string id;
    std::string a;
    std::string b;
};

ExitCode run_list() {
    CriteriaCatalog catalog(default_max_file_size);
    std::vector<std::vector<std::string>> rows;
    for (const std::string& id : CriteriaCatalog::bundled_ids()) {
        const auto set = catalog.bundled(id);
        rows.push_back({set->id, set->version, plural(set->criteria.size(), "criterion", "criteria"),
                        set->published.empty() ? "-" : set->published, set->status, set->name});
    }
    std::vector<std::size_t> width(6, 0);
    for (const auto& row : rows)
        for (std::size_t i = 0; i < row.size(); ++i) width[i] = std::max(width[i], row[i].size());
    for (const auto& row : rows) {
        std::string line;
        for (std::size_t i = 0; i + 1 < row.size(); ++i) line += fmt::format("{:<{}}  ", row[i], width[i]);
        fmt::print("{}{}\n", line, row.back());
    }
    return ExitCode::ok;
}

int counted_points(const CriteriaSet& set) {
    int total = 0;
    for (const Criterion& c : set.criteria)
        if (!c.retired && c.future.empty()) total += c.points;
    return total;
}

std::string criterion_line(const Criterion& c) {
    std::vector<std::string> flags{c.provenance};
    if (c.points != 1) flags.push_back(plural(static_cast<std::size_t>(c.points), "point"));
    if (c.core) flags.push_back("core");
    if (c.equity) flags.push_back("equity");
    if (!c.checklist.empty()) flags.push_back(fmt::format("checklist {} of {}", c.checklist_min, c.checklist.size()));
    if (!c.prerequisites.empty()) flags.push_back(fmt::format("needs {}", fmt::join(c.prerequisites, ", ")));
    if (!c.future.empty()) flags.push_back(fmt::format("counts from {}", c.future));
    if (c.retired) flags.push_back("retired");
    return fmt::format("    {} {} [{}]\n", c.id, c.name, fmt::join(flags, "; "));
}

ExitCode run_show(const std::string& id) {
    CriteriaCatalog catalog(default_max_file_size);
    const auto set = catalog.load(id);
    std::string out = fmt::format("{} {}\nversion {}, {}", set->id, set->name, set->version, set->status);
    if (!set->published.empty()) out += fmt::format(", published {}", set->published);
    out += fmt::format(", {}\n", plural(set->criteria.size(), "criterion", "criteria"));
    if (!set->notice.empty()) out += fmt::format("Note: {}\n", set->notice);

    out += "\nPractices:\n";
    for (const Practice& p : set->practices) {
        out += fmt::format("  {} {}\n", p.id, p.name);
        for (const Criterion& c : set->criteria)
            if (c.practice == p.id) out += criterion_line(c);
    }
    if (!set->outcomes.empty()) {
        out += "\nOutcomes:\n";
        for (const Outcome& o : set->outcomes) out += fmt::format("  {} {}: {}\n", o.id, o.name, describe_standard(o));
    }
    const int max_points = counted_points(*set);
    out += fmt::format("\nLevels (of {} points; future and retired criteria not counted):\n", max_points);
    for (std::size_t i = 0; i < set->levels.size(); ++i) {
        const Level& l = set->levels[i];
        const int low = points_needed(l.min_percent, max_points);
        const int high = i + 1 < set->levels.size() ? points_needed(set->levels[i + 1].min_percent, max_points) - 1
                                                     : max_points;
        out += fmt::format("  {} {}: at least {} percent ({}-{} points)\n", l.id, l.name, l.min_percent, low, high);
        if (!l.required.empty()) out += fmt::format("    required: {}\n", fmt::join(l.required, ", "));
        if (l.outcomes)
            out += fmt::format("    outcomes: {} of {}\n", l.outcomes->min_met, fmt::join(l.outcomes->of, ", "));
    }
    const Eligibility& e = set->eligibility;
    out += "\nEligibility:\n";
    out += fmt::format("  min population: {}\n", e.min_population ? std::to_string(*e.min_population) : "none");
    out += fmt::format("  countries: {}\n", e.countries.empty() ? std::string("any")
                                                                : fmt::format("{}", fmt::join(e.countries, ", ")));
    if (set->crosswalk) {
        const Crosswalk& x = *set->crosswalk;
        std::set<std::string> sources;
        for (const auto& entry : x.map) sources.insert(entry.second.begin(), entry.second.end());
        out += fmt::format("\nCrosswalk from {}{}: {} of {} criteria mapped, from {} of {}\n", x.from,
                           x.provenance.empty() ? "" : fmt::format(" ({})", x.provenance), x.map.size(),
                           set->criteria.size(), plural(sources.size(), "criterion", "criteria"), x.from);
    }
    if (!set->sources.empty()) {
        out += "\nSources:\n";
        for (const Source& s : set->sources) {
            const std::string text = s.title.empty() ? s.url : s.url.empty() ? s.title : s.title + " <" + s.url + ">";
            out += fmt::format("  {}\n", text);
        }
    }
    fmt::print("{}", out);
    return ExitCode::ok;
}

ExitCode run_lint(const std::string& path) {
    CriteriaCatalog catalog(default_max_file_size);
    std::shared_ptr<const CriteriaSet> set;
    try {
        set = catalog.load(path);
    } catch (const InputError& e) {
        print_errors(e);
        const auto errors = static_cast<std::size_t>(std::count_if(
            e.diagnostics().begin(), e.diagnostics().end(),
            [](const Diagnostic& d) { return d.severity == Severity::error; }));
        fmt::print("{}: {}, {}\n", path, plural(errors, "error"), plural(e.diagnostics().size() - errors, "warning"));
        return ExitCode::invalid_input;
    }
    const CriteriaLookup lookup = [&](const std::string& id) -> const CriteriaSet* {
        try {
            return catalog.load(id).get();
        } catch (const InputError&) {
            return nullptr;
        }
    };
    const std::vector<Diagnostic> found = lint_criteria(*set, path, lookup);
    print_diagnostics(found);
    const auto errors = static_cast<std::size_t>(
        std::count_if(found.begin(), found.end(), [](const Diagnostic& d) { return d.severity == Severity::error; }));
    if (found.empty())
        fmt::print("{}: ok ({}, {})\n", path, plural(set->criteria.size(), "criterion", "criteria"),
                   plural(set->levels.size(), "level"));
    else
        fmt::print("{}: {}, {}\n", path, plural(errors, "error"), plural(found.size() - errors, "warning"));
    return errors > 0 ? ExitCode::invalid_input : ExitCode::ok;
}

ExitCode run_diff(const std::string& a, const std::string& b) {
    CriteriaCatalog catalog(default_max_file_size);
    const auto from = catalog.load(a);
    const auto to = catalog.load(b);
    fmt::print("{}", render_criteria_diff(diff_criteria(*from, *to)));
    return ExitCode::ok;
}

}  // namespace

RunCommand attach_criteria(CLI::App& command) {
    auto args = std::make_shared<CriteriaArgs>();
    command.require_subcommand(1, 1);
    CLI::App* list = command.add_subcommand("list", "List the bundled criteria sets");
    CLI::App* show = command.add_subcommand("show", "Print a criteria set: practices, criteria, outcomes, levels");
    show->add_option("ID", args->id, "A bundled id or a criteria file")->required()->type_name("ID|PATH");
    CLI::App* lint = command.add_subcommand("lint", "Check a criteria file, beyond what loading it checks");
    lint->add_option("PATH", args->id, "A criteria file or a bundled id")->required()->type_name("PATH");
    CLI::App* diff = command.add_subcommand("diff", "Show what changed between two criteria sets");
    diff->add_option("A", args->a, "The older set: a bundled id or a criteria file")->required()->type_name("ID|PATH");
    diff->add_option("B", args->b, "The newer set: a bundled id or a criteria file")->required()->type_name("ID|PATH");
    return [args, list, show, lint, diff] {
        if (list->parsed()) return run_list();
        if (show->parsed()) return run_show(args->id);
        if (lint->parsed()) return run_lint(args->id);
        if (diff->parsed()) return run_diff(args->a, args->b);
        return ExitCode::usage;
    };
}

}  // namespace wwc

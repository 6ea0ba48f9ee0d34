// `score`, `check` and `batch`: assessment files read, scored (or only
// checked) and reported file by file, through one format table each.

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <set>
#include <string>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>
#include <vector>

#include "cli/commands/command.hpp"
#include "cli/console.hpp"
#include "cli/output_stream.hpp"
#include "input/source_file.hpp"
#include "report/wording.hpp"
#include "scoring/run.hpp"
#include "util/suggest.hpp"
#include "util/text.hpp"

namespace wwc {
namespace {

enum class RunKind { score, check, batch };

struct RunArgs {
    std::vector<std::string> paths;
    std::vector<std::string> excludes;
    std::string criteria;
    std::string compare;
    std::string format = "text";
    std::string output;
    std::string require_level;
    std::string color = "auto";
    std::string as_of;
    std::size_t max_file_size = default_max_file_size;
    unsigned jobs = std::max(1u, std::min(std::thread::hardware_concurrency(), max_jobs));
    bool strict = false;
    bool fail_on_downgrade = false;
    bool format_given = false;
};

const std::vector<Format<RunRender>>& formats_of(RunKind kind) {
    switch (kind) {
    case RunKind::score: return score_formats();
    case RunKind::check: return check_formats();
    case RunKind::batch: return batch_formats();
    }
    return score_formats();
}

bool is_directory(const std::string& path) {
    struct stat info {};
    return path != "-" && ::stat(path.c_str(), &info) == 0 && S_ISDIR(info.st_mode);
}

// An output that would overwrite an input is refused before anything is read:
// a file named, a criteria set, or a file found in a folder.
void refuse_output_over_input(const RunArgs& args, const AssessmentFiles& files) {
    if (!is_existing_file(args.output)) return;
    std::vector<std::string> inputs;
    for (const std::string& set : {args.criteria, args.compare})
        if (!set.empty()) inputs.push_back(set);
    for (std::size_t i = 0; i < files.size(); ++i)
        if (!files.error(i) && files.path(i) != "-") inputs.emplace_back(files.path(i));
    refuse_output_over_inputs(args.output, inputs);
}

// The level --require-level names, in each set it is asked of: a usage error,
// with a suggestion, where the set has no such level.
class Gate {
public:
    Gate(std::string level, CriteriaCatalog& catalog, const std::string& criteria) : m_level(std::move(level)) {
        if (m_level.empty()) return;
        std::vector<std::shared_ptr<const CriteriaSet>> sets;
        if (!criteria.empty()) sets.push_back(catalog.load(criteria));
        else
            for (const std::string& id : CriteriaCatalog::bundled_ids()) sets.push_back(catalog.bundled(id));
        for (const auto& set : sets) level_in(*set);
    }

    std::optional<std::string> level() const { return m_level.empty() ? std::nullopt : std::optional(m_level); }

    std::optional<std::size_t> level_in(const CriteriaSet& set) const {
        if (m_level.empty()) return std::nullopt;
        if (const std::optional<std::size_t> found = set.find_level(m_level)) return found;
        throw UsageError(suggesting(msg("--require-level: {0} has no level '{1}' (levels: {2})", set.id, m_level,
                                        join(set.level_ids())),
                                    closest_match(m_level, set.level_ids())));
    }

private:
    std::string m_level;
};

// What a file puts on stderr as it is reported.
void print_file(const FileReport& file, RunKind kind, const Gate& gate, const Words& words) {
    if (kind == RunKind::check) print_diagnostics(file.all_diagnostics(), words);
    else if (!file.valid()) print_errors(file.diagnostics, words);
    else if (kind == RunKind::score) print_diagnostics(file.all_diagnostics(), words);
    if (kind != RunKind::score || !file.scored) return;
    const ScoredAssessment& r = *file.scored;
    const std::optional<std::size_t> wanted = gate.level_in(*r.set);
    if (wanted && !(r.evaluation.level >= *wanted))
        print_err(words.say("{0}: level {1} is below the required {2}\n",
                            {r.assessment.path, level_name(*r.set, r.evaluation.level, words),
                             level_name(*r.set, wanted, words)}));
}

int exit_code(const RunSummary& s, RunKind kind, const RunArgs& args) {
    if (s.errors > 0 || (kind != RunKind::score && s.files == 0)) return static_cast<int>(ExitCode::invalid_input);
    const bool failed = s.below_gate > 0 || (args.fail_on_downgrade && s.down > 0) || (args.strict && s.warnings > 0);
    return static_cast<int>(failed ? ExitCode::gate_failed : ExitCode::ok);
}

ExitCode run(RunArgs args, RunKind kind, const Words& words) {
    // In a GitHub Actions job, annotations are the default.
    const char* actions = std::getenv("GITHUB_ACTIONS");
    if (!args.format_given && kind != RunKind::batch && actions && std::string(actions) == "true") args.format = "github";
    const Format<RunRender>& format = require_format(formats_of(kind), args.format);
    const AssessmentFiles files =
        kind == RunKind::score ? named_files(args.paths) : find_assessments(args.paths, args.excludes);
    refuse_output_over_input(args, files);
    CriteriaCatalog catalog(args.max_file_size);
    const Gate gate(args.require_level, catalog, args.criteria);
    const RunOptions options{args.criteria, args.compare, args.max_file_size,
                             kind == RunKind::batch ? args.jobs : 1u, resolve_as_of(args.as_of),
                             kind == RunKind::check};
    const bool one_file = args.paths.size() == 1 && !is_directory(args.paths.front());
    RunContext context{{args.criteria, args.compare, one_file, gate.level(), args.strict},
                       RenderOptions{words, use_color(args.color, args.output)}, 0, 0, 0, 0, {}, {}};
    // A progress line for long batches, only where a person watches stderr.
    RunProgress progress;
    if (files.size() >= 200 && ::isatty(STDERR_FILENO))
        progress = [&words](std::size_t done, std::size_t total) {
            if (done % 50 == 0 || done == total)
                print_err("\r" + words.say("wwc-score: {0}/{1} files", {done, total}) + (done == total ? "\n" : ""));
        };
    OutputStream out(args.output);
    const auto write = [&](const std::string& text) {
        out.write(text);
        context.written += text.size();
    };
    RunSummary summary;
    summary.keep_movers = format.render.lists_movers;
    write(format.render.begin(context));
    const std::size_t skipped = run_files(files, catalog, options, [&](FileReport file) {
        print_file(file, kind, gate, words);
        summary.add(file, file.scored ? gate.level_in(*file.scored->set) : std::nullopt);
        write(format.render.file(file, context));
        ++context.index;
    }, progress);
    summary.exit_code = exit_code(summary, kind, args);
    write(format.render.end(summary, context));
    out.commit();
    if (skipped > 0)
        print_err(words.plural("wwc-score: skipped {0} YAML file that is not an assessment (no 'format: "
                               "wwc-assessment/1')\n",
                               "wwc-score: skipped {0} YAML files that are not assessments (no 'format: "
                               "wwc-assessment/1')\n",
                               static_cast<long long>(skipped), {skipped}));
    if (kind != RunKind::score && summary.files == 0)
        print_err("wwc-score: " + words.say("no assessment under {0}", {join(args.paths, ", ")}) + '\n');
    else if (kind == RunKind::batch && format.name != "text")
        print_err(batch_summary_line(summary, words) + '\n');
    else if (kind == RunKind::check && format.name != "text")
        print_err(check_summary_line(summary, words));
    return static_cast<ExitCode>(summary.exit_code);
}

void add_common_options(CLI::App& cmd, RunArgs& args, RunKind kind, const Words& w) {
    add_as_of_option(cmd, args.as_of, w);
    add_max_file_size_option(cmd, args.max_file_size, w);
    add_format_option(cmd, args.format, formats_of(kind), w);
    cmd.add_option("-o,--output", args.output, w.say("Write the report to PATH (atomically) instead of stdout"))
        ->type_name("PATH")
        ->check(non_empty(w));
    cmd.add_option("--criteria", args.criteria,
                   w.say("Criteria set to score with: a bundled id or a file (default: the set each file answers)"))
        ->type_name("ID|PATH")
        ->check(non_empty(w));
}

void add_gate_option(CLI::App& cmd, RunArgs& args, const Words& w) {
    cmd.add_option("--require-level", args.require_level, w.say("Exit 1 unless every file reaches LEVEL"))
        ->type_name("LEVEL")
        ->check(non_empty(w));
}

void add_exclude_option(CLI::App& cmd, RunArgs& args, const Words& w) {
    cmd.add_option("--exclude", args.excludes, w.say("Skip files and folders whose path or name matches GLOB"))
        ->type_name("GLOB")
        ->check(non_empty(w));
}

}  // namespace

RunCommand attach_score(CLI::App& command, const Words& w) {
    auto args = std::make_shared<RunArgs>();
    command.add_option("files", args->paths, w.say("Assessment files (wwc-assessment/1); - reads standard input"))
        ->required()
        ->type_name("FILE");
    add_common_options(command, *args, RunKind::score, w);
    add_gate_option(command, *args, w);
    command.add_flag("--strict", args->strict, w.say("Exit 1 when there are warnings"));
    add_color_option(command, args->color, w);
    return [args, &command, &w] {
        args->format_given = command.count("--format") > 0;
        return run(*args, RunKind::score, w);
    };
}

RunCommand attach_check(CLI::App& command, const Words& w) {
    auto args = std::make_shared<RunArgs>();
    command.add_option("paths", args->paths,
                       w.say("Assessment files and folders (searched like batch); - reads standard input"))
        ->required()
        ->type_name("PATH");
    add_common_options(command, *args, RunKind::check, w);
    add_exclude_option(command, *args, w);
    command.add_flag("--strict", args->strict, w.say("Exit 1 when there are warnings"));
    return [args, &command, &w] {
        args->format_given = command.count("--format") > 0;
        return run(*args, RunKind::check, w);
    };
}

RunCommand attach_batch(CLI::App& command, const Words& w) {
    auto args = std::make_shared<RunArgs>();
    command.add_option("paths", args->paths,
                       w.say("Files and folders: every *.yaml and *.yml under them that is an assessment"))
        ->required()
        ->type_name("PATH");
    add_common_options(command, *args, RunKind::batch, w);
    command.add_option("--compare", args->compare,
                       w.say("Also score every file with this set (a revision of the set it answers, or through "
                             "crosswalks)"))
        ->type_name("ID|PATH")
        ->check(non_empty(w));
    command.add_option("-j,--jobs", args->jobs, w.say("Files scored in parallel (default: all cores)"))
        ->type_name("N")
        ->check(CLI::Range(1u, max_jobs).description(""));
    add_gate_option(command, *args, w);
    add_exclude_option(command, *args, w);
    command.add_flag("--fail-on-downgrade", args->fail_on_downgrade,
                     w.say("Exit 1 when any file reaches a lower level under --compare"));
    return [args, &w] { return run(*args, RunKind::batch, w); };
}

}  // namespace wwc

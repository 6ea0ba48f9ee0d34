// libFuzzer target: any bytes as a criteria file, loaded and linted; a set
// that loads is shown (`criteria show`, each practice, `list`, `diff` against
// wwc-2022), made into a blank assessment (`init`, which must read back as
// YAML) and a JSON Schema (`schema`), and used to score an assessment that
// answers its criteria in turn, reported in every `score` format, in one of
// the languages. Bad input must end in InputError, and every output must pass
// output_checks.hpp.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "input/assessment_loader.hpp"
#include "input/country_codes.hpp"
#include "input/criteria_catalog.hpp"
#include "input/criteria_loader.hpp"
#include "input/source_file.hpp"
#include "input/yaml_tree.hpp"
#include "model/diagnostics.hpp"
#include "output_checks.hpp"
#include "report/formats.hpp"
#include "report/init/blank_assessment.hpp"
#include "report/schema/assessment_schema.hpp"
#include "report/wording.hpp"
#include "scoring/criteria_diff.hpp"
#include "scoring/criteria_lint.hpp"
#include "scoring/evaluator.hpp"
#include "scoring/gap_analysis.hpp"

namespace {

using namespace wwc;

// An assessment answering the set's first criteria, met, in progress, planned, not met in turn.
std::string answers(const CriteriaSet& set) {
    static const char* const statuses[] = {"met", "in_progress", "planned", "not_met"};
    std::string text = "format: wwc-assessment/1\ncriteria: " + set.id +
                       "\ncity: {name: Fuzz, country: US, population: 50000}\nassessed_on: 2024-01-01\nresponses:\n";
    for (std::size_t i = 0; i < set.criteria.size() && i < 200; ++i)
        text += "  " + set.criteria[i].id + ": " + statuses[i % 4] + "\n";
    return text;
}

void check_scored(const std::shared_ptr<const CriteriaSet>& set, const Words& words) {
    FileReport file;
    file.path = "answers.yaml";
    try {
        ScoredAssessment s;
        s.set = s.answered = set;
        LoadedAssessment loaded = load_assessment(parse_yaml(answers(*set), file.path).root, file.path, set.get());
        s.assessment = std::move(loaded.assessment);
        s.diagnostics = std::move(loaded.diagnostics);
        s.evaluation = evaluate(*set, s.assessment);
        s.gaps = analyse_gaps(*set, s.evaluation);
        file.scored = std::move(s);
    } catch (const InputError& e) {
        file.diagnostics = e.diagnostics();
    }
    for (const Format<RunRender>& format : score_formats()) {
        RunContext context{{"", "", true, std::nullopt}, RenderOptions{words}, 0, 0, 0, 0, {}, {}};
        RunSummary summary;
        summary.add(file, std::nullopt);
        const std::string out =
            format.render.begin(context) + format.render.file(file, context) + format.render.end(summary, context);
        fuzz::check_output("score --format " + std::string(format.name), format.name, out);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static CriteriaCatalog catalog(default_max_file_size);
    const std::string text(reinterpret_cast<const char*>(data), size);
    std::shared_ptr<const CriteriaSet> set;
    try {
        set = std::make_shared<const CriteriaSet>(load_criteria(text, "fuzz.yaml"));
    } catch (const InputError& e) {
        for (const Diagnostic& d : e.diagnostics())
            fuzz::check_output("a criteria error", "text", format_diagnostic(d, Words()));
        return 0;
    }
    const std::vector<Diagnostic> lint = lint_criteria(*set, [](const std::string&) { return nullptr; });
    const std::shared_ptr<const CriteriaSet> bundled = catalog.bundled("wwc-2022");
    // One language per input, chosen by its size: three times the inputs for the time.
    const Words words(all_languages[size % all_languages.size()]);
    const RenderOptions options{words};
    for (const Diagnostic& d : lint) fuzz::check_output("criteria lint", "text", format_diagnostic(d, words));
    for (const auto& format : criteria_show_formats())
        fuzz::check_output("criteria show --format " + std::string(format.name), format.name,
                           format.render(*set, options));
    for (std::size_t p = 0; p < set->practices.size() && p < 8; ++p)
        for (const auto& format : criteria_practice_formats())
            fuzz::check_output("criteria show PRACTICE --format " + std::string(format.name), format.name,
                               format.render(*set, p, options));
    for (const auto& format : criteria_list_formats())
        fuzz::check_output("criteria list --format " + std::string(format.name), format.name,
                           format.render({set, bundled}, options));
    for (const auto& format : criteria_diff_formats()) {
        fuzz::check_output("criteria diff --format " + std::string(format.name), format.name,
                           format.render({bundled.get(), set.get(), diff_criteria(*bundled, *set)}, options));
        fuzz::check_output("criteria diff --format " + std::string(format.name), format.name,
                           format.render({set.get(), set.get(), diff_criteria(*set, *set)}, options));
    }
    const std::string blank = blank_assessment(*set, "2024-01-01", words);
    fuzz::check_output("init", "text", blank);
    try {
        parse_yaml(blank, "blank.yaml");
    } catch (const InputError& e) {
        fuzz::fail("init", "the blank assessment is not YAML: " + format_diagnostic(e.diagnostics().front(), words),
                   blank, 0);
    }
    fuzz::check_output("schema", "schema", assessment_schema(*set, country_codes(), SchemaOptions{}, words));
    check_scored(set, words);
    return 0;
}

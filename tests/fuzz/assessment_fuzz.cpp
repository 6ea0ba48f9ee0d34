// libFuzzer target: any bytes as an assessment file, read as `score`, `check`
// and `batch` read it (also under --compare wwc-2017), and reported in every
// format of those commands and of `diff`, in one of the languages. Bad input
// must end in InputError, and every report, of a score or of the errors, must
// pass output_checks.hpp: fuzzing finds injections and broken documents, not
// only crashes.

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "model/diagnostics.hpp"
#include "output_checks.hpp"
#include "report/formats.hpp"
#include "scoring/assessment_diff.hpp"
#include "scoring/pipeline.hpp"

namespace {

using namespace wwc;

// The report of one file as run_files makes it: scored, or its errors.
FileReport report_of(const std::string& text, CriteriaCatalog& catalog, const std::string& compare) {
    FileReport file;
    file.path = "fuzz.yaml";
    try {
        ReadAssessment read = read_assessment(text, file.path, catalog, {"", text.size() + 1, "2024-06-30"});
        const auto set = read.scoring;
        file.scored = score_read(read, set, catalog);
        if (!compare.empty()) {
            file.compared = score_read(read, catalog.load(compare), catalog);
            const auto& from = file.scored->evaluation.level;
            const auto& to = file.compared->evaluation.level;
            file.change = to > from ? Change::up : to < from ? Change::down : Change::same;
        }
    } catch (const InputError& e) {
        file.diagnostics = e.diagnostics();
    }
    return file;
}

void render_run(const std::vector<Format<RunRender>>& formats, const FileReport& file, const Words& words,
                std::string_view command) {
    for (const Format<RunRender>& format : formats) {
        RunContext context{{"", "", true, std::string("gold")}, RenderOptions{words}, 0, 0, 0, 0, {}, {}};
        RunSummary summary;
        summary.keep_movers = format.render.lists_movers;
        summary.add(file, std::nullopt);
        std::string out = format.render.begin(context);
        out += format.render.file(file, context);
        out += format.render.end(summary, context);
        fuzz::check_output(std::string(command) + " --format " + std::string(format.name), format.name, out);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static CriteriaCatalog catalog(default_max_file_size);
    const std::string text(reinterpret_cast<const char*>(data), size);
    const FileReport file = report_of(text, catalog, "");
    const FileReport compared = report_of(text, catalog, "wwc-2017");
    // One language per input, chosen by its size: three times the inputs for the time.
    const Words words(all_languages[size % all_languages.size()]);
    render_run(score_formats(), file, words, "score");
    render_run(check_formats(), file, words, "check");
    render_run(batch_formats(), compared, words, "batch --compare wwc-2017");
    if (!file.scored) return 0;
    const ScoredAssessment& s = *file.scored;
    const AssessmentDiffReport diff{s.set.get(), diff_assessments(*s.set, s.evaluation, s.evaluation), file.path,
                                    file.path, ""};
    for (const Format<DiffRender>& format : diff_formats())
        fuzz::check_output("diff --format " + std::string(format.name), format.name,
                           format.render(diff, RenderOptions{words}));
    return 0;
}

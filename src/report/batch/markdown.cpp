// batch --format markdown: a summary table fit for a pull-request comment, kept
// under GitHub's limit of 65,536 characters by leaving rows out (and saying so)
// when a batch is larger; with --require-level, a last line on the gate.

#include "report/renderers.hpp"
#include "report/wording.hpp"
#include "report/writers/markdown_writer.hpp"

namespace wwc {
namespace {

// GitHub's limit on a comment, less room for what end() writes.
constexpr std::size_t comment_limit = 65'536;
constexpr std::size_t room_for_the_end = 4'096;

std::string cell(std::string_view text) { return markdown_escape(text); }

std::string score_cell(const ScoredAssessment& r, const Words& w) {
    const ScoreLine s = score_line(r);
    std::string text = layout("{0} {1}/{2} ({3}%)", {capitalized(level_name(*r.set, s.level, w)), s.points,
                                                     s.max_points, s.percent});
    if (s.estimate) text = w.say("{0} (estimate)", {text});
    return cell(text);
}

std::string next_cell(const ScoredAssessment& r, const Words& w) {
    if (r.gaps.empty()) return cell(w.say("top level reached"));
    const LevelGap& g = r.gaps.front();
    std::vector<std::string> reasons = gap_reasons(r, g, w);
    std::string text = level_name(*r.set, g.level, w);
    if (!reasons.empty()) text = w.say("{0}: {1}", {text, reasons.front()});
    return cell(text);
}

}  // namespace

std::string batch_markdown_begin(RunContext& context) {
    const Words& w = context.options.words;
    std::string out = w.say("## wwc-score: batch report\n\n");
    if (context.header.compare.empty()) {
        out += w.say("| File | City | Set | Level and points | Next level |\n");
        out += "|---|---|---|---|---|\n";
    } else {
        out += w.say("| File | City | Set | Level and points | Under {0} | Change |\n", {cell(context.header.compare)});
        out += "|---|---|---|---|---|---|\n";
    }
    return out;
}

std::string batch_markdown_file(const FileReport& file, RunContext& context) {
    const Words& w = context.options.words;
    std::string row = "| " + cell(file.path) + " | ";
    if (!file.valid()) {
        const Diagnostic* error = first_error(file.diagnostics);
        row += " | | " + cell(w.say("error: {0}", {error ? w.render(error->message) : ""})) + " |";
        if (!context.header.compare.empty()) row += " |";
        row += " |\n";
    } else if (file.scored) {
        const ScoredAssessment& r = *file.scored;
        row += cell(r.assessment.city.name) + " | " + cell(r.set->id) + " | " + score_cell(r, w) + " | ";
        if (context.header.compare.empty()) row += next_cell(r, w) + " |\n";
        else
            row += (file.compared ? score_cell(*file.compared, w) : "") + " | " +
                   (file.change == Change::up ? "\u25b2" : file.change == Change::down ? "\u25bc" : "=") + " |\n";
    }
    if (context.written + row.size() > comment_limit - room_for_the_end) {
        ++context.left_out;
        return {};
    }
    return row;
}

std::string batch_markdown_end(const RunSummary& summary, RunContext& context) {
    const Words& w = context.options.words;
    std::string out;
    if (context.left_out > 0)
        out += w.plural("\n_{0} more file is not listed, to keep this comment within GitHub's limit: `--format csv` "
                        "or `--format html` lists every file._\n",
                        "\n_{0} more files are not listed, to keep this comment within GitHub's limit: `--format csv` "
                        "or `--format html` lists every file._\n",
                        static_cast<long long>(context.left_out), {context.left_out});
    out += "\n" + cell(batch_summary_line(summary, w)) + "\n";
    // The gate, which a job summary is read for.
    if (const std::optional<std::string>& gate = context.header.require_level) {
        const auto below = static_cast<long long>(summary.below_gate);
        out += "\n" + (below == 0 ? w.say("**Every file reaches the required level {0}.**", {cell(*gate)})
                                   : w.plural("**{0} file is below the required level {1}.**",
                                              "**{0} files are below the required level {1}.**", below,
                                              {below, cell(*gate)})) +
               "\n";
    }
    return out;
}

}  // namespace wwc

// score --format markdown: the gap as GitHub task lists, fit for a pull-request comment.

#include <algorithm>

#include "report/renderers.hpp"
#include "report/wording.hpp"
#include "report/writers/markdown_writer.hpp"
#include "util/text.hpp"

namespace wwc {
namespace {

std::string md(std::string_view text) { return markdown_escape(text); }

void heading(std::string& out, const ScoredAssessment& r, const Words& w) {
    const CriteriaSet& set = *r.set;
    const Evaluation& e = r.evaluation;
    out += w.say("## {0}: {1} under {2} ({3}/{4} points, {5}%)\n\n",
                 {verbatim(md(r.assessment.city.name)), verbatim(md(level_name(set, e.level, w))), verbatim(md(set.id)),
                  e.points, e.max_points, e.percent});
    out += layout("_{0}_\n\n", {verbatim(md(self_assessment_notice(w)))});
    if (const auto notice = estimate_notice(r, w)) out += w.say("> **Estimate:** {0}\n\n", {verbatim(md(*notice))});
    if (r.gaps.empty()) {
        out += w.say("**Top level reached.**\n");
        return;
    }
    const LevelGap& g = r.gaps.front();
    std::vector<std::string> reasons;
    for (const std::string& s : gap_reasons(r, g, w)) reasons.push_back(md(s));
    if (!g.roadmap.empty()) reasons.push_back(md(w.say("roadmap: {0}", {criteria_count(g.roadmap.size(), w)})));
    out += w.say("**Next: {0}** ({1}% needed): {2}\n",
                 {verbatim(md(level_name(set, g.level, w))), set.levels[g.level].min_percent,
                  verbatim(reasons.empty() ? md(w.say("nothing missing")) : join(reasons, "; "))});
}

void practice(std::string& out, const ScoredAssessment& r, std::size_t p, const Words& w) {
    const CriteriaSet& set = *r.set;
    const Evaluation& e = r.evaluation;
    const PracticeResult& pr = e.practices[p];
    out += layout("\n### {0} {1} ({2}/{3})\n\n",
                  {verbatim(md(pr.id)), verbatim(md(w.name(set.practices[p]))), pr.points, pr.max_points});
    for (std::size_t i = 0; i < set.criteria.size(); ++i) {
        const Criterion& c = set.criteria[i];
        if (c.practice != set.practices[p].id) continue;
        const CriterionResult& cr = e.criteria[i];
        if (cr.earned) {
            out += layout("- [x] {0} {1}\n", {verbatim(md(c.id)), verbatim(md(w.name(c)))});
            continue;
        }
        std::string line = layout("- [ ] {0} {1} ({2})",
                                  {verbatim(md(c.id)), verbatim(md(w.name(c))),
                                   verbatim(md(cr.counted ? status_word(cr.status, w) : w.say("not counted")))});
        const auto why = blocking_reason(r, i, w);
        if (why) line += " — " + md(*why);
        out += line + '\n';
        // What a criterion on the road to the next level asks, below it.
        if (why && !w.summary(c).empty()) out += layout("  - {0}\n", {verbatim(md(w.summary(c)))});
    }
}

void outcomes(std::string& out, const ScoredAssessment& r, const Words& w) {
    const CriteriaSet& set = *r.set;
    if (set.outcomes.empty()) return;
    out += w.say("\n### Outcomes\n\n");
    for (std::size_t i = 0; i < set.outcomes.size(); ++i) {
        const Outcome& o = set.outcomes[i];
        const OutcomeResult& result = r.evaluation.outcomes[i];
        const std::string line = describe_outcome(o, result, r.assessment.outcome(o.id), w);
        out += layout("- [{0}] {1}: {2}\n", {result.meets ? "x" : " ", verbatim(md(o.id)), verbatim(md(line))});
    }
    if (uses_interim(r.evaluation)) out += layout("\n{0}\n", {verbatim(md(interim_notice(w)))});
}

}  // namespace

std::string score_markdown_file(const FileReport& file, RunContext& context) {
    if (!file.scored) return {};
    std::string out = context.items++ > 0 ? "\n" : "";
    heading(out, *file.scored, context.options.words);
    for (std::size_t p = 0; p < file.scored->set->practices.size(); ++p)
        practice(out, *file.scored, p, context.options.words);
    outcomes(out, *file.scored, context.options.words);
    return out;
}

}  // namespace wwc

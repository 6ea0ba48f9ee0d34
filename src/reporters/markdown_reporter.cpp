// --format markdown: the gap as GitHub task lists, fit for a pull-request comment.

#include <algorithm>

#include <fmt/format.h>

#include "report_facts.hpp"
#include "reporters.hpp"

namespace wwc {
namespace {

// Text from input files: backslash-escape what Markdown would read as markup.
std::string md(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (c == '\n' || c == '\r') c = ' ';
        if (std::string_view("\\`*_[]<>|#").find(c) != std::string_view::npos) out += '\\';
        out += c;
    }
    return out;
}

bool contains(const std::vector<int>& v, int i) { return std::find(v.begin(), v.end(), i) != v.end(); }

void heading(std::string& out, const ScoredAssessment& r) {
    const CriteriaSet& set = *r.set;
    const Evaluation& e = r.evaluation;
    const std::string level = e.level < 0 ? std::string("no level") : level_name(set, e.level);
    out += fmt::format("## {}: {} under {} ({}/{} points, {}%)\n\n", md(r.assessment.city.name), md(level),
                       md(set.id), e.points, e.max_points, e.percent);
    if (!r.assessment.estimated_from.empty())
        out += fmt::format("> **Estimate:** answers to {} mapped to {} through its crosswalk; not a certification "
                           "result.\n\n",
                           md(r.assessment.estimated_from), md(set.id));
    if (r.gaps.empty()) {
        out += "**Top level reached.**\n";
        return;
    }
    const LevelGap& g = r.gaps.front();
    const std::string next = md(level_name(set, g.level));
    std::vector<std::string> reasons = gap_reasons(set, g);
    for (std::string& s : reasons) s = md(s);
    if (!g.roadmap.empty())
        reasons.push_back("roadmap: " + criteria_count(g.roadmap.size()));
    out += fmt::format("**Next: {}** ({}% needed): {}\n", next, set.levels[static_cast<std::size_t>(g.level)].min_percent,
                       reasons.empty() ? std::string("nothing missing") : fmt::format("{}", fmt::join(reasons, "; ")));
}

void practice(std::string& out, const ScoredAssessment& r, std::size_t p) {
    const CriteriaSet& set = *r.set;
    const Evaluation& e = r.evaluation;
    const PracticeResult& pr = e.practices[p];
    out += fmt::format("\n### {} {} ({}/{})\n\n", md(pr.id), md(set.practices[p].name), pr.points, pr.max_points);
    const LevelGap* next = r.gaps.empty() ? nullptr : &r.gaps.front();
    for (std::size_t i = 0; i < set.criteria.size(); ++i) {
        const Criterion& c = set.criteria[i];
        if (c.practice != set.practices[p].id) continue;
        const CriterionResult& cr = e.criteria[i];
        if (cr.earned) {
            out += fmt::format("- [x] {} {}\n", md(c.id), md(c.name));
            continue;
        }
        std::string line = fmt::format("- [ ] {} {} ({})", md(c.id), md(c.name),
                                       cr.counted ? status_name(cr.status) : "not counted");
        const int index = static_cast<int>(i);
        if (next && contains(next->missing_required, index))
            line += fmt::format(" — required for {}", md(level_name(set, next->level)));
        else if (next && contains(next->roadmap, index))
            line += fmt::format(" — on the roadmap to {}", md(level_name(set, next->level)));
        out += line + '\n';
    }
}

}  // namespace

std::string render_markdown(const ScoredAssessment& result, const RenderOptions&) {
    std::string out;
    heading(out, result);
    for (std::size_t p = 0; p < result.set->practices.size(); ++p) practice(out, result, p);
    return out;
}

}  // namespace wwc

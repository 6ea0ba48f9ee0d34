// history --format markdown: one table per city, fit for an issue or a pull request.

#include "report/renderers.hpp"
#include "report/wording.hpp"
#include "report/writers/markdown_writer.hpp"
#include "util/text.hpp"

namespace wwc {
namespace {

std::string md(std::string_view text) { return markdown_escape(text); }

std::string row(const std::vector<std::string>& cells) {
    std::vector<std::string> escaped;
    for (const std::string& c : cells) escaped.push_back(md(c));
    return "| " + join(escaped, " | ") + " |\n";
}

void city(std::string& out, const History& h, const CityHistory& c, const Words& w) {
    const ScoredAssessment& first = h.scored(c.entries.front());
    const auto n = static_cast<long long>(c.entries.size());
    out += layout("## {0}\n\n", {verbatim(md(w.plural("{0}: {1} assessment", "{0}: {1} assessments", n,
                                                       {place_name(first.assessment.city), n})))});
    out += row({w.say("Assessed on"), w.say("Criteria"), w.say("Level"), w.say("Points"), w.say("Percent"),
                w.say("Since the assessment before")});
    out += "|---|---|---|---:|---:|---|\n";
    for (std::size_t k = 0; k < c.entries.size(); ++k) {
        const ScoredAssessment& s = h.scored(c.entries[k]);
        const Evaluation& e = s.evaluation;
        const std::string criteria = s.assessment.estimated_from.empty()
                                         ? s.set->id
                                         : w.say("{0} (estimate from {1})", {s.set->id, s.assessment.estimated_from});
        const std::optional<HistoryStep>& step = c.entries[k].step;
        out += row({s.assessment.assessed_on, criteria, capitalized(level_name(*s.set, e.level, w)),
                    layout("{0}/{1}", {e.points, e.max_points}), layout("{0}%", {e.percent}),
                    step ? describe_step(h.scored(c.entries[k - 1]), s, *step, w) : std::string()});
    }
}

}  // namespace

std::string render_history_markdown(const History& h, const RenderOptions& options) {
    const Words& w = options.words;
    std::string out = h.cities.empty() ? w.say("No assessment could be scored.\n") : std::string();
    for (const CityHistory& c : h.cities) {
        if (!out.empty()) out += '\n';
        city(out, h, c, w);
    }
    bool any_estimate = false;
    for (const FileReport& f : h.files)
        any_estimate = any_estimate || (f.scored && !f.scored->assessment.estimated_from.empty());
    if (any_estimate)
        out += layout("\n> {0}\n", {verbatim(md(w.say("An estimate maps answers to one criteria set onto another "
                                                        "through its crosswalk; it is not a certification result.")))});
    std::vector<std::string> unscored;
    for (const FileReport& f : h.files)
        if (!f.scored) unscored.push_back(layout("- {0}\n", {verbatim(md(f.path))}));
    if (!unscored.empty()) {
        out += w.say("\n**Not scored** (the errors are on standard error):\n\n");
        for (const std::string& line : unscored) out += line;
    }
    return out;
}

}  // namespace wwc

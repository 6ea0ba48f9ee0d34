// history --format text: each city's levels over time, a table and the changes.

#include <set>
#include <utility>

#include "report/renderers.hpp"
#include "report/wording.hpp"

namespace wwc {
namespace {

// `lines` with two spaces before each line and none after it (text_table
// pads every column but the last, which may be empty).
std::string indented(const std::string& lines) {
    std::string out;
    std::size_t start = 0;
    while (start < lines.size()) {
        std::size_t end = lines.find('\n', start);
        if (end == std::string::npos) end = lines.size();
        const std::size_t last = lines.find_last_not_of(' ', end - 1);
        out += "  ";
        if (last != std::string::npos && last >= start) out.append(lines, start, last + 1 - start);
        out += '\n';
        start = end + 1;
    }
    return out;
}

// "wwc-2022*" for an estimate: the footnote says what the star means.
std::string criteria_cell(const ScoredAssessment& s) {
    return s.assessment.estimated_from.empty() ? s.set->id : s.set->id + "*";
}

void city(std::string& out, const History& h, const CityHistory& c, const Words& w, bool color) {
    const ScoredAssessment& first = h.scored(c.entries.front());
    const ScoredAssessment& last = h.scored(c.entries.back());
    const auto n = static_cast<long long>(c.entries.size());
    const std::string heading =
        w.plural("{0}: {1} assessment, assessed on {2}", "{0}: {1} assessments, assessed on {2} to {3}", n,
                 {place_name(first.assessment.city), n, first.assessment.assessed_on, last.assessment.assessed_on});
    // The heading is escaped (Words) before the bold is put around it.
    out += (color ? "\x1b[1m" + heading + "\x1b[0m" : heading) + "\n\n";
    std::vector<std::vector<std::string>> rows{{w.say("Assessed on"), w.say("Criteria"), w.say("Level"),
                                                 w.say("Points"), w.say("Percent"), w.say("Level change")}};
    std::set<std::pair<std::string, std::string>> estimates;  // answered set, scoring set
    for (const HistoryEntry& e : c.entries) {
        const ScoredAssessment& s = h.scored(e);
        const Evaluation& ev = s.evaluation;
        rows.push_back({s.assessment.assessed_on, criteria_cell(s), capitalized(level_name(*s.set, ev.level, w)),
                        layout("{0}/{1}", {ev.points, ev.max_points}), layout("{0}%", {ev.percent}),
                        e.step ? change_label(e.step->level, w) : std::string()});
        if (!s.assessment.estimated_from.empty()) estimates.insert({s.assessment.estimated_from, s.set->id});
    }
    out += indented(text_table(rows));
    for (const auto& [from, to] : estimates)
        out += w.say("  * estimate: answers to {0} mapped to {1} through its crosswalk; this is not a certification "
                     "result.\n",
                     {from, to});
    if (c.entries.size() < 2) return;
    out += w.say("\n  Changes\n");
    for (std::size_t k = 1; k < c.entries.size(); ++k) {
        const ScoredAssessment& before = h.scored(c.entries[k - 1]);
        const ScoredAssessment& after = h.scored(c.entries[k]);
        out += w.say("  {0} to {1}: {2}\n", {before.assessment.assessed_on, after.assessment.assessed_on,
                                             describe_step(before, after, *c.entries[k].step, w)});
    }
}

}  // namespace

std::string render_history_text(const History& h, const RenderOptions& options) {
    const Words& w = options.words;
    std::string out = h.cities.empty() ? w.say("No assessment could be scored.\n") : std::string();
    for (const CityHistory& c : h.cities) {
        if (!out.empty()) out += '\n';
        city(out, h, c, w, options.color);
    }
    std::string unscored;
    for (const FileReport& f : h.files)
        if (!f.scored) unscored += w.say("Not scored: {0} (its errors are on standard error)\n", {f.path});
    if (!unscored.empty() && !h.cities.empty()) out += '\n';
    out += unscored;
    return out;
}

}  // namespace wwc

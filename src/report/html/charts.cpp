#include "report/html/charts.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "model/points.hpp"
#include "report/wording.hpp"
#include "util/text.hpp"

namespace wwc {
namespace {

constexpr int chart_width = 640;

std::string num(int n) { return std::to_string(n); }

void begin_chart(HtmlWriter& out, std::string_view id, int height, std::string_view title, std::string_view desc) {
    const std::string title_id = std::string(id) + "-title";
    const std::string desc_id = std::string(id) + "-desc";
    out.open("figure");
    out.open("svg", {{"class", "chart"}, {"id", id}, {"viewBox", "0 0 " + num(chart_width) + " " + num(height)},
                     {"role", "img"}, {"aria-labelledby", title_id}, {"aria-describedby", desc_id},
                     {"xmlns", "http://www.w3.org/2000/svg"}});
    out.element("title", title, {{"id", title_id}});
    out.element("desc", desc, {{"id", desc_id}});
}

void end_chart(HtmlWriter& out, std::string_view caption) {
    out.close();  // svg
    out.element("figcaption", caption);
    out.close();  // figure
}

void rect(HtmlWriter& out, int x, int y, int w, int h, std::string_view css_class) {
    if (w <= 0) return;
    out.empty("rect", {{"x", num(x)}, {"y", num(y)}, {"width", num(w)}, {"height", num(h)}, {"class", css_class}});
}

void label(HtmlWriter& out, int x, int y, std::string_view text, std::string_view anchor = "start",
           std::string_view css_class = "") {
    if (css_class.empty())
        out.element("text", text, {{"x", num(x)}, {"y", num(y)}, {"text-anchor", anchor}});
    else
        out.element("text", text, {{"x", num(x)}, {"y", num(y)}, {"text-anchor", anchor}, {"class", css_class}});
}

// A row of legend swatches: {css class, label}.
void legend(HtmlWriter& out, int y, const std::vector<std::pair<std::string_view, std::string>>& keys) {
    int x = 0;
    for (const auto& [css_class, text] : keys) {
        rect(out, x, y - 11, 14, 14, css_class);
        label(out, x + 19, y, text);
        x += 30 + static_cast<int>(text.size()) * 7;
    }
}

// x of `value` on a bar from `x0`, `width` long, for a scale of 0..`max`.
int scale(int value, int max, int x0, int width) {
    return max <= 0 ? x0 : x0 + static_cast<int>((static_cast<long long>(value) * width + max / 2) / max);
}

}  // namespace

void points_chart(HtmlWriter& out, const ScoredAssessment& r, std::string_view id, const Words& w) {
    const CriteriaSet& set = *r.set;
    const Evaluation& e = r.evaluation;
    const int x0 = 8;
    const int width = chart_width - 2 * x0;
    const int max = e.max_points;
    std::vector<int> need;  // per level; above max when no score reaches it
    std::vector<std::string> needs;
    for (const Level& l : set.levels) {
        need.push_back(points_needed(l.min_percent, max));
        if (need.back() <= max) needs.push_back(w.say("{0} needs {1}", {w.name(l), need.back()}));
    }
    std::string desc = w.say("{0} of {1} points earned ({2}%)", {e.points, max, e.percent});
    if (e.projected_points > e.points)
        desc += w.say("; {0} if the in-progress and planned criteria are met", {e.projected_points});
    desc += needs.empty() ? "." : layout(". {0}.", {join(needs)});
    begin_chart(out, id, 112, w.say("Points against the level thresholds"), desc);

    // Bands: below the first level, then one per level, darker as they rise.
    const int top = 30;
    const int height = 46;
    int band_start = 0;
    for (std::size_t l = 0; l <= set.levels.size(); ++l) {
        const int band_end = l < set.levels.size() ? std::min(need[l], max) : max;
        const int x = scale(band_start, max, x0, width);
        rect(out, x, top, scale(band_end, max, x0, width) - x, height, "band" + std::to_string(std::min<std::size_t>(l, 3)));
        band_start = std::max(band_start, band_end);
    }
    rect(out, x0, top + 11, scale(e.projected_points, max, x0, width) - x0, 24, "progress");
    rect(out, x0, top + 11, scale(e.points, max, x0, width) - x0, 24, "earned");
    for (std::size_t l = 0; l < set.levels.size(); ++l) {
        if (need[l] > max) continue;
        const int x = scale(need[l], max, x0, width);
        out.empty("line", {{"x1", num(x)}, {"y1", num(top - 6)}, {"x2", num(x)}, {"y2", num(top + height)},
                           {"class", "threshold"}});
        const std::string_view anchor = x > chart_width - 90 ? "end" : "middle";
        label(out, x, top - 10, layout("{0} {1}", {w.name(set.levels[l]), need[l]}), anchor);
    }
    const int bar_end = scale(e.points, max, x0, width);
    const std::string score = layout("{0}/{1}", {e.points, max});
    if (bar_end - x0 >= 60) label(out, bar_end - 6, top + 28, score, "end", "on-dark");
    else label(out, bar_end + 6, top + 28, score);
    label(out, x0, top + height + 18, "0");
    label(out, x0 + width, top + height + 18, w.say("{0} points", {max}), "end");
    legend(out, top + height + 34 - 2, {{"earned", w.say("earned")}, {"progress", w.say("in progress or planned")}});
    end_chart(out, desc);
}

void practice_chart(HtmlWriter& out, const ScoredAssessment& r, std::string_view id, const Words& w) {
    const CriteriaSet& set = *r.set;
    const Evaluation& e = r.evaluation;
    const int label_width = 250;
    const int bar_width = 300;
    const int row = 26;
    const int top = 34;
    int most = 0;
    std::vector<std::string> lines;
    struct Counts {
        int earned, progress, planned, missing;
    };
    std::vector<Counts> counts;
    for (const PracticeResult& p : e.practices) {
        const Counts c{p.counts[Status::met], p.counts[Status::in_progress], p.counts[Status::planned],
                       p.counts[Status::not_met] + p.counts[Status::blocked] + p.counts[Status::unanswered]};
        counts.push_back(c);
        most = std::max(most, c.earned + c.progress + c.planned + c.missing);
        const int blocked = p.counts[Status::blocked];
        std::string line = w.say("{0}: {1} earned, {2} in progress, {3} planned, {4} missing",
                                 {p.id, c.earned, c.progress, c.planned, c.missing});
        if (blocked) line += w.say(" ({0} met but blocked)", {blocked});
        lines.push_back(std::move(line));
    }
    const std::string desc = w.say("Criteria per practice. {0}.", {join(lines, "; ")});
    begin_chart(out, id, top + row * static_cast<int>(counts.size()) + 8, w.say("Criteria by practice and status"), desc);
    legend(out, 14, {{"earned", w.say("earned")}, {"progress", w.say("in progress")}, {"planned", w.say("planned")},
                     {"missing", w.say("missing")}});
    for (std::size_t i = 0; i < counts.size(); ++i) {
        const Counts& c = counts[i];
        const int y = top + row * static_cast<int>(i);
        label(out, 0, y + 15, layout("{0} {1}", {set.practices[i].id, w.name(set.practices[i])}));
        int done = 0;
        for (const auto& [value, css_class] : {std::pair{c.earned, "earned"}, std::pair{c.progress, "progress"},
                                                std::pair{c.planned, "planned"}, std::pair{c.missing, "missing"}}) {
            const int x = scale(done, most, label_width, bar_width);
            rect(out, x, y + 2, scale(done + value, most, label_width, bar_width) - x, row - 8, css_class);
            done += value;
        }
        label(out, scale(done, most, label_width, bar_width) + 8, y + 15,
              w.say("{0}/{1} points", {e.practices[i].points, e.practices[i].max_points}));
    }
    end_chart(out, desc);
}

void equity_chart(HtmlWriter& out, const Evaluation& e, std::string_view id, const Words& w) {
    const std::string desc =
        w.say("{0} of {1} equity points earned ({2}%).", {e.equity_points, e.equity_max_points, e.equity_percent});
    begin_chart(out, id, 40, w.say("Equity sub-score"), desc);
    const int x0 = 8;
    const int width = 480;
    rect(out, x0, 6, width, 24, "missing");
    rect(out, x0, 6, scale(e.equity_points, e.equity_max_points, x0, width) - x0, 24, "earned");
    label(out, x0 + width + 10, 23,
          layout("{0}/{1} ({2}%)", {e.equity_points, e.equity_max_points, e.equity_percent}));
    end_chart(out, desc);
}

void levels_chart(HtmlWriter& out, const RunSummary& s, std::string_view id, const Words& w) {
    // Every level seen under either set, lowest first, named as its set names it.
    std::map<std::optional<std::size_t>, std::string> names;
    for (const LevelCounts* counts : {&s.levels, &s.compare_levels})
        for (const auto& [rank, entry] : *counts)
            names[rank] = entry.level ? w.name(*entry.level) : capitalized(w.say("no level"));
    const auto files = [](const LevelCounts& m, std::optional<std::size_t> rank) {
        const auto it = m.find(rank);
        return it == m.end() ? 0 : it->second.files;
    };
    const bool compare = !s.compare_criteria.empty();
    int most = 1;
    std::vector<std::string> lines;
    for (const auto& [rank, name] : names) {
        most = std::max({most, files(s.levels, rank), files(s.compare_levels, rank)});
        const int n = files(s.levels, rank);
        std::string line = w.plural("{0}: {1} file", "{0}: {1} files", n, {name, n});
        if (compare) line += w.say(", {0} under {1}", {files(s.compare_levels, rank), s.compare_criteria});
        lines.push_back(std::move(line));
    }
    const std::string desc =
        names.empty() ? w.say("No file was scored.") : w.say("Files per level. {0}.", {join(lines, "; ")});
    const int row = compare ? 40 : 26;
    const int top = 30;
    begin_chart(out, id, top + row * static_cast<int>(names.size()) + 8, w.say("Files per level"), desc);
    if (compare)
        legend(out, 14, {{"earned", w.say("as scored")}, {"compare", w.say("under {0}", {s.compare_criteria})}});
    else
        legend(out, 14, {{"earned", w.say("files")}});
    const int x0 = 110;
    const int width = 440;
    int y = top;
    for (const auto& [rank, name] : names) {
        label(out, 0, y + 15, name);
        const int n = files(s.levels, rank);
        rect(out, x0, y + 2, scale(n, most, x0, width) - x0, 16, "earned");
        label(out, scale(n, most, x0, width) + 6, y + 15, num(n));
        if (compare) {
            const int m = files(s.compare_levels, rank);
            rect(out, x0, y + 20, scale(m, most, x0, width) - x0, 14, "compare");
            label(out, scale(m, most, x0, width) + 6, y + 32, num(m));
        }
        y += row;
    }
    end_chart(out, desc);
}

namespace {

// "Silver 51%, Gold 68%, Platinum 85%": the thresholds of a set.
std::string thresholds(const CriteriaSet& set, const Words& w) {
    std::vector<std::string> parts;
    for (const Level& l : set.levels) parts.push_back(layout("{0} {1}%", {w.name(l), l.min_percent}));
    return join(parts);
}

bool same_set(const ScoredAssessment& a, const ScoredAssessment& b) {
    return a.set->id == b.set->id && a.set->sha256 == b.set->sha256;
}

// The chart's words: each assessment in order, and each set's thresholds where it first appears.
std::string trajectory_desc(const History& h, const CityHistory& c, const Words& w) {
    std::vector<std::string> parts;
    for (std::size_t k = 0; k < c.entries.size(); ++k) {
        const ScoredAssessment& s = h.scored(c.entries[k]);
        const std::string set = s.assessment.estimated_from.empty() ? s.set->id
                                                                    : w.say("{0}, an estimate", {s.set->id});
        std::string part = w.say("{0} ({1}): {2}, {3}%", {s.assessment.assessed_on, set,
                                                          capitalized(level_name(*s.set, s.evaluation.level, w)),
                                                          s.evaluation.percent});
        if (k == 0 || !same_set(h.scored(c.entries[k - 1]), s))
            part += w.say(" against {0}", {thresholds(*s.set, w)});
        parts.push_back(std::move(part));
    }
    return w.say("Percent of points per assessment, oldest first, against the level thresholds of the criteria set "
                 "each was scored under. {0}.",
                 {join(parts, "; ")});
}

}  // namespace

void trajectory_chart(HtmlWriter& out, const History& h, const CityHistory& c, std::string_view id, const Words& w) {
    const std::string desc = trajectory_desc(h, c, w);
    begin_chart(out, id, 290, w.say("{0}: percent per assessment against the level thresholds", {c.name}), desc);
    const int left = 44;
    const int top = 44;
    const int bottom = 234;
    const int n = static_cast<int>(c.entries.size());
    const int column = (chart_width - left - 8) / std::max(n, 1);
    const auto y = [&](int percent) { return bottom - (percent * (bottom - top) + 50) / 100; };
    const auto x = [&](int k) { return left + k * column + column / 2; };
    bool any_estimate = false;
    for (int k = 0; k < n; ++k) {
        const ScoredAssessment& s = h.scored(c.entries[static_cast<std::size_t>(k)]);
        any_estimate = any_estimate || !s.assessment.estimated_from.empty();
        // This assessment's set: a band below its first level, then one per level.
        const std::vector<Level>& levels = s.set->levels;
        for (std::size_t l = 0; l <= levels.size(); ++l) {
            const int low = l == 0 ? 0 : levels[l - 1].min_percent;
            const int high = l < levels.size() ? levels[l].min_percent : 100;
            rect(out, left + k * column + 3, y(high), column - 6, y(low) - y(high),
                 "band" + std::to_string(std::min<std::size_t>(l, 3)));
        }
        const bool labelled = k == 0 || !same_set(h.scored(c.entries[static_cast<std::size_t>(k - 1)]), s);
        for (const Level& l : levels) {
            out.empty("line", {{"x1", num(left + k * column + 3)}, {"y1", num(y(l.min_percent))},
                               {"x2", num(left + (k + 1) * column - 3)}, {"y2", num(y(l.min_percent))},
                               {"class", "level-line"}});
            if (labelled && column >= 90)
                label(out, left + k * column + 6, y(l.min_percent) - 4, layout("{0} {1}%", {w.name(l), l.min_percent}),
                      "start", "band-label");
        }
        label(out, x(k), bottom + 18, s.assessment.assessed_on, "middle");
        label(out, x(k), bottom + 34, capitalized(level_name(*s.set, s.evaluation.level, w)), "middle", "small");
    }
    for (const int p : {0, 25, 50, 75, 100}) label(out, left - 6, y(p) + 4, layout("{0}%", {p}), "end", "small");
    for (int k = 1; k < n; ++k) {
        const ScoredAssessment& a = h.scored(c.entries[static_cast<std::size_t>(k - 1)]);
        const ScoredAssessment& b = h.scored(c.entries[static_cast<std::size_t>(k)]);
        const bool estimate = !a.assessment.estimated_from.empty() || !b.assessment.estimated_from.empty();
        out.empty("line", {{"x1", num(x(k - 1))}, {"y1", num(y(a.evaluation.percent))}, {"x2", num(x(k))},
                           {"y2", num(y(b.evaluation.percent))},
                           {"class", estimate ? "trajectory estimate-line" : "trajectory"}});
    }
    for (int k = 0; k < n; ++k) {
        const ScoredAssessment& s = h.scored(c.entries[static_cast<std::size_t>(k)]);
        const int percent = s.evaluation.percent;
        out.empty("circle", {{"cx", num(x(k))}, {"cy", num(y(percent))}, {"r", "6"},
                             {"class", s.assessment.estimated_from.empty() ? "point" : "point point-estimate"}});
        label(out, x(k), y(percent) - 11, layout("{0}%", {percent}), "middle", "value");
    }
    std::vector<std::pair<std::string_view, std::string>> keys{{"point", w.say("percent of points")}};
    if (any_estimate) keys.push_back({"point point-estimate", w.say("estimate (through a crosswalk)")});
    keys.push_back({"band1", w.say("level bands of the criteria set")});
    legend(out, 14, keys);
    end_chart(out, desc);
}

}  // namespace wwc

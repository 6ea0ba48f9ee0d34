// `diff` reports: a city's progress as text or JSON.

#include <fmt/format.h>

#include "../json_writer.hpp"
#include "progress_reporter.hpp"
#include "report_facts.hpp"

namespace wwc {

namespace {

std::string signed_number(int n) { return n > 0 ? fmt::format("+{}", n) : fmt::format("{}", n); }

std::string id_list(const CriteriaSet& set, const std::vector<int>& indices) {
    std::string out;
    for (int i : indices) out += (out.empty() ? "" : ", ") + set.criteria[static_cast<std::size_t>(i)].id;
    return out.empty() ? "none" : out;
}

}  // namespace

std::string render_progress(const CriteriaSet& set, const Progress& p, const std::string& before_name,
                            const std::string& after_name) {
    std::string out = fmt::format("{} -> {} ({})\n", before_name, after_name, set.id);
    out += fmt::format("Level:  {} -> {}\n", level_name(set, p.level_before), level_name(set, p.level_after));
    out += fmt::format("Points: {} -> {} of {} ({}), {}% -> {}%\n", p.points_before, p.points_after, p.max_points,
                       signed_number(p.points_after - p.points_before), p.percent_before, p.percent_after);
    out += fmt::format("Gained: {}\nLost:   {}\n", id_list(set, p.gained), id_list(set, p.lost));
    out += "\nPractice  Before  After  Change\n";
    for (const PracticeProgress& pr : p.practices)
        out += fmt::format("{:<8} {:>7} {:>6} {:>7}\n", pr.id, fmt::format("{}/{}", pr.points_before, pr.max_points),
                           fmt::format("{}/{}", pr.points_after, pr.max_points),
                           signed_number(pr.points_after - pr.points_before));
    if (!p.changes.empty()) out += "\nChanges\n";
    for (const StatusChange& c : p.changes) {
        const Criterion& criterion = set.criteria[static_cast<std::size_t>(c.criterion)];
        out += fmt::format("  {:<6} {:<11} -> {:<11} {}\n", criterion.id, status_name(c.before), status_name(c.after),
                           criterion.name);
    }
    return out;
}

std::string render_progress_json(const CriteriaSet& set, const Progress& p, const std::string& before_name,
                                 const std::string& after_name) {
    JsonWriter w;
    const auto level = [&](int l) {
        if (l < 0) w.null();
        else w.value(level_id(set, l));
    };
    const auto ids = [&](const std::vector<int>& indices) {
        w.begin_array();
        for (int i : indices) w.value(set.criteria[static_cast<std::size_t>(i)].id);
        w.end_array();
    };
    w.begin_object();
    w.key("format").value("wwc-score-progress/1");
    w.key("criteria").value(set.id);
    w.key("before").value(before_name);
    w.key("after").value(after_name);
    w.key("level_before");
    level(p.level_before);
    w.key("level_after");
    level(p.level_after);
    w.key("points_before").value(p.points_before);
    w.key("points_after").value(p.points_after);
    w.key("max_points").value(p.max_points);
    w.key("percent_before").value(p.percent_before);
    w.key("percent_after").value(p.percent_after);
    w.key("gained");
    ids(p.gained);
    w.key("lost");
    ids(p.lost);
    w.key("practices").begin_array();
    for (const PracticeProgress& pr : p.practices) {
        w.begin_object();
        w.key("id").value(pr.id);
        w.key("points_before").value(pr.points_before);
        w.key("points_after").value(pr.points_after);
        w.key("max_points").value(pr.max_points);
        w.end_object();
    }
    w.end_array();
    w.key("changes").begin_array();
    for (const StatusChange& c : p.changes) {
        w.begin_object();
        w.key("id").value(set.criteria[static_cast<std::size_t>(c.criterion)].id);
        w.key("before").value(status_name(c.before));
        w.key("after").value(status_name(c.after));
        w.end_object();
    }
    w.end_array();
    w.end_object();
    return w.str();
}

}  // namespace wwc

#include "model/run.hpp"

#include <algorithm>

namespace wwc {

std::string_view change_id(Change change) {
    switch (change) {
    case Change::up: return "up";
    case Change::down: return "down";
    case Change::same: return "same";
    }
    return "";
}

std::vector<Diagnostic> FileReport::all_diagnostics() const {
    std::vector<Diagnostic> out;
    if (scored) out = scored->diagnostics;
    out.insert(out.end(), diagnostics.begin(), diagnostics.end());
    return out;
}

std::vector<Diagnostic> FileReport::notable_diagnostics() const {
    std::vector<Diagnostic> out = all_diagnostics();
    if (!valid())
        out.erase(std::remove_if(out.begin(), out.end(), [](const Diagnostic& d) { return d.severity != Severity::error; }),
                  out.end());
    return out;
}

ScoreLine score_line(const ScoredAssessment& r) {
    ScoreLine s;
    s.criteria = r.set->id;
    s.level = r.evaluation.level;
    if (r.evaluation.level) s.level_id = r.set->levels[*r.evaluation.level].id;
    s.points = r.evaluation.points;
    s.max_points = r.evaluation.max_points;
    s.percent = r.evaluation.percent;
    s.estimate = !r.assessment.estimated_from.empty();
    return s;
}

void RunSummary::add(const FileReport& file, const std::optional<std::size_t>& gate) {
    const auto count = [](LevelCounts& into, const ScoredAssessment& r) {
        LevelCount& entry = into[r.evaluation.level];
        if (r.evaluation.level && !entry.level) entry.level = r.set->levels[*r.evaluation.level];
        ++entry.files;
    };
    ++files;
    if (!file.valid()) ++errors;
    for (const Diagnostic& d : file.all_diagnostics()) warnings += d.severity == Severity::warning;
    if (file.scored) {
        count(levels, *file.scored);
        if (gate && !(file.scored->evaluation.level >= *gate)) ++below_gate;
    }
    if (file.compared) {
        count(compare_levels, *file.compared);
        const CriteriaSet& set = *file.compared->set;
        // A revision of the set a file is scored with is named with its
        // version, whichever file shows it first (a file answered for another
        // set, estimated under the revision, may come before).
        const bool revision = file.scored && file.scored->set->id == set.id && file.scored->set->version != set.version;
        if (compare_criteria.empty() || (revision && compare_criteria == set.id))
            compare_criteria = revision ? set.id + " " + set.version : set.id;
    }
    if (!file.change) return;
    switch (*file.change) {
    case Change::up: ++up; break;
    case Change::down: ++down; break;
    case Change::same: ++same; break;
    }
    if (keep_movers && *file.change != Change::same)
        movers.push_back({file.path, file.scored->assessment.city.name, score_line(*file.scored),
                          score_line(*file.compared), *file.change});
}

}  // namespace wwc

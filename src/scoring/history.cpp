#include "scoring/history.hpp"

#include <algorithm>

#include "scoring/assessment_diff.hpp"

namespace wwc {
namespace {

// A level's rank for comparing levels of two sets: none below any level.
long rank(std::optional<std::size_t> level) { return level ? static_cast<long>(*level) : -1; }

}  // namespace

HistoryStep history_step(const ScoredAssessment& before, const ScoredAssessment& after) {
    HistoryStep step;
    const Evaluation& b = before.evaluation;
    const Evaluation& a = after.evaluation;
    step.level = rank(a.level) > rank(b.level)   ? Change::up
                 : rank(a.level) < rank(b.level) ? Change::down
                                                 : Change::same;
    step.percent_change = a.percent - b.percent;
    step.same_set = before.set->id == after.set->id && before.set->sha256 == after.set->sha256;
    if (!step.same_set) return step;
    AssessmentDiff diff = diff_assessments(*after.set, b, a);
    step.points_change = a.points - b.points;
    step.gained = std::move(diff.gained);
    step.lost = std::move(diff.lost);
    return step;
}

std::vector<CityHistory> arrange_history(const std::vector<FileReport>& files) {
    std::vector<CityHistory> cities;
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (!files[i].scored) continue;
        const City& city = files[i].scored->assessment.city;
        auto found = std::find_if(cities.begin(), cities.end(), [&](const CityHistory& c) {
            return c.name == city.name && c.country == city.country;
        });
        if (found == cities.end()) found = cities.insert(cities.end(), CityHistory{city.name, city.country, {}});
        found->entries.push_back({i, std::nullopt});
    }
    for (CityHistory& city : cities) {
        // ISO dates order as text; a stable sort keeps one date's files in argument order.
        std::stable_sort(city.entries.begin(), city.entries.end(), [&](const HistoryEntry& x, const HistoryEntry& y) {
            return files[x.file].scored->assessment.assessed_on < files[y.file].scored->assessment.assessed_on;
        });
        for (std::size_t k = 1; k < city.entries.size(); ++k) {
            const ScoredAssessment& before = *files[city.entries[k - 1].file].scored;
            city.entries[k].step = history_step(before, *files[city.entries[k].file].scored);
        }
    }
    return cities;
}

History build_history(const std::vector<std::string>& paths, CriteriaCatalog& catalog, const ScoreOptions& options) {
    History history;
    history.criteria = options.criteria;
    // A bad criteria file is reported once, not once per assessment.
    if (!options.criteria.empty()) catalog.load(options.criteria);
    for (const std::string& path : paths) {
        FileReport report;
        report.path = path;
        try {
            report.scored = score_file(path, catalog, options);
        } catch (const InputError& e) {
            report.diagnostics = e.diagnostics();
        }
        history.files.push_back(std::move(report));
    }
    history.cities = arrange_history(history.files);
    return history;
}

}  // namespace wwc

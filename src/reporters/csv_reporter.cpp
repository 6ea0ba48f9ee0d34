// --format csv: one summary row per result under one header.

#include "csv.hpp"
#include "report_facts.hpp"
#include "reporters.hpp"

namespace wwc {
namespace {

const std::vector<std::string> header = {"file", "city", "criteria", "level", "points", "max_points", "percent"};

std::string row(const ScoredAssessment& r) {
    const Evaluation& e = r.evaluation;
    return csv_row({r.assessment.path, r.assessment.city.name, r.set->id, level_id(*r.set, e.level),
                    std::to_string(e.points), std::to_string(e.max_points), std::to_string(e.percent)});
}

}  // namespace

std::string render_csv(const ScoredAssessment& result, const RenderOptions&) {
    return csv_row(header) + row(result);
}

std::string render_csv_many(const std::vector<ScoredAssessment>& results, const RenderOptions&) {
    std::string out = csv_row(header);
    for (const ScoredAssessment& r : results) out += row(r);
    return out;
}

}  // namespace wwc

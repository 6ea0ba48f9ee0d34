// score --format csv: a header and one summary row per scored file.

#include "report/renderers.hpp"
#include "report/wording.hpp"
#include "report/writers/csv_writer.hpp"

namespace wwc {

std::string score_csv_begin(RunContext&) {
    return csv_row({"file", "city", "criteria", "level", "points", "max_points", "percent"});
}

std::string score_csv_file(const FileReport& file, RunContext&) {
    if (!file.scored) return {};
    const ScoredAssessment& r = *file.scored;
    const Evaluation& e = r.evaluation;
    return csv_row({r.assessment.path, r.assessment.city.name, r.set->id, level_id(*r.set, e.level),
                    std::to_string(e.points), std::to_string(e.max_points), std::to_string(e.percent)});
}

}  // namespace wwc

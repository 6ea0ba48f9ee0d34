// score --format csv: one summary row per scored file under one header.

#include "report/renderers.hpp"
#include "report/wording.hpp"
#include "report/writers/csv_writer.hpp"

namespace wwc {

std::string render_csv(const std::vector<FileReport>& files, const RenderOptions&) {
    std::string out;
    for (const FileReport& f : files) {
        if (!f.scored) continue;
        const ScoredAssessment& r = *f.scored;
        const Evaluation& e = r.evaluation;
        if (out.empty()) out = csv_row({"file", "city", "criteria", "level", "points", "max_points", "percent"});
        out += csv_row({r.assessment.path, r.assessment.city.name, r.set->id, level_id(*r.set, e.level),
                        std::to_string(e.points), std::to_string(e.max_points), std::to_string(e.percent)});
    }
    return out;
}

}  // namespace wwc

#pragma once
// One assessment file scored, and what became of each file of a run.

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "model/assessment.hpp"
#include "model/criteria.hpp"
#include "model/diagnostics.hpp"
#include "model/evaluation.hpp"
#include "model/level_gap.hpp"

namespace wwc {

/// Everything a report needs about one scored assessment.
struct ScoredAssessment {
    std::shared_ptr<const CriteriaSet> set;
    Assessment assessment;
    Evaluation evaluation;
    std::vector<LevelGap> gaps;            ///< one per level above the city's, lowest first
    std::vector<Diagnostic> diagnostics;   ///< warnings
};

/// One file of a run: scored, or the errors that stopped it.
struct FileReport {
    std::string path;
    std::optional<ScoredAssessment> scored;
    std::vector<Diagnostic> errors;  ///< when not scored: every problem found, warnings included
};

}  // namespace wwc

#pragma once
// One assessment file scored: everything a report needs about it.

#include <memory>
#include <vector>

#include "model/assessment.hpp"
#include "model/criteria.hpp"
#include "model/diagnostics.hpp"
#include "model/evaluation.hpp"
#include "model/level_gap.hpp"

namespace wwc {

/// Everything a report needs about one scored assessment.
struct ScoredAssessment {
    std::shared_ptr<const CriteriaSet> set;       ///< the set it is scored under
    std::shared_ptr<const CriteriaSet> answered;  ///< the set the file answers (`set`, a revision of it, or another)
    Assessment assessment;
    Evaluation evaluation;
    std::vector<LevelGap> gaps;            ///< one per level above the city's, lowest first
    std::vector<Diagnostic> diagnostics;   ///< warnings
};

}  // namespace wwc

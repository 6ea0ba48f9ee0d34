#pragma once
// One assessment file from path to result: read, validate, map, evaluate, analyse.

#include <memory>
#include <string>
#include <vector>

#include "assessment.hpp"
#include "criteria.hpp"
#include "criteria_catalog.hpp"
#include "diagnostics.hpp"
#include "evaluator.hpp"
#include "gap_analysis.hpp"
#include "source_file.hpp"

namespace wwc {

struct ScoreOptions {
    std::string criteria;  ///< bundled id or path; empty: the set the file answers
    std::size_t max_file_size = default_max_file_size;
    std::string as_of;     ///< date evidence is judged against; "": no date checks
};

/// Everything a reporter needs about one scored assessment.
struct ScoredAssessment {
    std::shared_ptr<const CriteriaSet> set;
    Assessment assessment;
    Evaluation evaluation;
    std::vector<LevelGap> gaps;
    std::vector<Diagnostic> diagnostics;  ///< warnings
};

/// Scores the assessment at `path`; throws InputError for a bad assessment or
/// criteria file.
ScoredAssessment score_file(const std::string& path, CriteriaCatalog& catalog, const ScoreOptions& options);

/// Scores an assessment's text as if read from `path`; throws InputError.
ScoredAssessment score_text(const std::string& text, const std::string& path, CriteriaCatalog& catalog,
                            const ScoreOptions& options);

/// Reads and validates the assessment at `path` without scoring it; returns its
/// warnings, throws InputError with every problem.
std::vector<Diagnostic> check_file(const std::string& path, CriteriaCatalog& catalog, const ScoreOptions& options);

}  // namespace wwc

#pragma once
// One assessment file from text to result: read, validate, map, evaluate, analyse.

#include <memory>
#include <string>
#include <vector>

#include "input/criteria_catalog.hpp"
#include "input/source_file.hpp"
#include "model/assessment.hpp"
#include "model/criteria.hpp"
#include "model/diagnostics.hpp"
#include "model/scored_assessment.hpp"

namespace wwc {

struct ScoreOptions {
    std::string criteria;  ///< bundled id or path; empty: the set the file answers
    std::size_t max_file_size = default_max_file_size;
    std::string as_of;     ///< date evidence is judged against; "": no date checks
};

/// An assessment read and validated against the set it answers, not yet scored:
/// one reading can be scored under several sets.
struct ReadAssessment {
    std::shared_ptr<const CriteriaSet> answered;  ///< the set the file answers
    std::shared_ptr<const CriteriaSet> scoring;   ///< ScoreOptions::criteria, or `answered`
    Assessment assessment;                        ///< answers to `answered`
    std::vector<Diagnostic> diagnostics;          ///< warnings
    Location criteria_key;                        ///< where the file names its set
};

/// Reads and validates an assessment's text as if from `path`, for scoring with
/// `options.criteria`; throws InputError with every problem.
ReadAssessment read_assessment(const std::string& text, const std::string& path, CriteriaCatalog& catalog,
                               const ScoreOptions& options);

/// Scores `read` under `set`: directly when `set` is the set it answers or a
/// revision of it (the same id), else through the chain of crosswalks among
/// the sets `catalog` knows; throws InputError when there is none. Move `read`
/// in when it is not scored again.
ScoredAssessment score_read(ReadAssessment read, std::shared_ptr<const CriteriaSet> set,
                            CriteriaCatalog& catalog);

/// Scores an assessment's text as if read from `path`; throws InputError.
ScoredAssessment score_text(const std::string& text, const std::string& path, CriteriaCatalog& catalog,
                            const ScoreOptions& options);

/// Scores the assessment at `path` ("-": standard input); throws InputError for a
/// bad assessment or criteria file.
ScoredAssessment score_file(const std::string& path, CriteriaCatalog& catalog, const ScoreOptions& options);

/// Reads and validates the assessment at `path` ("-": standard input) without
/// scoring it; returns its warnings, throws InputError with every problem.
std::vector<Diagnostic> check_file(const std::string& path, CriteriaCatalog& catalog, const ScoreOptions& options);

}  // namespace wwc

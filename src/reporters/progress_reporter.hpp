#pragma once
// Reports for `diff`: a city's progress between two assessments.

#include <string>

#include "../progress.hpp"

namespace wwc {

/// The progress as text: level and points, then per practice, then each change.
std::string render_progress(const CriteriaSet& set, const Progress& progress, const std::string& before_name,
                            const std::string& after_name);

/// The progress as a JSON object (`wwc-score-progress/1`).
std::string render_progress_json(const CriteriaSet& set, const Progress& progress, const std::string& before_name,
                                 const std::string& after_name);

}  // namespace wwc

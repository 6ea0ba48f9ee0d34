#pragma once
// Each city's assessments over time: scored through the pipeline, arranged by
// city and date, with what changed from one to the next.

#include <string>
#include <vector>

#include "input/criteria_catalog.hpp"
#include "model/history.hpp"
#include "scoring/pipeline.hpp"

namespace wwc {

/// Scores each file of `paths` (under `options.criteria`, through crosswalks, or
/// the set it answers) and arranges those scored by city. A file that cannot be
/// read or scored keeps its errors in History::files and never stops the others.
/// A bad `options.criteria` throws InputError.
History build_history(const std::vector<std::string>& paths, CriteriaCatalog& catalog, const ScoreOptions& options);

/// The trajectories of the scored files of `files`: cities (name and country)
/// in order of first appearance, each city's assessments oldest first by
/// `assessed_on` (one date: argument order), with the step from each to the
/// next. Pure.
std::vector<CityHistory> arrange_history(const std::vector<FileReport>& files);

/// What changed from `before` to `after` (two assessments of one city). Pure.
HistoryStep history_step(const ScoredAssessment& before, const ScoredAssessment& after);

}  // namespace wwc

#pragma once
// The SVG charts of the HTML reports. Each is a <figure> holding an <svg
// role="img"> with a <title> and a <desc>, and a caption saying in words what
// the chart shows, so that no fact lives only in a picture.

#include <string_view>

#include "model/history.hpp"
#include "model/run.hpp"
#include "model/scored_assessment.hpp"
#include "report/words.hpp"
#include "report/writers/html_writer.hpp"

namespace wwc {

/// Points earned and projected against the points each level needs.
void points_chart(HtmlWriter& out, const ScoredAssessment& result, std::string_view id, const Words& words);

/// Per practice: criteria earned, in progress, planned and missing.
void practice_chart(HtmlWriter& out, const ScoredAssessment& result, std::string_view id, const Words& words);

/// Equity-flagged points earned out of those available.
void equity_chart(HtmlWriter& out, const Evaluation& evaluation, std::string_view id, const Words& words);

/// Files per level, under the batch's criteria and under --compare.
void levels_chart(HtmlWriter& out, const RunSummary& summary, std::string_view id, const Words& words);

/// A city's percent per assessment, oldest first, each against the level
/// thresholds of the set it was scored under; estimates drawn hollow.
void trajectory_chart(HtmlWriter& out, const History& history, const CityHistory& city, std::string_view id,
                      const Words& words);

}  // namespace wwc

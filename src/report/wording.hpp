#pragma once
// Phrases several reports share, each written in one place.

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "model/assessment.hpp"
#include "model/run.hpp"
#include "model/criteria.hpp"
#include "model/diagnostics.hpp"
#include "model/evaluation.hpp"
#include "model/history.hpp"
#include "model/level_gap.hpp"
#include "model/scored_assessment.hpp"
#include "report/words.hpp"

namespace wwc {

/// A level's id, or "" for none.
std::string level_id(const CriteriaSet& set, std::optional<std::size_t> level);

/// A level's name ("Gold"), or the one phrase for no level ("no level").
std::string level_name(const CriteriaSet& set, std::optional<std::size_t> level, const Words& words);

/// `text` with its first letter (ASCII) in capitals ("gold" -> "Gold").
std::string capitalized(std::string text);

/// A criterion's status in words: "met", "in progress", "not answered", ...
std::string status_word(Status status, const Words& words);

/// A set's status in words: "official", "reconstruction".
std::string set_status_word(SetStatus status, const Words& words);

/// How many criteria have each status, the statuses with none left out:
/// "7 met, 1 in progress, 1 not met".
std::string status_counts(const StatusCounts& counts, const Words& words);

/// The notice every report for people carries: a self-assessment is not a certification.
std::string self_assessment_notice(const Words& words);

/// "1 criterion", "5 criteria".
std::string criteria_count(std::size_t n, const Words& words);

/// What meets `standard` of `outcome`: "at most 10 ug/m3", "at least 75 percent",
/// "attested with evidence".
std::string describe_standard(const Outcome& outcome, const OutcomeStandard& standard, const Words& words);

/// Standard `standard` of `outcome` by its id and what meets it, flagged when it
/// is an interim target ("who-2021-it3 (at most 15 ug/m3, an interim target)");
/// what meets it alone for the one standard of an outcome that names none.
std::string name_standard(const Outcome& outcome, std::size_t standard, const Words& words);

/// What was reported for `outcome` and the standard it was held against,
/// with what the default needs when that differs: "6.9 ug/m3 (2022); standard:
/// who-2021-it4 (at most 10 ug/m3, an interim target)".
std::string describe_outcome(const Outcome& outcome, const OutcomeResult& result, const OutcomeReport* report,
                             const Words& words);

/// What the default standard needs, when `result` meets another standard but
/// not the default ("the default standard who-2021-it4 is met when at most 10 ug/m3"), or nullopt.
std::optional<std::string> default_standard_note(const Outcome& outcome, const OutcomeResult& result,
                                                 const Words& words);

/// The sentence a report adds where an interim target is used.
std::string interim_notice(const Words& words);

/// True when any outcome of `evaluation` is held against an interim target.
bool uses_interim(const Evaluation& evaluation);

/// What meets an outcome's default standard, with what was reported: "broadband
/// meets the default standard households-75 when at least 75 percent (now: 70.3 percent (2023))".
std::string describe_target(const CriteriaSet& set, const OutcomeTarget& target, const Assessment& assessment,
                            const Words& words);

/// What the city reported for an outcome: "6.9 ug/m3 (2022)", "attested (SDG 11)", "not reported".
std::string describe_report(const Outcome& outcome, const OutcomeReport* report, const Words& words);

/// The ids of the criteria at `indices`, joined by ", ".
std::string criterion_ids(const CriteriaSet& set, const std::vector<std::size_t>& indices);

/// "population 500 is below the minimum of 1000", "country MX is not in the eligible region".
std::string eligibility_problem(const EligibilityProblem& problem, const Words& words);

/// Why no roadmap reaches `gap`'s level, one sentence each.
std::vector<std::string> unreachable_reasons(const LevelGap& gap, const Evaluation& evaluation, const Words& words);

/// What stands between a city and `gap`'s level, one phrase each ("5 points short",
/// "required not earned: DM1", what meets each outcome short of its standard, ...);
/// empty when nothing does.
std::vector<std::string> gap_reasons(const ScoredAssessment& result, const LevelGap& gap, const Words& words);

/// Why criterion `index` blocks the next level ("required for Gold, not earned"),
/// or nullopt when it does not.
std::optional<std::string> blocking_reason(const ScoredAssessment& result, std::size_t index, const Words& words);

/// The notice of a set that is a reconstruction, or nullopt.
std::optional<std::string> reconstruction_notice(const CriteriaSet& set, const Words& words);

/// The notice of a score estimated through a crosswalk, or nullopt.
std::optional<std::string> estimate_notice(const ScoredAssessment& result, const Words& words);

/// Where a criterion's answer is in the assessment file, or its first line when
/// it has none (an unanswered criterion): annotations need a line.
Location answer_location(const ScoredAssessment& result, std::size_t criterion);

/// "Cambridge, MA, US": the city, its region when given, its country.
std::string place_name(const City& city);

/// "▲ up", "▼ down", "= same": a symbol and a word, so that no change is told by colour alone.
std::string change_label(Change change, const Words& words);

/// What changed from `before` to `after`: "Silver to Gold, 58% to 73% (+15);
/// gained 2 criteria: DG3, EV4; lost none", or, across criteria sets, "...;
/// the criteria set changed (wwc-2017 to wwc-2022): criteria are not compared".
std::string describe_step(const ScoredAssessment& before, const ScoredAssessment& after, const HistoryStep& step,
                          const Words& words);

/// "7 files: 1 error, 0 up, 2 down, 4 same; levels: 2 no level, 1 silver, ...;
/// under wwc-2017: ..." on one line.
std::string batch_summary_line(const RunSummary& summary, const Words& words);

/// "checked 3 files: 1 invalid, 44 warnings" and a line break.
std::string check_summary_line(const RunSummary& summary, const Words& words);

/// Rows as left-aligned columns two spaces apart (display width, not bytes);
/// the last column is not padded and no line ends in spaces. Values are escaped.
std::string text_table(const std::vector<std::vector<std::string>>& rows);

/// "Label:  value" lines, the values lined up after the widest label (display
/// width). Labels and values are used as they are: escape what came from input.
std::string labelled_lines(const std::vector<std::pair<std::string, std::string>>& lines);

/// How well a criterion's text is known: "read in a public source", ...
std::string provenance_word(Provenance provenance, const Words& words);

/// `file:line:col: error: message` (the place shortened when unknown).
std::string format_diagnostic(const Diagnostic& diagnostic, const Words& words);

}  // namespace wwc

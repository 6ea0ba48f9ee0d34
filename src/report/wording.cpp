#include "report/wording.hpp"

#include <algorithm>

#include "util/text.hpp"

namespace wwc {

std::string level_id(const CriteriaSet& set, std::optional<std::size_t> level) {
    return level ? set.levels[*level].id : std::string();
}

std::string level_name(const CriteriaSet& set, std::optional<std::size_t> level, const Words& words) {
    return level ? words.name(set.levels[*level]) : words.say("no level");
}

std::string capitalized(std::string text) {
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 'a' + 'A');
    return text;
}

std::string status_word(Status status, const Words& words) {
    switch (status) {
    case Status::met: return words.say("met");
    case Status::not_met: return words.say("not met");
    case Status::in_progress: return words.say("in progress");
    case Status::planned: return words.say("planned");
    case Status::blocked: return words.say("blocked");
    case Status::unanswered: return words.say("not answered");
    }
    return {};
}

std::string set_status_word(SetStatus status, const Words& words) {
    switch (status) {
    case SetStatus::official: return words.say("official");
    case SetStatus::reconstruction: return words.say("reconstruction");
    }
    return {};
}

std::string status_counts(const StatusCounts& counts, const Words& words) {
    std::vector<std::string> parts;
    for (Status s : {Status::met, Status::in_progress, Status::planned, Status::not_met, Status::blocked,
                     Status::unanswered}) {
        const int n = counts[s];
        if (n == 0) continue;
        switch (s) {
        case Status::met: parts.push_back(words.plural("{0} met", "{0} met", n, {n})); break;
        case Status::not_met: parts.push_back(words.plural("{0} not met", "{0} not met", n, {n})); break;
        case Status::in_progress: parts.push_back(words.plural("{0} in progress", "{0} in progress", n, {n})); break;
        case Status::planned: parts.push_back(words.plural("{0} planned", "{0} planned", n, {n})); break;
        case Status::blocked: parts.push_back(words.plural("{0} blocked", "{0} blocked", n, {n})); break;
        case Status::unanswered: parts.push_back(words.plural("{0} not answered", "{0} not answered", n, {n})); break;
        }
    }
    return join(parts, ", ");
}

std::string self_assessment_notice(const Words& words) {
    return words.say("This is a self-assessment, not a certification result: only What Works Cities certifies.");
}

std::string criteria_count(std::size_t n, const Words& words) {
    return words.plural("{0} criterion", "{0} criteria", static_cast<long long>(n), {n});
}

std::string describe_standard(const Outcome& o, const OutcomeStandard& s, const Words& words) {
    const std::string& unit_text = words.in_language(o.translations, "unit", o.unit);
    const std::string unit = unit_text.empty() ? std::string() : " " + unit_text;
    std::string measured;
    if (s.at_most) measured = words.say("at most {0}{1}", {*s.at_most, unit});
    if (s.at_least) measured = words.say("at least {0}{1}", {*s.at_least, unit});
    if (!s.attestation) return measured;
    return measured.empty() ? words.say("attested with evidence")
                            : words.say("{0}, or attested with evidence", {measured});
}

std::string name_standard(const Outcome& o, std::size_t standard, const Words& words) {
    const OutcomeStandard& s = o.standards[standard];
    const std::string what = describe_standard(o, s, words);
    if (s.id.empty()) return what;
    return s.interim ? words.say("{0} ({1}, an interim target)", {s.id, what}) : layout("{0} ({1})", {s.id, what});
}

std::optional<std::string> default_standard_note(const Outcome& o, const OutcomeResult& r, const Words& words) {
    if (!r.reported || r.standard == o.default_index || r.meets_default) return std::nullopt;
    return words.say("the default standard {0} is met when {1}",
                     {o.default_standard().id, describe_standard(o, o.default_standard(), words)});
}

std::string describe_outcome(const Outcome& o, const OutcomeResult& result, const OutcomeReport* report,
                             const Words& words) {
    std::string out =
        words.say("{0}; standard: {1}", {describe_report(o, report, words), name_standard(o, result.standard, words)});
    if (const auto note = default_standard_note(o, result, words)) out += layout("; {0}", {*note});
    return out;
}

std::string interim_notice(const Words& words) {
    return words.say("An interim target is a step towards a guideline level; whether WWC accepts one is not "
                     "published.");
}

bool uses_interim(const Evaluation& e) {
    return std::any_of(e.outcomes.begin(), e.outcomes.end(), [](const OutcomeResult& o) { return o.interim; });
}

std::string describe_target(const CriteriaSet& set, const OutcomeTarget& t, const Assessment& a, const Words& words) {
    const Outcome& o = set.outcomes[t.outcome];
    const OutcomeStandard& s = o.standards[t.standard];
    const std::string needs = describe_standard(o, s, words);
    const std::string reported = describe_report(o, a.outcome(o.id), words);
    return s.id.empty() ? words.say("{0} meets its standard when {1} (now: {2})", {o.id, needs, reported})
                        : words.say("{0} meets the default standard {1} when {2} (now: {3})",
                                    {o.id, s.id, needs, reported});
}

std::string describe_report(const Outcome& o, const OutcomeReport* r, const Words& words) {
    if (!r) return words.say("not reported");
    std::string out;
    const std::string& unit = words.in_language(o.translations, "unit", o.unit);
    if (r->value) out = words.say("{0}{1}", {*r->value, unit.empty() ? std::string() : " " + unit});
    if (r->attested) {
        if (!out.empty()) out += ", ";
        out += r->evidence.empty() ? words.say("attested without evidence") : words.say("attested");
        if (r->goal) out += words.say(" (SDG {0})", {*r->goal});
    }
    if (r->year) out += words.say(" ({0})", {*r->year});
    return out.empty() ? words.say("reported without a value") : out;
}

std::string criterion_ids(const CriteriaSet& set, const std::vector<std::size_t>& indices) {
    std::vector<std::string> ids;
    for (std::size_t i : indices) ids.push_back(set.criteria[i].id);
    return join(ids);
}

std::string eligibility_problem(const EligibilityProblem& p, const Words& words) {
    switch (p.kind) {
    case EligibilityProblem::Kind::population_below_minimum:
        return words.say("population {0} is below the minimum of {1}", {p.population, p.minimum});
    case EligibilityProblem::Kind::country_not_eligible:
        return words.say("country {0} is not in the eligible region", {p.country});
    }
    return {};
}

std::vector<std::string> unreachable_reasons(const LevelGap& gap, const Evaluation& e, const Words& words) {
    std::vector<std::string> out;
    for (Unreachable why : gap.unreachable) switch (why) {
        case Unreachable::not_eligible:
            for (const EligibilityProblem& p : e.eligibility_problems) out.push_back(eligibility_problem(p, words));
            break;
        case Unreachable::too_few_points:
            out.push_back(words.say("the criteria set has too few points for this level"));
            break;
        }
    return out;
}

std::vector<std::string> gap_reasons(const ScoredAssessment& r, const LevelGap& gap, const Words& words) {
    const CriteriaSet& set = *r.set;
    std::vector<std::string> out;
    for (const std::string& why : unreachable_reasons(gap, r.evaluation, words))
        out.push_back(words.say("out of reach: {0}", {why}));
    if (gap.points_short > 0)
        out.push_back(words.plural("{0} point short", "{0} points short", gap.points_short, {gap.points_short}));
    if (!gap.missing_required.empty())
        out.push_back(words.say("required not earned: {0}", {criterion_ids(set, gap.missing_required)}));
    if (gap.outcomes_short())
        out.push_back(words.say("outcomes: {0} of the {1} needed meet their standard",
                                {gap.outcomes_met, gap.outcomes_needed}));
    for (const OutcomeTarget& t : gap.outcome_targets) out.push_back(describe_target(set, t, r.assessment, words));
    for (const Blocked& b : gap.blocked)
        out.push_back(b.more ? words.say("{0} earns nothing until {1} and others are met",
                                         {set.criteria[b.criterion].id, criterion_ids(set, b.unblocked_by)})
                             : words.say("{0} earns nothing until {1} is met",
                                         {set.criteria[b.criterion].id, criterion_ids(set, b.unblocked_by)}));
    return out;
}

std::optional<std::string> blocking_reason(const ScoredAssessment& r, std::size_t i, const Words& words) {
    if (r.gaps.empty()) return std::nullopt;
    const LevelGap& g = r.gaps.front();
    const auto has = [&](const std::vector<std::size_t>& v) { return std::find(v.begin(), v.end(), i) != v.end(); };
    const std::string level = level_name(*r.set, g.level, words);
    if (has(g.missing_required)) return words.say("required for {0}, not earned", {level});
    if (has(g.roadmap)) return words.say("on the roadmap to {0}", {level});
    return std::nullopt;
}

std::optional<std::string> reconstruction_notice(const CriteriaSet& set, const Words& words) {
    if (set.status != SetStatus::reconstruction) return std::nullopt;
    return set.notice.empty() ? words.say("{0} is a partial reconstruction.", {set.id}) : set.notice;
}

std::optional<std::string> estimate_notice(const ScoredAssessment& r, const Words& words) {
    const Assessment& a = r.assessment;
    if (a.estimated_from.empty()) return std::nullopt;
    if (!a.estimated_through.empty())
        return words.say("answers to {0} mapped to {1} through {2} and their crosswalks; this is not a certification "
                         "result.",
                         {a.estimated_from, r.set->id, join(a.estimated_through)});
    return words.say("answers to {0} mapped to {1} through its crosswalk; this is not a certification result.",
                     {a.estimated_from, r.set->id});
}

Location answer_location(const ScoredAssessment& r, std::size_t criterion) {
    const Response* response = r.assessment.response(r.set->criteria[criterion].id);
    if (response && response->where.line > 0) return response->where;
    return {r.assessment.path, 1, 0};
}

std::string place_name(const City& city) {
    return city.region.empty() ? layout("{0}, {1}", {city.name, city.country})
                               : layout("{0}, {1}, {2}", {city.name, city.region, city.country});
}

std::string change_label(Change change, const Words& words) {
    switch (change) {
    case Change::up: return words.say("\u25b2 up");
    case Change::down: return words.say("\u25bc down");
    case Change::same: return words.say("= same");
    }
    return {};
}

std::string describe_step(const ScoredAssessment& before, const ScoredAssessment& after, const HistoryStep& step,
                          const Words& w) {
    const std::string sign = step.percent_change > 0 ? "+" : "";
    std::string out = w.say("{0} to {1}, {2}% to {3}% ({4}{5})",
                            {capitalized(level_name(*before.set, before.evaluation.level, w)),
                             capitalized(level_name(*after.set, after.evaluation.level, w)), before.evaluation.percent,
                             after.evaluation.percent, sign, step.percent_change});
    if (!step.same_set)
        return out + w.say("; the criteria set changed ({0} to {1}): criteria are not compared",
                           {before.set->id, after.set->id});
    const CriteriaSet& set = *after.set;
    out += step.gained.empty() ? w.say("; gained none")
                               : w.say("; gained {0}: {1}", {criteria_count(step.gained.size(), w),
                                                               criterion_ids(set, step.gained)});
    out += step.lost.empty()
               ? w.say("; lost none")
               : w.say("; lost {0}: {1}", {criteria_count(step.lost.size(), w), criterion_ids(set, step.lost)});
    return out;
}

namespace {

std::string levels_text(const LevelCounts& levels, const Words& w) {
    std::vector<std::string> parts;
    for (const auto& [rank, entry] : levels)
        parts.push_back(layout("{0} {1}", {entry.files, entry.level ? w.name(*entry.level) : w.say("no level")}));
    return parts.empty() ? w.say("none scored") : join(parts);
}

}  // namespace

std::string batch_summary_line(const RunSummary& s, const Words& w) {
    std::string out = w.plural("{0} file", "{0} files", s.files, {s.files}) + ": " +
                      w.plural("{0} error", "{0} errors", s.errors, {s.errors});
    if (!s.compare_criteria.empty()) out += w.say(", {0} up, {1} down, {2} same", {s.up, s.down, s.same});
    out += w.say("; levels: {0}", {levels_text(s.levels, w)});
    if (!s.compare_criteria.empty())
        out += w.say("; under {0}: {1}", {s.compare_criteria, levels_text(s.compare_levels, w)});
    return out;
}

std::string check_summary_line(const RunSummary& s, const Words& w) {
    return w.plural("checked {0} file", "checked {0} files", s.files, {s.files}) + ": " +
           w.say("{0} invalid", {s.errors}) + ", " + w.plural("{0} warning", "{0} warnings", s.warnings, {s.warnings}) +
           '\n';
}

std::string text_table(const std::vector<std::vector<std::string>>& rows) {
    std::vector<std::size_t> width;
    for (const auto& row : rows)
        for (std::size_t i = 0; i < row.size(); ++i) {
            if (width.size() <= i) width.push_back(0);
            width[i] = std::max(width[i], display_width(escape_unsafe(row[i])));
        }
    std::string out;
    for (const auto& row : rows) {
        for (std::size_t i = 0; i < row.size(); ++i) {
            const std::string cell = escape_unsafe(row[i]);
            out += cell;
            if (i + 1 < row.size()) out.append(width[i] - display_width(cell) + 2, ' ');
        }
        out.erase(out.find_last_not_of(' ') + 1);  // an empty last cell leaves no trailing spaces
        out += '\n';
    }
    return out;
}

std::string labelled_lines(const std::vector<std::pair<std::string, std::string>>& lines) {
    std::size_t width = 0;
    for (const auto& line : lines) width = std::max(width, display_width(line.first));
    std::string out;
    for (const auto& [label, value] : lines)
        out += label + ':' + std::string(width - display_width(label) + 2, ' ') + value + '\n';
    return out;
}

std::string provenance_word(Provenance provenance, const Words& words) {
    switch (provenance) {
    case Provenance::read: return words.say("read in a public source");
    case Provenance::partial: return words.say("partly read in a public source");
    case Provenance::inferred: return words.say("inferred from public sources, not read");
    }
    return {};
}

std::string format_diagnostic(const Diagnostic& d, const Words& words) {
    const std::string file = escape_unsafe(d.where.file);
    // "error" and "warning" stay English: editors and CI logs match them.
    const std::string kind = severity_id(d.severity);
    if (d.where.line == 0) return file + ": " + kind + ": " + words.render(d.message);
    return file + ":" + std::to_string(d.where.line) + ":" + std::to_string(d.where.column) + ": " + kind + ": " +
           words.render(d.message);
}

}  // namespace wwc

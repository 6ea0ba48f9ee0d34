#include "report_facts.hpp"

#include <fmt/format.h>

namespace wwc {

std::string plural(std::size_t n, std::string_view one, std::string_view many) {
    if (n != 1 && many.empty()) return fmt::format("{} {}s", n, one);
    return fmt::format("{} {}", n, n == 1 ? one : many);
}

std::string criteria_count(std::size_t n) { return plural(n, "criterion", "criteria"); }

std::string level_id(const CriteriaSet& set, int level) {
    return level < 0 ? std::string() : set.levels[static_cast<std::size_t>(level)].id;
}

std::string level_name(const CriteriaSet& set, int level) {
    return level < 0 ? std::string("none") : set.levels[static_cast<std::size_t>(level)].name;
}

Band level_band(const CriteriaSet& set, int level, int max_points) {
    Band band;
    const auto l = static_cast<std::size_t>(level);
    band.min_percent = set.levels[l].min_percent;
    band.min_points = points_needed(band.min_percent, max_points);
    band.max_points = max_points;
    if (l + 1 < set.levels.size()) {
        band.max_percent = set.levels[l + 1].min_percent - 1;
        band.max_points = points_needed(set.levels[l + 1].min_percent, max_points) - 1;
    }
    return band;
}

std::string describe_standard(const Outcome& o) {
    std::string unit = o.unit.empty() ? std::string() : " " + o.unit;
    std::string measured;
    if (o.at_most) measured = fmt::format("at most {}{}", *o.at_most, unit);
    if (o.at_least) measured = fmt::format("at least {}{}", *o.at_least, unit);
    if (!o.attestation) return measured;
    return measured.empty() ? "attested with evidence" : measured + ", or attested with evidence";
}

std::string describe_report(const Outcome& o, const OutcomeReport* r) {
    if (!r) return "not reported";
    std::string out;
    if (r->value) out = fmt::format("{}{}", *r->value, o.unit.empty() ? "" : " " + o.unit);
    if (r->attested) {
        if (!out.empty()) out += ", ";
        out += r->evidence.empty() ? "attested without evidence" : "attested";
        if (r->goal) out += fmt::format(" (SDG {})", *r->goal);
    }
    if (r->year) out += fmt::format(" ({})", *r->year);
    return out.empty() ? "reported without a value" : out;
}

std::string criterion_ids(const CriteriaSet& set, const std::vector<int>& indices) {
    std::string out;
    for (int i : indices) out += (out.empty() ? "" : ", ") + set.criteria[static_cast<std::size_t>(i)].id;
    return out;
}

std::vector<std::string> gap_reasons(const CriteriaSet& set, const LevelGap& gap) {
    std::vector<std::string> out;
    for (const std::string& why : gap.unreachable_because) out.push_back("out of reach: " + why);
    if (gap.points_short > 0)
        out.push_back(fmt::format("{} point{} short", gap.points_short, gap.points_short == 1 ? "" : "s"));
    if (!gap.missing_required.empty())
        out.push_back("required not earned: " + criterion_ids(set, gap.missing_required));
    if (gap.outcomes_met < gap.outcomes_needed)
        out.push_back(fmt::format("outcomes: {} of the {} needed meet their standard", gap.outcomes_met,
                                  gap.outcomes_needed));
    for (const Blocked& b : gap.blocked)
        out.push_back(fmt::format("{} earns nothing until {} is met", set.criteria[static_cast<std::size_t>(b.criterion)].id,
                                  criterion_ids(set, b.unblocked_by)));
    return out;
}

}  // namespace wwc

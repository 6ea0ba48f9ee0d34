#include "blank_assessment.hpp"

#include <fmt/format.h>

#include "reporters/report_facts.hpp"

namespace wwc {
namespace {

// Text for a YAML comment: one line.
std::string one_line(std::string text) {
    for (char& c : text)
        if (c == '\n' || c == '\r') c = ' ';
    return text;
}

}  // namespace

std::string blank_assessment(const CriteriaSet& set, const std::string& date) {
    std::string out = fmt::format(
        "# Self-assessment for {} ({} version {}).\n"
        "# Answer each criterion: met, not_met, in_progress or planned; add evidence to every met.\n"
        "# Format: docs/assessment-format.md. Check it with: wwc-score check FILE\n"
        "format: wwc-assessment/1\n"
        "criteria: {}\n"
        "city:\n"
        "  name: Your City          # replace\n"
        "  region: ST               # optional: state or province\n"
        "  country: US              # ISO 3166-1 alpha-2\n"
        "  population: 100000       # replace\n"
        "assessed_on: {}\n"
        "prepared_by: Your office   # optional\n"
        "responses:\n",
        one_line(set.name), set.id, set.version, set.id, date);
    for (const Practice& p : set.practices) {
        out += fmt::format("  # {} {}\n", p.id, one_line(p.name));
        for (const Criterion& c : set.criteria) {
            if (c.practice != p.id || !is_counted(c, date)) continue;
            out += fmt::format("  {}: not_met{:<{}} # {}\n", c.id, "", 7 - std::min<std::size_t>(c.id.size(), 6),
                               one_line(c.name));
            if (!c.checklist.empty()) {
                std::string items;
                for (const ChecklistItem& item : c.checklist) items += (items.empty() ? "" : ", ") + item.id;
                out += fmt::format("  #   or {}: {{checklist: [{}]}}  (the items met; {} needed)\n", c.id, items,
                                   c.checklist_min);
            }
        }
    }
    if (set.outcomes.empty()) return out;
    out += "# Outcomes: uncomment and fill in the ones you report.\n# outcomes:\n";
    for (const Outcome& o : set.outcomes) {
        const bool measured = o.at_most || o.at_least;
        out += fmt::format("#   {}: {}  # {}\n", o.id,
                           measured ? "{value: 0, year: 2024, source: https://example.org/data}"
                                    : "{attested: true, evidence: [https://example.org/report]}",
                           describe_standard(o));
    }
    return out;
}

}  // namespace wwc

#include "report/init/blank_assessment.hpp"

#include <algorithm>

#include "report/wording.hpp"
#include "util/text.hpp"

namespace wwc {
namespace {

// Criterion ids are padded so that the comments after their answers line up.
constexpr std::size_t answer_column = 6;

}  // namespace

std::string blank_assessment(const CriteriaSet& set, const std::string& date, const Words& w) {
    std::string out = w.say("# Self-assessment for {0} ({1} version {2}).\n", {set.name, set.id, set.version});
    out += w.say("# Answer each criterion: met, not_met, in_progress or planned; add evidence to every met.\n");
    out += w.say("# Format: docs/assessment-format.md. Check it with: wwc-score check FILE\n");
    out += layout("format: wwc-assessment/1\ncriteria: {0}\ncity:\n", {set.id});
    out += w.say("  name: Your City          # replace\n");
    out += w.say("  region: ST               # optional: state or province\n");
    out += w.say("  country: US              # ISO 3166-1 alpha-2\n");
    out += w.say("  population: 100000       # replace\n");
    out += layout("assessed_on: {0}\n", {date});
    out += w.say("prepared_by: Your office   # optional\n");
    out += "responses:\n";
    for (const Practice& p : set.practices) {
        out += layout("  # {0} {1}\n", {p.id, p.name});
        for (const Criterion& c : set.criteria) {
            if (c.practice != p.id || !is_counted(c, date)) continue;
            const std::string pad(answer_column + 1 - std::min(c.id.size(), answer_column), ' ');
            out += layout("  {0}: not_met{1} # {2}\n", {c.id, pad, c.name});
            if (!c.checklist.empty()) {
                std::vector<std::string> items;
                for (const ChecklistItem& item : c.checklist) items.push_back(item.id);
                out += w.say("  #   or {0}: {{checklist: [{1}]}}  (the items met; {2} needed)\n",
                             {c.id, join(items), c.checklist_min});
            }
        }
    }
    if (set.outcomes.empty()) return out;
    out += w.say("# Outcomes: uncomment and fill in the ones you report.\n");
    out += "# outcomes:\n";
    for (const Outcome& o : set.outcomes) {
        const OutcomeStandard& standard = o.default_standard();
        out += layout("#   {0}: {1}  # {2}\n",
                      {o.id,
                       standard.measured() ? "{value: 0, year: 2024, source: https://example.org/data}"
                                           : "{attested: true, evidence: [https://example.org/report]}",
                       name_standard(o, o.default_index, w)});
        if (o.standards.size() > 1) {
            std::vector<std::string> others;
            for (std::size_t i = 0; i < o.standards.size(); ++i)
                if (i != o.default_index) others.push_back(o.standards[i].id);
            out += w.say("#     to be held against another standard, add standard: one of {0}\n", {join(others)});
        }
    }
    return out;
}

std::string schema_modeline(const std::string& schema) {
    return layout("# yaml-language-server: $schema={0}\n", {schema});
}

}  // namespace wwc

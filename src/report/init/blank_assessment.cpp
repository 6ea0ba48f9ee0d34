#include "report/init/blank_assessment.hpp"

#include "report/wording.hpp"
#include "util/text.hpp"

namespace wwc {
namespace {

// Comment lines stay within this width, as yamllint's default asks.
constexpr std::size_t line_width = 80;

// `text` as comment lines: `indent` (the indentation of the YAML around it, as
// yamllint asks), "# ", `hang`, the text wrapped to the line width.
std::string comment(std::string_view text, std::string_view indent = "", std::string_view hang = "") {
    std::string out;
    for (const std::string& line : wrap_words(escape_unsafe(text), line_width - indent.size() - 2 - hang.size()))
        out += std::string(indent) + "# " + std::string(hang) + line + '\n';
    return out;
}

std::string header(const CriteriaSet& set, const std::string& date, const Words& w) {
    std::string out = "---\n";
    out += comment(w.say("A self-assessment for {0} ({1} version {2}).", {w.name(set), set.id, set.version}));
    out += comment(w.say("Answer each criterion with met, not_met, in_progress or planned. Values between < and > "
                         "are placeholders: replace them. Check the file with: wwc-score check FILE"));
    out += "#\n";
    out += comment(w.say("A criterion met is written in the long form, with the evidence that shows it, like this:"));
    out += "#\n";
    const std::string example_id = set.criteria.size() == 0 ? "ID" : set.criteria[0].id;
    out += layout("#   {0}:\n#     status: met\n#     evidence:\n", {example_id});
    out += layout("#       - url: {0}\n#         title: {1}\n#         date: {2}\n#     notes: {3}\n",
                  {w.say("<link to the document>"), w.say("<title of the document>"), date,
                   w.say("<what the evidence shows>")});
    return out;
}

std::string city(const std::string& date, const Words& w) {
    std::string out = "city:\n";
    out += layout("  name: {0}\n", {w.say("<name of the city>")});
    out += layout("  region: {0}  # {1}\n", {w.say("<state or province>"), w.say("optional")});
    out += layout("  country: US  # {0}\n", {w.say("two-letter ISO 3166-1 code")});
    out += layout("  population: 100000  # {0}\n", {w.say("replace")});
    out += layout("assessed_on: {0}\n", {date});
    out += layout("prepared_by: {0}  # {1}\n", {w.say("<office or team>"), w.say("optional")});
    return out;
}

// One criterion: its name and summary as comments, its checklist when it has
// one, then its answer.
std::string criterion(const Criterion& c, const Words& w) {
    std::string out = comment(layout("{0} {1}", {c.id, w.name(c)}), "  ");
    if (!w.summary(c).empty()) out += comment(w.summary(c), "  ", "  ");
    if (!c.checklist.empty()) {
        out += comment(w.say("Or list the items met ({0} of {1} needed): {2}: {{checklist: [...]}}",
                             {c.checklist_min, c.checklist.size(), c.id}),
                       "  ", "  ");
        for (const ChecklistItem& item : c.checklist)
            out += comment(w.text(item).empty() ? item.id : layout("{0}: {1}", {item.id, w.text(item)}), "  ", "    ");
    }
    return out + layout("  {0}: not_met\n", {c.id});
}

std::string outcomes(const CriteriaSet& set, const std::string& date, const Words& w) {
    if (set.outcomes.empty()) return {};
    std::string out = '\n' + comment(w.say("Outcomes: uncomment and fill in the ones the city reports."));
    out += "# outcomes:\n";
    const std::string year = date.substr(0, 4);
    for (const Outcome& o : set.outcomes) {
        out += comment(layout("{0}: {1}", {w.name(o), describe_standard(o, w)}));
        const bool measured = o.at_most || o.at_least;
        out += measured ? layout("#   {0}: {{value: 0, year: {1}, source: {2}}}\n", {o.id, year, w.say("<link to the data>")})
                        : layout("#   {0}: {{attested: true, evidence: [{1}]}}\n", {o.id, w.say("<link to the document>")});
    }
    return out;
}

}  // namespace

std::string blank_assessment(const CriteriaSet& set, const std::string& date, const Words& w) {
    std::string out = header(set, date, w);
    out += layout("format: wwc-assessment/1\ncriteria: {0}\n", {set.id});
    out += city(date, w);
    out += "responses:\n";
    for (const Practice& p : set.practices) {
        out += '\n' + comment(layout("{0}: {1}", {p.id, w.name(p)}), "  ");
        for (const Criterion& c : set.criteria)
            if (c.practice == p.id && is_counted(c, date)) out += criterion(c, w);
    }
    return out + outcomes(set, date, w);
}

std::string schema_modeline(const std::string& schema) {
    return layout("# yaml-language-server: $schema={0}\n", {schema});
}

}  // namespace wwc

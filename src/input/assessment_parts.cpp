#include "input/assessment_parts.hpp"

#include <cstddef>
#include <optional>
#include <string>

#include "util/suggest.hpp"
#include "util/text.hpp"

namespace wwc {
namespace {

// An evidence item written "- Minutes: January 2023" reads as a mapping of one
// entry whose key is not a key name.
const YamlEntry* text_with_colon(const YamlNode& item) {
    if (item.kind != YamlNode::Kind::mapping || item.entries.size() != 1) return nullptr;
    const YamlEntry& entry = item.entries[0];
    // Evidence keys are lower-case words: a capital, a space or a digit is text.
    if (entry.key.find_first_of(" 0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ") == std::string::npos) return nullptr;
    return entry.value.kind == YamlNode::Kind::scalar && entry.value.line == entry.line ? &entry : nullptr;
}

bool all_digits(const std::string& text) {
    return !text.empty() && text.find_first_not_of("0123456789") == std::string::npos;
}

// "{value: 7,1, year: 2022}" reads as "value: 7" and a key "1" (or "1%"): a
// decimal comma in a mapping written on one line. The number meant, or nullopt.
std::optional<std::string> split_decimal(const YamlEntry& before, const YamlEntry& stray) {
    std::string decimals = stray.key;
    if (!decimals.empty() && decimals.back() == '%') decimals.pop_back();
    while (!decimals.empty() && decimals.back() == ' ') decimals.pop_back();
    const YamlNode& number = before.value;
    const bool split = before.key == "value" && number.kind == YamlNode::Kind::scalar && number.plain &&
                       all_digits(number.value) && stray.value.kind == YamlNode::Kind::null &&
                       stray.line == number.line && all_digits(decimals);
    return split ? std::optional<std::string>(number.value + "." + decimals) : std::nullopt;
}

// `node` without the stray key of a split decimal, which is reported.
YamlNode without_split_decimal(TreeReader& r, const YamlNode& node) {
    YamlNode out = node;
    for (std::size_t i = 1; i < out.entries.size(); ++i) {
        const std::optional<std::string> fixed = split_decimal(out.entries[i - 1], out.entries[i]);
        if (!fixed) continue;
        r.error(out.entries[i - 1].value,
                out.entries[i].key.back() == '%'
                    ? msg("'{0}' must be the number alone: write {1}", "value", *fixed)
                    : msg("'{0}' must be a number written with a '.' for decimals: write {1}", "value", *fixed));
        out.entries.erase(out.entries.begin() + static_cast<std::ptrdiff_t>(i));
        break;
    }
    return out;
}

// The standard of `outcome` the report names in `node`, or its default; an
// unknown id is an error with a suggestion.
const OutcomeStandard& named_standard(TreeReader& r, const YamlNode* node, const Outcome& outcome,
                                      const std::string& id) {
    if (id.empty() || !node) return outcome.default_standard();
    if (const std::optional<std::size_t> i = outcome.find_standard(id)) return outcome.standards[*i];
    const std::vector<std::string> known = outcome.standard_ids();
    r.error(*node, known.empty()
                       ? msg("outcome '{0}' has one standard, with no id; remove 'standard'", outcome.id)
                       : suggesting(msg("unknown standard '{0}' for outcome '{1}' (known: {2})", id, outcome.id,
                                        join(known)),
                                    r.suggest(id, known)));
    return outcome.default_standard();
}

OutcomeReport read_outcome(TreeReader& r, const YamlEntry& entry, const Outcome* outcome) {
    OutcomeReport out;
    out.outcome = entry.key;
    out.where = r.at(entry);
    const YamlNode node = without_split_decimal(r, entry.value);
    if (!r.expect(node, YamlNode::Kind::mapping, entry.key)) return out;
    r.check_keys(node, {"value", "year", "source", "attested", "goal", "evidence", "standard", "notes"},
                 msg("outcome '{0}'", entry.key));
    out.value = r.number(node.find("value"), "value");
    out.year = r.integer(node.find("year"), "year", 1900, 2999);
    out.source = r.text(node.find("source"), "source").value_or("");
    out.attested = r.boolean(node.find("attested"), "attested").value_or(false);
    out.goal = r.integer(node.find("goal"), "goal", 1, 17);
    out.evidence = read_evidence(r, node.find("evidence"));
    out.standard = r.text(node.find("standard"), "standard").value_or("");
    r.multiline_text(node.find("notes"), "notes");  // read for its type; outcome notes are not reported
    if (!outcome) return out;
    // What the report must give follows the standard it is held against.
    const OutcomeStandard& standard = named_standard(r, node.find("standard"), *outcome, out.standard);
    if (out.attested && out.evidence.empty() && standard.attestation)
        r.warning(node, msg("outcome '{0}' is attested without evidence, so it does not meet its standard", entry.key));
    if (out.attested && !standard.attestation)
        r.error(*node.find("attested"),
                msg("outcome '{0}' must be measured: give a 'value'; attestation is not accepted for it", entry.key));
    if (out.value && !standard.measured())
        r.error(
            *node.find("value"),
            msg("outcome '{0}' is met by attestation, not by a value; use 'attested: true' with evidence", entry.key));
    if (!node.find("value") && !node.find("attested"))
        r.error(node, standard.measured() ? msg("outcome '{0}' needs a 'value'", entry.key)
                                          : msg("outcome '{0}' needs 'attested: true' and evidence", entry.key));
    return out;
}

}  // namespace

std::vector<Evidence> read_evidence(TreeReader& r, const YamlNode* list) {
    std::vector<Evidence> out;
    if (!list || !r.expect(*list, YamlNode::Kind::sequence, "evidence")) return out;
    for (const YamlNode& item : list->items) {
        Evidence e;
        if (item.kind == YamlNode::Kind::scalar) {
            const std::string value = r.text(&item, "evidence").value_or("");
            (value.find("://") != std::string::npos ? e.url : e.title) = value;
            if (value.empty() && item.value.empty()) r.error(item, msg("an evidence item must not be empty"));
        } else if (const YamlEntry* text = text_with_colon(item)) {
            r.error(r.at(*text), msg("a ':' inside a value: put the value in quotes"));
            continue;
        } else if (r.expect(item, YamlNode::Kind::mapping, "evidence item")) {
            r.check_keys(item, {"url", "title", "date"}, msg("an evidence item"));
            e.url = r.text(item.find("url"), "url").value_or("");
            e.title = r.text(item.find("title"), "title").value_or("");
            e.date = r.date(item.find("date"), "date").value_or("");
            if (!item.find("url") && !item.find("title"))
                r.error(item, msg("an evidence item needs a 'url' or a 'title'"));
        } else {
            continue;
        }
        out.push_back(std::move(e));
    }
    return out;
}

void read_outcomes(TreeReader& r, const YamlNode* node, const CriteriaSet* set, Assessment& a) {
    if (!node) {
        if (set && !set->outcomes.empty())
            r.warning(Location{r.file(), 1, 1},
                      msg("no 'outcomes' reported; {0} needs outcomes to reach a level", set->id));
        return;
    }
    if (!r.expect(*node, YamlNode::Kind::mapping, "outcomes")) return;
    std::vector<std::string> ids;
    if (set)
        for (const Outcome& o : set->outcomes) ids.push_back(o.id);
    for (const YamlEntry& entry : node->entries) {
        const Outcome* outcome = set ? set->outcome(entry.key) : nullptr;
        if (set && !outcome) {
            r.error(r.at(entry),
                    set->outcomes.empty()
                        ? msg("{0} defines no outcomes; remove '{1}'", set->id, entry.key)
                        : suggesting(msg("unknown outcome '{0}'", entry.key), r.suggest(entry.key, ids)));
            continue;
        }
        a.outcomes.push_back(read_outcome(r, entry, outcome));
    }
}

}  // namespace wwc

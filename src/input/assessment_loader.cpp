#include "input/assessment_loader.hpp"

#include <algorithm>
#include <cctype>
#include <limits>
#include <unordered_set>

#include "input/assessment_parts.hpp"
#include "input/country_codes.hpp"
#include "input/tree_reader.hpp"
#include "input/value_fixes.hpp"
#include "util/dates.hpp"
#include "util/suggest.hpp"

namespace wwc {
namespace {

constexpr std::string_view format_id = "wwc-assessment/1";

std::vector<std::string> answer_ids() {
    std::vector<std::string> ids;
    for (Answer a : all_answers) ids.emplace_back(answer_id(a));
    return ids;
}

std::optional<Answer> parse_answer(TreeReader& r, const YamlNode& node) {
    const std::optional<std::string> name = r.text(&node, "status");
    if (!name) return std::nullopt;
    if (const std::optional<Answer> answer = answer_from_id(*name)) return answer;
    if (const std::optional<Answer> meant = meant_answer(*name)) {
        r.error(node, msg("'{0}' is not a status: write {1}", *name, answer_id(*meant)));
        return std::nullopt;
    }
    r.error(node, suggesting(msg("unknown status '{0}'; expected met, not_met, in_progress or planned", *name),
                             r.suggest(*name, answer_ids())));
    return std::nullopt;
}

// The answer a checklist gives: met when enough items are listed.
Answer checklist_answer(const Criterion& c, std::size_t listed) {
    return static_cast<int>(listed) >= c.checklist_min ? Answer::met : Answer::not_met;
}

void read_checklist(TreeReader& r, const YamlNode& node, const Criterion* c, Response& out) {
    std::vector<std::string> item_ids;
    if (c)
        for (const ChecklistItem& item : c->checklist) item_ids.push_back(item.id);
    if (c && c->checklist.empty()) {
        r.error(node, msg("criterion '{0}' has no checklist; give a 'status'", c->id));
        return;
    }
    if (!r.expect(node, YamlNode::Kind::sequence, "checklist")) return;
    const std::unordered_set<std::string_view> known(item_ids.begin(), item_ids.end());
    std::vector<std::string> listed;
    std::unordered_set<std::string> seen;
    for (const YamlNode& item : node.items) {
        const std::optional<std::string> id = r.text(&item, "checklist");
        if (!id) continue;
        if (c && !known.count(*id)) {
            r.error(item, suggesting(msg("unknown checklist item '{0}' for criterion '{1}'", *id, c->id),
                                     r.suggest(*id, item_ids)));
        } else if (!seen.insert(*id).second) {
            r.error(item, msg("checklist item '{0}' is listed twice", *id));
        } else {
            listed.push_back(*id);
        }
    }
    out.checklist = std::move(listed);
}

Response read_response(TreeReader& r, const YamlEntry& entry, const Criterion* c) {
    Response out;
    out.criterion = entry.key;
    out.where = r.at(entry);
    const YamlNode& node = entry.value;
    if (node.kind == YamlNode::Kind::scalar) {
        out.answer = parse_answer(r, node).value_or(Answer::not_met);
        return out;
    }
    if (node.kind == YamlNode::Kind::null) {
        r.error(r.at(entry), msg("the answer to '{0}' is empty; give a status", entry.key));
        return out;
    }
    if (node.kind != YamlNode::Kind::mapping) {
        r.error(node, msg("the answer to '{0}' must be a status or a mapping, not {1}", entry.key, kind_name(node.kind)));
        return out;
    }
    r.check_keys(node, {"status", "checklist", "evidence", "notes"}, msg("the answer to '{0}'", entry.key));
    const YamlNode* status_node = node.find("status");
    std::optional<Answer> answer;
    if (status_node) answer = parse_answer(r, *status_node);
    if (const YamlNode* checklist = node.find("checklist")) read_checklist(r, *checklist, c, out);
    out.evidence = read_evidence(r, node.find("evidence"));
    out.notes = r.multiline_text(node.find("notes"), "notes").value_or("");
    if (!status_node && !node.find("checklist")) {
        r.error(node, c && !c->checklist.empty() ? msg("the answer to '{0}' needs a 'status' or a 'checklist'", entry.key)
                                                 : msg("the answer to '{0}' needs a 'status'", entry.key));
        return out;
    }
    if (c && out.checklist) {
        const Answer derived = checklist_answer(*c, out.checklist->size());
        // A checklist short of its count agrees with not_met, in_progress and planned.
        const bool agrees = !answer || *answer == derived || (derived == Answer::not_met && *answer != Answer::met);
        if (!agrees)
            r.error(*status_node,
                    msg("status '{0}' disagrees with the checklist: {1} of {2} items listed, {3} needed, so the "
                        "criterion is {4}",
                        answer_id(*answer), static_cast<unsigned long>(out.checklist->size()),
                        static_cast<unsigned long>(c->checklist.size()), c->checklist_min, answer_id(derived)));
        out.answer = answer.value_or(derived);
        return out;
    }
    out.answer = answer.value_or(Answer::not_met);
    return out;
}

void read_city(TreeReader& r, const YamlNode& node, City& city) {
    if (!r.expect(node, YamlNode::Kind::mapping, "city")) return;
    const Message where = msg("'city'");
    r.check_keys(node, {"name", "region", "country", "population"}, where);
    city.name = r.text(r.required(node, "name", where), "name").value_or("");
    if (const YamlNode* name = node.find("name"); name && name->kind == YamlNode::Kind::scalar &&
                                                  name->value.find_first_not_of(" \t") == std::string::npos)
        r.error(*name, msg("'name' must not be empty"));
    city.region = r.text(node.find("region"), "region").value_or("");
    const YamlNode* country = r.required(node, "country", where);
    city.country = r.text(country, "country").value_or("");
    if (country && country->kind == YamlNode::Kind::scalar && !city.country.empty() && !is_country_code(city.country)) {
        std::string upper = city.country;
        std::transform(upper.begin(), upper.end(), upper.begin(),
                       [](unsigned char ch) { return static_cast<char>(std::toupper(ch)); });
        r.error(*country, is_country_code(upper)
                              ? suggesting(msg("'{0}' is not an ISO 3166-1 alpha-2 country code", city.country), upper)
                              : msg("'{0}' is not an ISO 3166-1 alpha-2 country code (such as US, CA or MX)",
                                    city.country));
    }
    const YamlNode* population = r.required(node, "population", where);
    const std::optional<long long> count = r.integer(population, "population", std::numeric_limits<long long>::min(),
                                                       std::numeric_limits<long long>::max());
    city.population = count.value_or(0);
    if (count && *count <= 0) r.error(*population, msg("'population' must be greater than 0, not {0}", *count));
}

// Warnings for evidence dated after `as_of`, and for a met whose newest dated
// evidence is older than its criterion allows.
void check_evidence_dates(TreeReader& r, const YamlNode& at, const Criterion& c, const Response& response,
                          const std::string& as_of) {
    std::string newest;
    for (const Evidence& e : response.evidence) {
        if (e.date > as_of) r.warning(at, msg("evidence for '{0}' is dated {1}, after {2}", c.id, e.date, as_of));
        newest = std::max(newest, e.date);
    }
    if (!c.evidence_max_age_months || response.answer != Answer::met || newest.empty()) return;
    const std::string cutoff = months_before(as_of, *c.evidence_max_age_months);
    if (newest < cutoff)
        r.warning(at, msg("criterion '{0}' needs evidence from the last {1} months; the newest is dated {2} (judged "
                          "as of {3})",
                          c.id, *c.evidence_max_age_months, newest, as_of));
}

void read_responses(TreeReader& r, const YamlNode& node, const CriteriaSet* set, const std::string& as_of,
                    Assessment& a) {
    if (!r.expect(node, YamlNode::Kind::mapping, "responses")) return;
    std::vector<std::string> ids;
    if (set)
        for (const Criterion& c : set->criteria) ids.push_back(c.id);
    std::unordered_set<std::string_view> answered;
    for (const YamlEntry& entry : node.entries) {
        const Criterion* c = nullptr;
        if (set) {
            const std::optional<std::size_t> index = set->index_of(entry.key);
            if (!index) {
                r.error(r.at(entry), suggesting(msg("unknown criterion '{0}' in {1}", entry.key, set->id),
                                                r.suggest(entry.key, ids)));
                continue;
            }
            c = &set->criteria[*index];
            answered.insert(c->id);
        }
        Response response = read_response(r, entry, c);
        if (c && response.answer == Answer::met && c->evidence_expected && response.evidence.empty() &&
            is_counted(*c, a.assessed_on))
            r.warning(entry.value, msg("criterion '{0}' is met but lists no evidence", entry.key));
        if (c && !as_of.empty()) check_evidence_dates(r, entry.value, *c, response, as_of);
        a.responses.push_back(std::move(response));
    }
    if (!set) return;
    for (const Criterion& c : set->criteria)
        if (is_counted(c, a.assessed_on) && !answered.count(c.id))
            r.warning(node, msg("criterion '{0}' is not answered", c.id));
}

}  // namespace

LoadedAssessment load_assessment(const YamlNode& root, const std::string& file, const CriteriaSet* answered,
                                 const std::string& as_of) {
    TreeReader r(file);
    LoadedAssessment out;
    Assessment& a = out.assessment;
    a.path = file;
    if (root.kind == YamlNode::Kind::null) r.error(Location{file, 1, 1}, msg("the file is empty; expected an assessment"));
    else r.expect(root, YamlNode::Kind::mapping, "assessment file");
    r.throw_if_errors();
    const Message where = msg("the assessment");
    r.check_keys(root, {"format", "criteria", "city", "assessed_on", "prepared_by", "responses", "outcomes"}, where);
    if (const YamlNode* format = r.required(root, "format", where)) {
        const std::optional<std::string> value = r.text(format, "format");
        if (value && *value != format_id) r.error(*format, msg("unsupported format '{0}'; expected '{1}'", *value, format_id));
    }
    a.criteria = r.text(r.required(root, "criteria", where), "criteria").value_or("");
    if (const YamlNode* city = r.required(root, "city", where)) read_city(r, *city, a.city);
    const YamlNode* assessed_on = r.required(root, "assessed_on", where);
    a.assessed_on = r.date(assessed_on, "assessed_on").value_or("");
    if (!as_of.empty() && a.assessed_on > as_of)
        r.warning(*assessed_on, msg("'assessed_on' {0} is in the future: later than {1} (today, or the date of --as-of)",
                                    a.assessed_on, as_of));
    a.prepared_by = r.text(root.find("prepared_by"), "prepared_by").value_or("");
    if (const YamlNode* responses = r.required(root, "responses", where)) read_responses(r, *responses, answered, as_of, a);
    read_outcomes(r, root.find("outcomes"), answered, a);
    r.throw_if_errors();
    out.diagnostics = r.take_diagnostics();
    return out;
}

}  // namespace wwc

#include "assessment_loader.hpp"

#include <algorithm>
#include <cctype>
#include <set>

#include <fmt/format.h>

#include "country_codes.hpp"
#include "suggest.hpp"
#include "tree_reader.hpp"

namespace wwc {
namespace {

constexpr std::string_view format_id = "wwc-assessment/1";

const std::vector<std::string> answer_names = {"met", "not_met", "in_progress", "planned"};

std::optional<Status> parse_status(TreeReader& r, const YamlNode& node) {
    const std::optional<std::string> name = r.text(&node, "status");
    if (!name) return std::nullopt;
    for (std::size_t i = 0; i < answer_names.size(); ++i)
        if (*name == answer_names[i]) return static_cast<Status>(i);
    r.error(node, fmt::format("unknown status '{}'; expected met, not_met, in_progress or planned{}",
                              *name, did_you_mean(*name, answer_names)));
    return std::nullopt;
}

std::vector<Evidence> read_evidence(TreeReader& r, const YamlNode* list) {
    std::vector<Evidence> out;
    if (!list || !r.expect(*list, YamlNode::Kind::sequence, "evidence")) return out;
    for (const YamlNode& item : list->items) {
        Evidence e;
        if (item.kind == YamlNode::Kind::scalar) {
            (item.value.find("://") != std::string::npos ? e.url : e.title) = item.value;
        } else if (r.expect(item, YamlNode::Kind::mapping, "evidence item")) {
            r.check_keys(item, {"url", "title", "date"}, "evidence item");
            e.url = r.text(item.find("url"), "url").value_or("");
            e.title = r.text(item.find("title"), "title").value_or("");
            e.date = r.date(item.find("date"), "date").value_or("");
            if (!item.find("url") && !item.find("title"))
                r.error(item, "an evidence item needs a 'url' or a 'title'");
        } else {
            continue;
        }
        if (e.url.empty() && e.title.empty() && item.kind == YamlNode::Kind::scalar)
            r.error(item, "an evidence item must not be empty");
        out.push_back(std::move(e));
    }
    return out;
}

// The status a checklist gives: met when enough items are listed.
Status checklist_status(const Criterion& c, std::size_t listed) {
    return static_cast<int>(listed) >= c.checklist_min ? Status::met : Status::not_met;
}

void read_checklist(TreeReader& r, const YamlNode& node, const Criterion* c, Response& out) {
    std::vector<std::string> item_ids;
    if (c)
        for (const ChecklistItem& item : c->checklist) item_ids.push_back(item.id);
    if (c && c->checklist.empty()) {
        r.error(node, fmt::format("criterion '{}' has no checklist; give a 'status'", c->id));
        return;
    }
    if (!r.expect(node, YamlNode::Kind::sequence, "checklist")) return;
    std::vector<std::string> listed;
    for (const YamlNode& item : node.items) {
        const std::optional<std::string> id = r.text(&item, "checklist");
        if (!id) continue;
        if (c && std::find(item_ids.begin(), item_ids.end(), *id) == item_ids.end()) {
            r.error(item, fmt::format("unknown checklist item '{}' for criterion '{}'{}", *id, c->id,
                                      did_you_mean(*id, item_ids)));
        } else if (std::find(listed.begin(), listed.end(), *id) != listed.end()) {
            r.error(item, fmt::format("checklist item '{}' is listed twice", *id));
        } else {
            listed.push_back(*id);
        }
    }
    out.checklist = std::move(listed);
}

Response read_response(TreeReader& r, const YamlEntry& entry, const Criterion* c) {
    Response out;
    out.criterion = entry.key;
    out.line = entry.line;
    out.column = entry.column;
    const YamlNode& node = entry.value;
    if (node.kind == YamlNode::Kind::scalar) {
        out.status = parse_status(r, node).value_or(Status::unanswered);
        return out;
    }
    if (node.kind == YamlNode::Kind::null) {
        r.error(Location{r.file(), entry.line, entry.column},
                fmt::format("the answer to '{}' is empty; give a status", entry.key));
        return out;
    }
    if (node.kind != YamlNode::Kind::mapping) {
        r.error(node, fmt::format("the answer to '{}' must be a status or a mapping, not {}",
                                  entry.key, kind_name(node.kind)));
        return out;
    }
    r.check_keys(node, {"status", "checklist", "evidence", "notes"},
                 fmt::format("the answer to '{}'", entry.key));
    const YamlNode* status_node = node.find("status");
    std::optional<Status> status;
    if (status_node) status = parse_status(r, *status_node);
    if (const YamlNode* checklist = node.find("checklist")) read_checklist(r, *checklist, c, out);
    out.evidence = read_evidence(r, node.find("evidence"));
    out.notes = r.text(node.find("notes"), "notes").value_or("");
    if (!status_node && !node.find("checklist")) {
        r.error(node, fmt::format("the answer to '{}' needs a 'status'{}", entry.key,
                                  c && !c->checklist.empty() ? " or a 'checklist'" : ""));
        return out;
    }
    if (c && out.checklist) {
        const Status derived = checklist_status(*c, out.checklist->size());
        // A checklist short of its count agrees with not_met, in_progress and planned.
        const bool agrees = !status || *status == derived ||
                            (derived == Status::not_met && *status != Status::met);
        if (!agrees) {
            r.error(*status_node,
                    fmt::format("status '{}' disagrees with the checklist: {} of {} items listed, {} "
                                "needed, so the criterion is {}",
                                status_name(*status), out.checklist->size(), c->checklist.size(),
                                c->checklist_min, status_name(derived)));
        }
        out.status = status.value_or(derived);
        return out;
    }
    out.status = status.value_or(Status::unanswered);
    return out;
}

void read_city(TreeReader& r, const YamlNode& node, City& city) {
    if (!r.expect(node, YamlNode::Kind::mapping, "city")) return;
    r.check_keys(node, {"name", "region", "country", "population"}, "'city'");
    city.name = r.text(r.required(node, "name", "'city'"), "name").value_or("");
    if (const YamlNode* name = node.find("name"); name && name->kind == YamlNode::Kind::scalar &&
                                                  city.name.find_first_not_of(" \t") == std::string::npos)
        r.error(*name, "'name' must not be empty");
    city.region = r.text(node.find("region"), "region").value_or("");
    const YamlNode* country = r.required(node, "country", "'city'");
    city.country = r.text(country, "country").value_or("");
    if (country && country->kind == YamlNode::Kind::scalar && !is_country_code(city.country)) {
        std::string upper = city.country;
        std::transform(upper.begin(), upper.end(), upper.begin(),
                       [](unsigned char ch) { return static_cast<char>(std::toupper(ch)); });
        r.error(*country, fmt::format("'{}' is not an ISO 3166-1 alpha-2 country code{}", city.country,
                                      is_country_code(upper) ? fmt::format("; did you mean '{}'?", upper)
                                                             : std::string(" (such as US, CA or MX)")));
    }
    const YamlNode* population = r.required(node, "population", "'city'");
    const std::optional<long long> count = r.integer(population, "population");
    city.population = count.value_or(0);
    if (count && *count <= 0)
        r.error(*population, fmt::format("'population' must be greater than 0, not {}", *count));
}

OutcomeReport read_outcome(TreeReader& r, const YamlEntry& entry, const Outcome* standard) {
    OutcomeReport out;
    out.outcome = entry.key;
    out.line = entry.line;
    out.column = entry.column;
    const YamlNode& node = entry.value;
    if (!r.expect(node, YamlNode::Kind::mapping, entry.key)) return out;
    r.check_keys(node, {"value", "year", "source", "attested", "goal", "evidence", "notes"},
                 fmt::format("outcome '{}'", entry.key));
    out.value = r.number(node.find("value"), "value");
    out.year = r.integer(node.find("year"), "year");
    if (const YamlNode* year = node.find("year"); year && out.year && (*out.year < 1900 || *out.year > 2999))
        r.error(*year, fmt::format("'year' must be a four-digit year, not {}", *out.year));
    out.source = r.text(node.find("source"), "source").value_or("");
    out.attested = r.boolean(node.find("attested"), "attested").value_or(false);
    out.goal = r.integer(node.find("goal"), "goal");
    if (const YamlNode* goal = node.find("goal"); goal && out.goal && (*out.goal < 1 || *out.goal > 17))
        r.error(*goal, fmt::format("'goal' must be a UN Sustainable Development Goal from 1 to 17, not {}",
                                   *out.goal));
    out.evidence = read_evidence(r, node.find("evidence"));
    r.text(node.find("notes"), "notes");
    if (!standard) return out;
    if (out.attested && out.evidence.empty() && standard->attestation)
        r.warning(node, fmt::format("outcome '{}' is attested without evidence, so it does not meet its standard",
                                    entry.key));
    const bool measured = standard->at_most || standard->at_least;
    if (out.attested && !standard->attestation)
        r.error(*node.find("attested"),
                fmt::format("outcome '{}' must be measured: give a 'value'; attestation is not accepted for it",
                            entry.key));
    if (out.value && !measured)
        r.error(*node.find("value"), fmt::format("outcome '{}' is met by attestation, not by a value; "
                                                 "use 'attested: true' with evidence", entry.key));
    if (!out.value && !node.find("attested"))
        r.error(node, fmt::format("outcome '{}' needs {}", entry.key,
                                  measured ? "a 'value'" : "'attested: true' and evidence"));
    return out;
}

// Warnings for evidence dated after `as_of`, and for a met whose newest dated
// evidence is older than its criterion allows.
void check_evidence_dates(TreeReader& r, const YamlNode& at, const Criterion& c, const Response& response,
                          const std::string& as_of) {
    std::string newest;
    for (const Evidence& e : response.evidence) {
        if (e.date > as_of)
            r.warning(at, fmt::format("evidence for '{}' is dated {}, after {}", c.id, e.date, as_of));
        newest = std::max(newest, e.date);
    }
    if (c.evidence_max_age_months == 0 || response.status != Status::met || newest.empty()) return;
    const std::string cutoff = months_before(as_of, c.evidence_max_age_months);
    if (newest < cutoff)
        r.warning(at, fmt::format("criterion '{}' needs evidence from the last {} months; the newest is dated {} "
                                  "(judged as of {})",
                                  c.id, c.evidence_max_age_months, newest, as_of));
}

void read_responses(TreeReader& r, const YamlNode& node, const CriteriaSet* set, const std::string& as_of,
                    Assessment& a) {
    if (!r.expect(node, YamlNode::Kind::mapping, "responses")) return;
    std::vector<std::string> ids;
    if (set)
        for (const Criterion& c : set->criteria) ids.push_back(c.id);
    for (const YamlEntry& entry : node.entries) {
        const Criterion* c = nullptr;
        if (set) {
            const int index = set->index_of(entry.key);
            if (index < 0) {
                r.error(Location{r.file(), entry.line, entry.column},
                        fmt::format("unknown criterion '{}' in {}{}", entry.key, set->id,
                                    did_you_mean(entry.key, ids)));
                continue;
            }
            c = &set->criteria[static_cast<std::size_t>(index)];
        }
        Response response = read_response(r, entry, c);
        if (c && response.status == Status::met && c->evidence_expected && response.evidence.empty() &&
            is_counted(*c, a.assessed_on))
            r.warning(entry.value, fmt::format("criterion '{}' is met but lists no evidence", entry.key));
        if (c && !as_of.empty()) check_evidence_dates(r, entry.value, *c, response, as_of);
        a.responses.push_back(std::move(response));
    }
    if (!set) return;
    for (const Criterion& c : set->criteria)
        if (is_counted(c, a.assessed_on) && !a.response(c.id))
            r.warning(node, fmt::format("criterion '{}' ({}) is not answered", c.id, c.name));
}

void read_outcomes(TreeReader& r, const YamlNode* node, const CriteriaSet* set, Assessment& a) {
    if (!node) {
        if (set && !set->outcomes.empty())
            r.warning(Location{r.file(), 1, 1},
                      fmt::format("no 'outcomes' reported; {} needs outcomes to reach a level", set->id));
        return;
    }
    if (!r.expect(*node, YamlNode::Kind::mapping, "outcomes")) return;
    std::vector<std::string> ids;
    if (set)
        for (const Outcome& o : set->outcomes) ids.push_back(o.id);
    for (const YamlEntry& entry : node->entries) {
        const Outcome* standard = set ? set->outcome(entry.key) : nullptr;
        if (set && !standard) {
            r.error(Location{r.file(), entry.line, entry.column},
                    set->outcomes.empty()
                        ? fmt::format("{} defines no outcomes; remove '{}'", set->id, entry.key)
                        : fmt::format("unknown outcome '{}'{}", entry.key, did_you_mean(entry.key, ids)));
            continue;
        }
        a.outcomes.push_back(read_outcome(r, entry, standard));
    }
}

}  // namespace

LoadedAssessment load_assessment(const YamlNode& root, const std::string& file,
                                 const CriteriaSet* answered, const std::string& as_of) {
    TreeReader r(file);
    LoadedAssessment out;
    Assessment& a = out.assessment;
    a.path = file;
    if (root.kind == YamlNode::Kind::null) r.error(Location{file, 1, 1}, "the file is empty; expected an assessment");
    else r.expect(root, YamlNode::Kind::mapping, "assessment file");
    r.throw_if_errors();
    r.check_keys(root, {"format", "criteria", "city", "assessed_on", "prepared_by", "responses",
                        "outcomes"},
                 "the assessment");
    if (const YamlNode* format = r.required(root, "format", "the assessment")) {
        const std::optional<std::string> value = r.text(format, "format");
        if (value && *value != format_id)
            r.error(*format, fmt::format("unsupported format '{}'; expected '{}'", *value, format_id));
    }
    a.criteria = r.text(r.required(root, "criteria", "the assessment"), "criteria").value_or("");
    if (const YamlNode* city = r.required(root, "city", "the assessment")) read_city(r, *city, a.city);
    a.assessed_on = r.date(r.required(root, "assessed_on", "the assessment"), "assessed_on").value_or("");
    a.prepared_by = r.text(root.find("prepared_by"), "prepared_by").value_or("");
    if (const YamlNode* responses = r.required(root, "responses", "the assessment"))
        read_responses(r, *responses, answered, as_of, a);
    read_outcomes(r, root.find("outcomes"), answered, a);
    r.throw_if_errors();
    out.diagnostics = r.take_diagnostics();
    return out;
}

}  // namespace wwc

#include "input/criteria_loader.hpp"

#include <algorithm>
#include <functional>
#include <set>
#include <utility>

#include "input/criteria_references.hpp"
#include "input/source_file.hpp"
#include "input/tree_reader.hpp"
#include "model/language.hpp"
#include "util/sha256.hpp"
#include "util/suggest.hpp"
#include "util/text.hpp"

namespace wwc {
namespace {

constexpr std::string_view format_id = "wwc-criteria/1";

// Ids name things in reports, diagnostics and files: one word, no spaces.
constexpr std::string_view id_characters =
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.";

std::string text_or(TreeReader& r, const YamlNode& map, std::string_view key) {
    return r.text(map.find(key), key).value_or("");
}

// A required id: one word of letters, digits, '_', '-' and '.'.
std::string read_id(TreeReader& r, const YamlNode& map, const Message& where) {
    const YamlNode* node = r.required(map, "id", where);
    std::string id = r.text(node, "id").value_or("");
    if (node && node->kind == YamlNode::Kind::scalar && !id.empty() &&
        id.find_first_not_of(id_characters) != std::string::npos) {
        r.error(*node, msg("the id '{0}' must be one word of letters, digits, '_', '-' or '.'", id));
        return {};
    }
    // An id refused for a control character is not also called empty.
    if (node && node->kind == YamlNode::Kind::scalar && node->value.empty())
        r.error(*node, msg("the id must not be empty"));
    return id;
}

std::vector<std::string> translation_tags() {
    std::vector<std::string> tags;
    for (Language l : all_languages)
        if (l != Language::en) tags.emplace_back(language_tag(l));
    return tags;
}

// A language tag the tool translates into, or an error with a suggestion.
bool check_language(TreeReader& r, const YamlEntry& entry) {
    const std::vector<std::string> tags = translation_tags();
    if (std::find(tags.begin(), tags.end(), entry.key) != tags.end()) return true;
    r.error(r.at(entry), suggesting(msg("unknown language '{0}' (known: {1})", entry.key, join(tags)),
                                    r.suggest(entry.key, tags)));
    return false;
}

// `translations: {es: {name: ..., summary: ...}, pt-BR: {...}}`: each language
// may translate only `fields`.
Translations read_translations(TreeReader& r, const YamlNode& map, std::initializer_list<std::string_view> fields) {
    Translations out;
    const YamlNode* node = map.find("translations");
    if (!node || !r.expect(*node, YamlNode::Kind::mapping, "translations")) return out;
    for (const YamlEntry& language : node->entries) {
        if (!check_language(r, language) || !r.expect(language.value, YamlNode::Kind::mapping, language.key)) continue;
        r.check_keys(language.value, fields, msg("the '{0}' translation", language.key));
        for (const YamlEntry& field : language.value.entries)
            if (std::find(fields.begin(), fields.end(), field.key) != fields.end())
                if (std::optional<std::string> text = r.text(&field.value, field.key))
                    out[language.key][field.key] = std::move(*text);
    }
    return out;
}

// `languages: {es: {name, notice, provenance, note}, ...}`.
void read_languages(TreeReader& r, const YamlNode& node, CriteriaSet& set) {
    if (!r.expect(node, YamlNode::Kind::mapping, "languages")) return;
    for (const YamlEntry& entry : node.entries) {
        if (!check_language(r, entry) || !r.expect(entry.value, YamlNode::Kind::mapping, entry.key)) continue;
        const YamlNode& map = entry.value;
        const Message where = msg("the '{0}' translation", entry.key);
        r.check_keys(map, {"name", "notice", "provenance", "note"}, where);
        SetLanguage language;
        language.name = r.text(r.required(map, "name", where), "name").value_or("");
        language.notice = text_or(r, map, "notice");
        language.note = text_or(r, map, "note");
        const YamlNode* provenance = r.required(map, "provenance", where);
        const std::string value = r.text(provenance, "provenance").value_or("ours");
        if (value != "ours" && value != "official")
            r.error(*provenance, msg("'provenance' of a translation must be ours or official, not '{0}'", value));
        language.official = value == "official";
        set.languages.emplace(entry.key, std::move(language));
    }
}

// Reads a list of mappings, calling `read` on each mapping item.
void for_each_mapping(TreeReader& r, const YamlNode* list, std::string_view what,
                      const std::function<void(const YamlNode&)>& read) {
    if (!list || !r.expect(*list, YamlNode::Kind::sequence, what)) return;
    for (const YamlNode& item : list->items)
        if (r.expect(item, YamlNode::Kind::mapping, what)) read(item);
}

// Reports the second and later uses of an id.
void check_unique(TreeReader& r, std::set<std::string>& seen, const std::string& id, const YamlNode& at,
                  const Message& what) {
    if (!id.empty() && !seen.insert(id).second) r.error(at, msg("{0} '{1}' is defined twice", what, id));
}

void read_checklist(TreeReader& r, const YamlNode& node, Criterion& c) {
    if (!r.expect(node, YamlNode::Kind::mapping, "checklist")) return;
    r.check_keys(node, {"min_met", "items"}, msg("the checklist"));
    std::set<std::string> seen;
    for_each_mapping(r, r.required(node, "items", msg("the checklist")), "items", [&](const YamlNode& item) {
        r.check_keys(item, {"id", "text", "translations"}, msg("a checklist item"));
        ChecklistItem ci{read_id(r, item, msg("a checklist item")), text_or(r, item, "text"),
                         read_translations(r, item, {"text"})};
        check_unique(r, seen, ci.id, item, msg("checklist item"));
        c.checklist.push_back(std::move(ci));
    });
    const YamlNode* min = r.required(node, "min_met", msg("the checklist"));
    const auto items = static_cast<long long>(std::max<std::size_t>(1, c.checklist.size()));
    c.checklist_min = static_cast<int>(r.integer(min, "min_met", 1, items).value_or(1));
}

std::optional<Provenance> read_provenance(TreeReader& r, const YamlNode* node) {
    const std::optional<std::string> value = r.text(node, "provenance");
    if (!value) return std::nullopt;
    for (Provenance p : {Provenance::read, Provenance::partial, Provenance::inferred})
        if (*value == provenance_id(p)) return p;
    r.error(*node, msg("'provenance' must be read, partial or inferred, not '{0}'", *value));
    return std::nullopt;
}

Criterion read_criterion(TreeReader& r, const YamlNode& node, bool evidence_expected) {
    const Message where = msg("a criterion");
    r.check_keys(node, {"id", "name", "practice", "summary", "provenance", "note", "points", "core", "equity",
                        "evidence_expected", "evidence_max_age_months", "prerequisites", "checklist", "future",
                        "retired", "translations"},
                 where);
    Criterion c;
    c.where = r.at(node);
    c.id = read_id(r, node, where);
    c.name = r.text(r.required(node, "name", where), "name").value_or("");
    c.practice = r.text(r.required(node, "practice", where), "practice").value_or("");
    c.summary = text_or(r, node, "summary");
    c.note = text_or(r, node, "note");
    c.provenance = read_provenance(r, r.required(node, "provenance", where)).value_or(Provenance::read);
    c.points = static_cast<int>(r.integer(node.find("points"), "points", 1, 1000).value_or(1));
    c.core = r.boolean(node.find("core"), "core").value_or(false);
    c.equity = r.boolean(node.find("equity"), "equity").value_or(false);
    c.evidence_expected = r.boolean(node.find("evidence_expected"), "evidence_expected").value_or(evidence_expected);
    if (const auto age = r.integer(node.find("evidence_max_age_months"), "evidence_max_age_months", 1, 1200))
        c.evidence_max_age_months = static_cast<int>(*age);
    c.prerequisites = r.text_list(node.find("prerequisites"), "prerequisites");
    if (const YamlNode* checklist = node.find("checklist")) read_checklist(r, *checklist, c);
    c.future = r.date(node.find("future"), "future").value_or("");
    c.retired = r.boolean(node.find("retired"), "retired").value_or(false);
    if (c.retired && !c.future.empty())
        r.error(node, msg("criterion '{0}' cannot be both future and retired", c.id));
    c.translations = read_translations(r, node, {"name", "summary"});
    return c;
}

// The threshold keys a standard shares with an outcome of the older form,
// which carries them itself: `at_most`, `at_least`, `attestation`, `source`.
void read_threshold(TreeReader& r, const YamlNode& node, OutcomeStandard& s, const Message& whose) {
    s.where = r.at(node);
    s.at_most = r.number(node.find("at_most"), "at_most");
    s.at_least = r.number(node.find("at_least"), "at_least");
    s.attestation = r.boolean(node.find("attestation"), "attestation").value_or(false);
    s.source = text_or(r, node, "source");
    if (s.at_most && s.at_least) r.error(node, msg("{0} has both 'at_most' and 'at_least'", whose));
    if (!s.at_most && !s.at_least && !s.attestation)
        r.error(node, msg("{0} needs 'at_most', 'at_least' or 'attestation: true'", whose));
}

// `standards: [{id, at_most | at_least | attestation, source, interim, note}]`
// and `default: ID` (needed when there is more than one standard).
void read_standards(TreeReader& r, const YamlNode& node, const YamlNode& list, Outcome& o) {
    std::set<std::string> seen;
    for_each_mapping(r, &list, "standards", [&](const YamlNode& item) {
        const Message where = msg("a standard of outcome '{0}'", o.id);
        r.check_keys(item, {"id", "at_most", "at_least", "attestation", "source", "interim", "note"}, where);
        OutcomeStandard s;
        s.id = read_id(r, item, where);
        read_threshold(r, item, s, msg("standard '{0}' of outcome '{1}'", s.id, o.id));
        s.interim = r.boolean(item.find("interim"), "interim").value_or(false);
        s.note = text_or(r, item, "note");
        check_unique(r, seen, s.id, item, msg("standard"));
        o.standards.push_back(std::move(s));
    });
    if (list.kind == YamlNode::Kind::sequence && list.items.empty())
        r.error(list, msg("outcome '{0}' lists no standards", o.id));
    const YamlNode* default_node = node.find("default");
    if (!default_node) {
        if (o.standards.size() > 1)
            r.error(node, msg("outcome '{0}' lists {1} standards; name the one that applies by default with "
                              "'default'",
                              o.id, static_cast<unsigned long>(o.standards.size())));
        return;
    }
    const std::optional<std::string> wanted = r.text(default_node, "default");
    if (!wanted || o.standards.empty()) return;
    if (const std::optional<std::size_t> i = o.find_standard(*wanted)) o.default_index = *i;
    else
        r.error(*default_node,
                suggesting(msg("the default of outcome '{0}' names unknown standard '{1}' (known: {2})", o.id,
                               *wanted, join(o.standard_ids())),
                           r.suggest(*wanted, o.standard_ids())));
}

// An outcome lists its standards, or (the older form) carries one threshold itself.
Outcome read_outcome(TreeReader& r, const YamlNode& node) {
    const Message where = msg("an outcome");
    r.check_keys(node, {"id", "name", "measure", "unit", "standards", "default", "at_most", "at_least",
                        "attestation", "source", "note", "translations"},
                 where);
    Outcome o;
    o.where = r.at(node);
    o.id = read_id(r, node, where);
    o.name = r.text(r.required(node, "name", where), "name").value_or("");
    o.measure = text_or(r, node, "measure");
    o.unit = text_or(r, node, "unit");
    o.note = text_or(r, node, "note");
    o.translations = read_translations(r, node, {"name", "measure", "unit"});
    if (const YamlNode* list = node.find("standards")) {
        for (std::string_view key : {"at_most", "at_least", "attestation", "source"})
            if (const YamlNode* own = node.find(key))
                r.error(*own, msg("outcome '{0}' lists its standards: put '{1}' in one of them", o.id, key));
        read_standards(r, node, *list, o);
    } else {
        if (const YamlNode* default_node = node.find("default"))
            r.error(*default_node, msg("outcome '{0}' has a 'default' but no 'standards'", o.id));
        OutcomeStandard implicit;
        read_threshold(r, node, implicit, msg("outcome '{0}'", o.id));
        o.standards.push_back(std::move(implicit));
    }
    if (o.standards.empty()) o.standards.emplace_back();  // keep default_standard() valid; the error is reported
    return o;
}

Level read_level(TreeReader& r, const YamlNode& node) {
    const Message where = msg("a level");
    r.check_keys(node, {"id", "name", "min_percent", "required", "outcomes", "source", "note", "translations"}, where);
    Level l;
    l.where = r.at(node);
    l.id = read_id(r, node, where);
    l.name = r.text(r.required(node, "name", where), "name").value_or("");
    l.min_percent = static_cast<int>(r.integer(r.required(node, "min_percent", where), "min_percent", 0, 100).value_or(0));
    l.required = r.text_list(node.find("required"), "required");
    if (const YamlNode* rule = node.find("outcomes"); rule && r.expect(*rule, YamlNode::Kind::mapping, "outcomes")) {
        const Message rule_where = msg("a level's outcome rule");
        r.check_keys(*rule, {"min_met", "of"}, rule_where);
        OutcomeRule o;
        o.of = r.text_list(r.required(*rule, "of", rule_where), "of");
        const auto outcomes = static_cast<long long>(std::max<std::size_t>(1, o.of.size()));
        o.min_met = static_cast<int>(r.integer(r.required(*rule, "min_met", rule_where), "min_met", 1, outcomes).value_or(1));
        l.outcomes = std::move(o);
    }
    l.source = text_or(r, node, "source");
    l.note = text_or(r, node, "note");
    l.translations = read_translations(r, node, {"name"});
    return l;
}

void read_eligibility(TreeReader& r, const YamlNode& node, Eligibility& e) {
    if (!r.expect(node, YamlNode::Kind::mapping, "eligibility")) return;
    r.check_keys(node, {"min_population", "countries", "description", "note", "source", "translations"},
                 msg("the eligibility"));
    e.min_population = r.integer(node.find("min_population"), "min_population", 0, 100'000'000'000LL);
    e.countries = r.text_list(node.find("countries"), "countries");
    e.description = text_or(r, node, "description");
    e.note = text_or(r, node, "note");
    text_or(r, node, "source");  // read for its type; the set's sources list it
    e.translations = read_translations(r, node, {"description"});
}

void read_crosswalk(TreeReader& r, const YamlNode& node, CriteriaSet& set) {
    if (!r.expect(node, YamlNode::Kind::mapping, "crosswalk")) return;
    const Message where = msg("the crosswalk");
    r.check_keys(node, {"from", "provenance", "note", "map"}, where);
    Crosswalk x;
    x.where = r.at(node);
    x.from = r.text(r.required(node, "from", where), "from").value_or("");
    x.provenance = text_or(r, node, "provenance");
    x.note = text_or(r, node, "note");
    const YamlNode* map = r.required(node, "map", where);
    if (map && r.expect(*map, YamlNode::Kind::mapping, "map"))
        for (const YamlEntry& entry : map->entries) x.map[entry.key] = r.text_list(&entry.value, entry.key);
    if (x.from == set.id) r.error(node, msg("a crosswalk cannot map a set to itself"));
    set.crosswalk = std::move(x);
}

std::optional<SetStatus> read_set_status(TreeReader& r, const YamlNode* node) {
    const std::optional<std::string> value = r.text(node, "status");
    if (!value) return std::nullopt;
    for (SetStatus s : {SetStatus::official, SetStatus::reconstruction})
        if (*value == set_status_id(s)) return s;
    r.error(*node, msg("'status' must be official or reconstruction"));
    return std::nullopt;
}

}  // namespace

CriteriaSet load_criteria(std::string_view text, const std::string& file, const YamlLimits& limits) {
    ParsedYaml parsed = parse_yaml(check_utf8(text, file), file, limits);
    return load_criteria(std::move(parsed), file, sha256_hex(text));
}

CriteriaSet load_criteria(ParsedYaml parsed, const std::string& file, std::string sha256) {
    const YamlNode& root = parsed.root;
    TreeReader r(file);
    for (Diagnostic& d : parsed.problems) r.error(std::move(d.where), std::move(d.message));
    if (!r.expect(root, YamlNode::Kind::mapping, "criteria file")) r.throw_if_errors();
    const Message where = msg("the criteria file");
    r.check_keys(root, {"format", "id", "name", "version", "published", "status", "notice", "checked",
                        "checked_note", "languages",
                        "evidence_expected", "sources", "practices", "criteria", "outcomes", "levels", "eligibility",
                        "crosswalk"},
                 where);
    CriteriaSet set;
    set.sha256 = std::move(sha256);
    set.file = file;
    if (const YamlNode* format = r.required(root, "format", where)) {
        if (r.text(format, "format").value_or("") != format_id)
            r.error(*format, msg("unsupported criteria format; expected '{0}'", format_id));
    }
    set.id = read_id(r, root, where);
    set.name = r.text(r.required(root, "name", where), "name").value_or("");
    set.version = r.text(r.required(root, "version", where), "version").value_or("");
    set.published = r.date(root.find("published"), "published").value_or("");
    set.status = read_set_status(r, root.find("status")).value_or(SetStatus::official);
    set.notice = text_or(r, root, "notice");
    set.checked = r.date(root.find("checked"), "checked").value_or("");
    set.checked_note = text_or(r, root, "checked_note");
    if (root.find("checked_note") && !root.find("checked"))
        r.error(*root.find("checked_note"), msg("'checked_note' says what a check read: give its date in 'checked'"));
    if (const YamlNode* languages = root.find("languages")) read_languages(r, *languages, set);
    const bool evidence = r.boolean(root.find("evidence_expected"), "evidence_expected").value_or(true);
    for_each_mapping(r, root.find("sources"), "sources", [&](const YamlNode& node) {
        r.check_keys(node, {"title", "url"}, msg("a source"));
        set.sources.push_back({text_or(r, node, "title"), text_or(r, node, "url")});
    });

    CriteriaPlaces places;
    std::set<std::string> seen;
    for_each_mapping(r, r.required(root, "practices", where), "practices", [&](const YamlNode& node) {
        const Message practice = msg("a practice");
        r.check_keys(node, {"id", "name", "aliases", "translations"}, practice);
        Practice p{read_id(r, node, practice), r.text(r.required(node, "name", practice), "name").value_or(""),
                   r.text_list(node.find("aliases"), "aliases"), read_translations(r, node, {"name"}), r.at(node)};
        check_unique(r, seen, p.id, node, msg("practice"));
        set.practices.push_back(std::move(p));
        places.practices.push_back(&node);
    });
    seen.clear();
    for_each_mapping(r, r.required(root, "criteria", where), "criteria", [&](const YamlNode& node) {
        Criterion c = read_criterion(r, node, evidence);
        check_unique(r, seen, c.id, node, msg("criterion"));
        set.criteria.push_back(std::move(c));
        places.criteria.push_back(&node);
    });
    seen.clear();
    for_each_mapping(r, root.find("outcomes"), "outcomes", [&](const YamlNode& node) {
        Outcome o = read_outcome(r, node);
        check_unique(r, seen, o.id, node, msg("outcome"));
        set.outcomes.push_back(std::move(o));
    });
    seen.clear();
    for_each_mapping(r, r.required(root, "levels", where), "levels", [&](const YamlNode& node) {
        Level l = read_level(r, node);
        check_unique(r, seen, l.id, node, msg("level"));
        set.levels.push_back(std::move(l));
        places.levels.push_back(&node);
    });
    if (const YamlNode* e = root.find("eligibility")) read_eligibility(r, *e, set.eligibility);
    const YamlNode* crosswalk = root.find("crosswalk");
    if (crosswalk) read_crosswalk(r, *crosswalk, set);
    if (set.criteria.empty() && root.find("criteria")) r.error(root, msg("the criteria file lists no criteria"));
    if (set.levels.empty() && root.find("levels")) r.error(root, msg("the criteria file lists no levels"));
    places.crosswalk = crosswalk;
    check_references(r, set, places);
    r.throw_if_errors();
    return set;
}

}  // namespace wwc

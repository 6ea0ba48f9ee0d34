#include "criteria_loader.hpp"

#include <functional>
#include <set>

#include <fmt/format.h>

#include "sha256.hpp"
#include "source_file.hpp"
#include "suggest.hpp"
#include "tree_reader.hpp"

namespace wwc {
namespace {

constexpr std::string_view format_id = "wwc-criteria/1";

std::string text_or(TreeReader& r, const YamlNode& map, std::string_view key) {
    return r.text(map.find(key), key).value_or("");
}

// Reads a list of mappings, calling `read` on each mapping item.
void for_each_mapping(TreeReader& r, const YamlNode* list, std::string_view what,
                      const std::function<void(const YamlNode&)>& read) {
    if (!list || !r.expect(*list, YamlNode::Kind::sequence, what)) return;
    for (const YamlNode& item : list->items)
        if (r.expect(item, YamlNode::Kind::mapping, what)) read(item);
}

// Reports the second and later uses of an id.
void check_unique(TreeReader& r, std::set<std::string>& seen, const std::string& id,
                  const YamlNode& at, std::string_view what) {
    if (!id.empty() && !seen.insert(id).second)
        r.error(at, fmt::format("{} '{}' is defined twice", what, id));
}

void read_checklist(TreeReader& r, const YamlNode& node, Criterion& c) {
    if (!r.expect(node, YamlNode::Kind::mapping, "checklist")) return;
    r.check_keys(node, {"min_met", "items"}, "checklist");
    std::set<std::string> seen;
    for_each_mapping(r, r.required(node, "items", "checklist"), "items", [&](const YamlNode& item) {
        r.check_keys(item, {"id", "text"}, "checklist item");
        ChecklistItem ci{r.text(r.required(item, "id", "checklist item"), "id").value_or(""),
                         text_or(r, item, "text")};
        check_unique(r, seen, ci.id, item, "checklist item");
        c.checklist.push_back(std::move(ci));
    });
    const YamlNode* min = r.required(node, "min_met", "checklist");
    c.checklist_min = static_cast<int>(r.integer(min, "min_met").value_or(1));
    if (min && (c.checklist_min < 1 || c.checklist_min > static_cast<int>(c.checklist.size())))
        r.error(*min, fmt::format("'min_met' must be between 1 and the {} items",
                                  c.checklist.size()));
}

Criterion read_criterion(TreeReader& r, const YamlNode& node, bool evidence_expected) {
    r.check_keys(node, {"id", "name", "practice", "summary", "provenance", "note", "points", "core",
                        "equity", "evidence_expected", "evidence_max_age_months", "prerequisites", "checklist", "future",
                        "retired"},
                 "criterion");
    Criterion c;
    c.id = r.text(r.required(node, "id", "criterion"), "id").value_or("");
    c.name = r.text(r.required(node, "name", "criterion"), "name").value_or("");
    c.practice = r.text(r.required(node, "practice", "criterion"), "practice").value_or("");
    c.summary = text_or(r, node, "summary");
    c.note = text_or(r, node, "note");
    const YamlNode* provenance = r.required(node, "provenance", "criterion");
    c.provenance = r.text(provenance, "provenance").value_or("");
    if (provenance && !c.provenance.empty() && c.provenance != "read" && c.provenance != "partial" &&
        c.provenance != "inferred")
        r.error(*provenance, fmt::format("'provenance' must be read, partial or inferred, not '{}'",
                                         c.provenance));
    if (const YamlNode* points = node.find("points")) {
        c.points = static_cast<int>(r.integer(points, "points").value_or(1));
        if (c.points < 1 || c.points > 1000) r.error(*points, "'points' must be between 1 and 1000");
    }
    c.core = r.boolean(node.find("core"), "core").value_or(false);
    c.equity = r.boolean(node.find("equity"), "equity").value_or(false);
    c.evidence_expected =
        r.boolean(node.find("evidence_expected"), "evidence_expected").value_or(evidence_expected);
    if (const YamlNode* age = node.find("evidence_max_age_months")) {
        c.evidence_max_age_months = static_cast<int>(r.integer(age, "evidence_max_age_months").value_or(0));
        if (c.evidence_max_age_months < 1 || c.evidence_max_age_months > 1200)
            r.error(*age, "'evidence_max_age_months' must be between 1 and 1200");
    }
    c.prerequisites = r.text_list(node.find("prerequisites"), "prerequisites");
    if (const YamlNode* checklist = node.find("checklist")) read_checklist(r, *checklist, c);
    c.future = r.date(node.find("future"), "future").value_or("");
    c.retired = r.boolean(node.find("retired"), "retired").value_or(false);
    if (c.retired && !c.future.empty())
        r.error(node, fmt::format("criterion '{}' cannot be both future and retired", c.id));
    return c;
}

Outcome read_outcome(TreeReader& r, const YamlNode& node) {
    r.check_keys(node, {"id", "name", "measure", "unit", "at_most", "at_least", "attestation",
                        "source", "note"},
                 "outcome");
    Outcome o;
    o.id = r.text(r.required(node, "id", "outcome"), "id").value_or("");
    o.name = r.text(r.required(node, "name", "outcome"), "name").value_or("");
    o.measure = text_or(r, node, "measure");
    o.unit = text_or(r, node, "unit");
    o.at_most = r.number(node.find("at_most"), "at_most");
    o.at_least = r.number(node.find("at_least"), "at_least");
    o.attestation = r.boolean(node.find("attestation"), "attestation").value_or(false);
    o.source = text_or(r, node, "source");
    o.note = text_or(r, node, "note");
    if (o.at_most && o.at_least)
        r.error(node, fmt::format("outcome '{}' has both 'at_most' and 'at_least'", o.id));
    if (!o.at_most && !o.at_least && !o.attestation)
        r.error(node, fmt::format("outcome '{}' needs 'at_most', 'at_least' or 'attestation: true'",
                                  o.id));
    return o;
}

Level read_level(TreeReader& r, const YamlNode& node) {
    r.check_keys(node, {"id", "name", "min_percent", "required", "outcomes", "source", "note"},
                 "level");
    Level l;
    l.id = r.text(r.required(node, "id", "level"), "id").value_or("");
    l.name = r.text(r.required(node, "name", "level"), "name").value_or("");
    const YamlNode* min = r.required(node, "min_percent", "level");
    l.min_percent = static_cast<int>(r.integer(min, "min_percent").value_or(0));
    if (min && (l.min_percent < 0 || l.min_percent > 100))
        r.error(*min, "'min_percent' must be between 0 and 100");
    l.required = r.text_list(node.find("required"), "required");
    if (const YamlNode* rule = node.find("outcomes"); rule && r.expect(*rule, YamlNode::Kind::mapping, "outcomes")) {
        r.check_keys(*rule, {"min_met", "of"}, "level outcomes");
        OutcomeRule o;
        o.of = r.text_list(r.required(*rule, "of", "level outcomes"), "of");
        const YamlNode* min_met = r.required(*rule, "min_met", "level outcomes");
        o.min_met = static_cast<int>(r.integer(min_met, "min_met").value_or(1));
        if (min_met && (o.min_met < 1 || o.min_met > static_cast<int>(o.of.size())))
            r.error(*min_met, "'min_met' must be between 1 and the number of outcomes in 'of'");
        l.outcomes = std::move(o);
    }
    l.source = text_or(r, node, "source");
    l.note = text_or(r, node, "note");
    return l;
}

void read_eligibility(TreeReader& r, const YamlNode& node, Eligibility& e) {
    if (!r.expect(node, YamlNode::Kind::mapping, "eligibility")) return;
    r.check_keys(node, {"min_population", "countries", "description", "note", "source"},
                 "eligibility");
    if (const YamlNode* min = node.find("min_population")) {
        e.min_population = r.integer(min, "min_population");
        if (e.min_population && *e.min_population < 0)
            r.error(*min, "'min_population' must not be negative");
    }
    e.countries = r.text_list(node.find("countries"), "countries");
    e.description = text_or(r, node, "description");
    e.note = text_or(r, node, "note");
}

void read_crosswalk(TreeReader& r, const YamlNode& node, CriteriaSet& set) {
    if (!r.expect(node, YamlNode::Kind::mapping, "crosswalk")) return;
    r.check_keys(node, {"from", "provenance", "note", "map"}, "crosswalk");
    Crosswalk x;
    x.from = r.text(r.required(node, "from", "crosswalk"), "from").value_or("");
    x.provenance = text_or(r, node, "provenance");
    x.note = text_or(r, node, "note");
    const YamlNode* map = r.required(node, "map", "crosswalk");
    if (map && r.expect(*map, YamlNode::Kind::mapping, "map"))
        for (const YamlEntry& entry : map->entries) x.map[entry.key] = r.text_list(&entry.value, entry.key);
    if (x.from == set.id) r.error(node, "a crosswalk cannot map a set to itself");
    set.crosswalk = std::move(x);
}

// Where each criterion and level was read, for locating cross-reference errors.
struct Places {
    std::vector<const YamlNode*> criteria;
    std::vector<const YamlNode*> levels;
    const YamlNode* crosswalk = nullptr;
};

const YamlNode& field_or(const YamlNode& node, std::string_view key) {
    const YamlNode* field = node.find(key);
    return field ? *field : node;
}

// Cross-references, checked once everything is read.
void check_references(TreeReader& r, const CriteriaSet& set, const Places& at) {
    std::vector<std::string> ids;
    for (const Criterion& c : set.criteria) ids.push_back(c.id);
    std::vector<std::string> practice_ids;
    for (const Practice& p : set.practices) practice_ids.push_back(p.id);
    const auto criterion_ref = [&](const std::string& id, const YamlNode& node, std::string_view where) {
        if (set.index_of(id) < 0)
            r.error(node, fmt::format("{} names unknown criterion '{}'{}", where, id, did_you_mean(id, ids)));
    };
    for (std::size_t i = 0; i < set.criteria.size(); ++i) {
        const Criterion& c = set.criteria[i];
        const YamlNode& node = *at.criteria[i];
        if (!c.practice.empty() && !set.practice(c.practice))
            r.error(field_or(node, "practice"), fmt::format("criterion '{}' names unknown practice '{}'{}",
                                                            c.id, c.practice, did_you_mean(c.practice, practice_ids)));
        for (const std::string& p : c.prerequisites) {
            criterion_ref(p, field_or(node, "prerequisites"), fmt::format("prerequisite of '{}'", c.id));
            if (p == c.id)
                r.error(field_or(node, "prerequisites"), fmt::format("criterion '{}' is its own prerequisite", c.id));
        }
    }
    // Prerequisite cycles: depth-first search with three colours; a grey
    // prerequisite closes a cycle, and is reported once.
    std::vector<int> colour(set.criteria.size(), 0);
    std::function<void(int)> visit = [&](int i) {
        colour[i] = 1;
        for (const std::string& p : set.criteria[i].prerequisites) {
            const int j = set.index_of(p);
            if (j < 0 || j == i) continue;
            if (colour[j] == 1)
                r.error(field_or(*at.criteria[j], "prerequisites"),
                        fmt::format("prerequisites form a cycle through criterion '{}'", set.criteria[j].id));
            else if (colour[j] == 0)
                visit(j);
        }
        colour[i] = 2;
    };
    for (std::size_t i = 0; i < set.criteria.size(); ++i)
        if (colour[i] == 0) visit(static_cast<int>(i));
    int previous = -1;
    for (std::size_t i = 0; i < set.levels.size(); ++i) {
        const Level& l = set.levels[i];
        const YamlNode& node = *at.levels[i];
        for (const std::string& id : l.required)
            criterion_ref(id, field_or(node, "required"), fmt::format("level '{}'", l.id));
        if (l.outcomes)
            for (const std::string& o : l.outcomes->of)
                if (!set.outcome(o))
                    r.error(field_or(node, "outcomes"), fmt::format("level '{}' names unknown outcome '{}'", l.id, o));
        if (l.min_percent <= previous)
            r.error(field_or(node, "min_percent"),
                    fmt::format("level '{}' must need a higher percent than the level below it", l.id));
        previous = l.min_percent;
    }
    if (set.crosswalk && at.crosswalk)
        for (const auto& entry : field_or(*at.crosswalk, "map").entries)
            if (set.index_of(entry.key) < 0)
                r.error(Location{r.file(), entry.line, entry.column},
                        fmt::format("crosswalk names unknown criterion '{}'{}", entry.key, did_you_mean(entry.key, ids)));
}

}  // namespace

CriteriaSet load_criteria(std::string_view text, const std::string& file, const YamlLimits& limits) {
    const YamlNode root = parse_yaml(check_utf8(text, file), file, limits);
    TreeReader r(file);
    if (!r.expect(root, YamlNode::Kind::mapping, "criteria file")) r.throw_if_errors();
    r.check_keys(root, {"format", "id", "name", "version", "published", "status", "notice",
                        "evidence_expected", "sources", "practices", "criteria", "outcomes",
                        "levels", "eligibility", "crosswalk"},
                 "criteria file");
    CriteriaSet set;
    set.sha256 = sha256_hex(text);
    if (const YamlNode* format = r.required(root, "format", "criteria file")) {
        if (r.text(format, "format").value_or("") != format_id)
            r.error(*format, fmt::format("unsupported criteria format; expected '{}'", format_id));
    }
    set.id = r.text(r.required(root, "id", "criteria file"), "id").value_or("");
    set.name = r.text(r.required(root, "name", "criteria file"), "name").value_or("");
    set.version = r.text(r.required(root, "version", "criteria file"), "version").value_or("");
    set.published = r.date(root.find("published"), "published").value_or("");
    const YamlNode* status = root.find("status");
    set.status = r.text(status, "status").value_or("official");
    if (status && set.status != "official" && set.status != "reconstruction")
        r.error(*status, "'status' must be official or reconstruction");
    set.notice = text_or(r, root, "notice");
    const bool evidence = r.boolean(root.find("evidence_expected"), "evidence_expected").value_or(true);
    for_each_mapping(r, root.find("sources"), "sources", [&](const YamlNode& node) {
        r.check_keys(node, {"title", "url"}, "source");
        set.sources.push_back({text_or(r, node, "title"), text_or(r, node, "url")});
    });

    Places places;
    std::set<std::string> seen;
    for_each_mapping(r, r.required(root, "practices", "criteria file"), "practices", [&](const YamlNode& node) {
        r.check_keys(node, {"id", "name"}, "practice");
        Practice p{r.text(r.required(node, "id", "practice"), "id").value_or(""),
                   r.text(r.required(node, "name", "practice"), "name").value_or("")};
        check_unique(r, seen, p.id, node, "practice");
        set.practices.push_back(std::move(p));
    });
    seen.clear();
    for_each_mapping(r, r.required(root, "criteria", "criteria file"), "criteria", [&](const YamlNode& node) {
        Criterion c = read_criterion(r, node, evidence);
        check_unique(r, seen, c.id, node, "criterion");
        set.index.emplace(c.id, static_cast<int>(set.criteria.size()));
        set.criteria.push_back(std::move(c));
        places.criteria.push_back(&node);
    });
    seen.clear();
    for_each_mapping(r, root.find("outcomes"), "outcomes", [&](const YamlNode& node) {
        Outcome o = read_outcome(r, node);
        check_unique(r, seen, o.id, node, "outcome");
        set.outcomes.push_back(std::move(o));
    });
    seen.clear();
    for_each_mapping(r, r.required(root, "levels", "criteria file"), "levels", [&](const YamlNode& node) {
        Level l = read_level(r, node);
        check_unique(r, seen, l.id, node, "level");
        set.levels.push_back(std::move(l));
        places.levels.push_back(&node);
    });
    if (const YamlNode* e = root.find("eligibility")) read_eligibility(r, *e, set.eligibility);
    if (const YamlNode* x = root.find("crosswalk")) {
        read_crosswalk(r, *x, set);
        places.crosswalk = x;
    }
    if (set.criteria.empty() && root.find("criteria")) r.error(root, "the criteria file lists no criteria");
    if (set.levels.empty() && root.find("levels")) r.error(root, "the criteria file lists no levels");
    check_references(r, set, places);
    r.throw_if_errors();
    return set;
}

}  // namespace wwc

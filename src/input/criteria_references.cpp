#include "input/criteria_references.hpp"

#include <algorithm>


namespace wwc {

const YamlNode& field_or(const YamlNode& node, std::string_view key) {
    const YamlNode* field = node.find(key);
    return field ? *field : node;
}

namespace {

// Each alias names one practice only: an alias that reads (practice_key) as
// another practice's id, name or alias is an error at the alias list.
void check_practice_names(TreeReader& r, const CriteriaSet& set, const std::vector<const YamlNode*>& places) {
    for (std::size_t i = 0; i < set.practices.size(); ++i)
        for (const std::string& alias : set.practices[i].aliases)
            for (std::size_t j = 0; j < set.practices.size(); ++j) {
                if (j == i) continue;
                const Practice& other = set.practices[j];
                std::vector<std::string> names = other.aliases;
                names.push_back(other.id);
                names.push_back(other.name);
                if (std::any_of(names.begin(), names.end(),
                                [&](const std::string& n) { return practice_key(n) == practice_key(alias); }))
                    r.error(field_or(*places[i], "aliases"),
                            msg("alias '{0}' of practice '{1}' also names practice '{2}'", alias,
                                set.practices[i].id, other.id));
            }
}

// Criteria whose prerequisites lead back to themselves, each reported once, at
// the criterion that closes the cycle. Iterative, so that a long chain of
// prerequisites cannot exhaust the stack.
void check_cycles(TreeReader& r, const CriteriaSet& set, const std::vector<const YamlNode*>& places) {
    enum Colour : char { white, grey, black };
    std::vector<Colour> colour(set.criteria.size(), white);
    struct Frame {
        std::size_t criterion;
        std::size_t next;  // the prerequisite to look at next
    };
    for (std::size_t start = 0; start < set.criteria.size(); ++start) {
        if (colour[start] != white) continue;
        std::vector<Frame> stack{{start, 0}};
        colour[start] = grey;
        while (!stack.empty()) {
            Frame& top = stack.back();
            const Criterion& c = set.criteria[top.criterion];
            if (top.next == c.prerequisites.size()) {
                colour[top.criterion] = black;
                stack.pop_back();
                continue;
            }
            const std::optional<std::size_t> j = set.index_of(c.prerequisites[top.next++]);
            if (!j || *j == top.criterion) continue;
            if (colour[*j] == grey)
                r.error(field_or(*places[*j], "prerequisites"),
                        msg("prerequisites form a cycle through criterion '{0}'", set.criteria[*j].id));
            else if (colour[*j] == white) {
                colour[*j] = grey;
                stack.push_back({*j, 0});
            }
        }
    }
}

}  // namespace

void check_references(TreeReader& r, const CriteriaSet& set, const CriteriaPlaces& places) {
    const std::vector<const YamlNode*>& criteria_at = places.criteria;
    const std::vector<const YamlNode*>& levels_at = places.levels;
    const YamlNode* crosswalk_at = places.crosswalk;
    check_practice_names(r, set, places.practices);
    std::vector<std::string> ids;
    for (const Criterion& c : set.criteria) ids.push_back(c.id);
    std::vector<std::string> practice_ids;
    for (const Practice& p : set.practices) practice_ids.push_back(p.id);
    const auto criterion_ref = [&](const std::string& id, const YamlNode& node, const Message& where) {
        if (!set.index_of(id))
            r.error(node, suggesting(msg("{0} names unknown criterion '{1}'", where, id), r.suggest(id, ids)));
    };
    for (std::size_t i = 0; i < set.criteria.size(); ++i) {
        const Criterion& c = set.criteria[i];
        const YamlNode& node = *criteria_at[i];
        if (!c.practice.empty() && !set.practice(c.practice))
            r.error(field_or(node, "practice"),
                    suggesting(msg("criterion '{0}' names unknown practice '{1}'", c.id, c.practice),
                               r.suggest(c.practice, practice_ids)));
        for (const std::string& p : c.prerequisites) {
            criterion_ref(p, field_or(node, "prerequisites"), msg("prerequisite of '{0}'", c.id));
            if (p == c.id)
                r.error(field_or(node, "prerequisites"), msg("criterion '{0}' is its own prerequisite", c.id));
        }
    }
    check_cycles(r, set, criteria_at);
    int previous = -1;
    for (std::size_t i = 0; i < set.levels.size(); ++i) {
        const Level& l = set.levels[i];
        const YamlNode& node = *levels_at[i];
        for (const std::string& id : l.required) criterion_ref(id, field_or(node, "required"), msg("level '{0}'", l.id));
        if (l.outcomes)
            for (const std::string& o : l.outcomes->of)
                if (!set.outcome(o))
                    r.error(field_or(node, "outcomes"), msg("level '{0}' names unknown outcome '{1}'", l.id, o));
        if (l.min_percent <= previous)
            r.error(field_or(node, "min_percent"),
                    msg("level '{0}' must need a higher percent than the level below it", l.id));
        previous = l.min_percent;
    }
    if (set.crosswalk && crosswalk_at)
        for (const YamlEntry& entry : field_or(*crosswalk_at, "map").entries)
            if (!set.index_of(entry.key))
                r.error(r.at(entry), suggesting(msg("crosswalk names unknown criterion '{0}'", entry.key),
                                                r.suggest(entry.key, ids)));
}

}  // namespace wwc

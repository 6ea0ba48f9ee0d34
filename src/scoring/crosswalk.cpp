#include "scoring/crosswalk.hpp"

#include <cassert>
#include <deque>
#include <map>

namespace wwc {
namespace {

// For each criterion of `to`, the criteria of `from` whose answers it takes.
std::map<std::string, std::vector<std::string>> sources(const CriteriaSet& from, const CriteriaSet& to) {
    if (to.crosswalk && to.crosswalk->from == from.id) return to.crosswalk->map;
    std::map<std::string, std::vector<std::string>> inverted;
    for (const auto& [newer, older] : from.crosswalk->map)
        for (const std::string& id : older) inverted[id].push_back(newer);
    return inverted;
}

}  // namespace

bool has_crosswalk(const CriteriaSet& from, const CriteriaSet& to) {
    return (to.crosswalk && to.crosswalk->from == from.id) || (from.crosswalk && from.crosswalk->from == to.id);
}

std::optional<std::vector<const CriteriaSet*>> crosswalk_chain(
    const CriteriaSet& answered, const CriteriaSet& target, const std::vector<std::shared_ptr<const CriteriaSet>>& known) {
    // Breadth first from `answered` over the known sets; `target` may be one
    // of them or a file of its own.
    std::vector<const CriteriaSet*> sets{&answered};
    for (const auto& set : known)
        if (set.get() != &answered && set.get() != &target) sets.push_back(set.get());
    sets.push_back(&target);
    const auto linked = [](const CriteriaSet& a, const CriteriaSet& b) { return a.id == b.id || has_crosswalk(a, b); };
    std::vector<std::optional<std::size_t>> came_from(sets.size());
    std::vector<bool> seen(sets.size(), false);
    std::deque<std::size_t> queue{0};
    seen[0] = true;
    while (!queue.empty()) {
        const std::size_t at = queue.front();
        queue.pop_front();
        if (at == sets.size() - 1) {
            std::vector<const CriteriaSet*> chain;
            for (std::optional<std::size_t> i = at; i; i = came_from[*i]) chain.insert(chain.begin(), sets[*i]);
            return chain;
        }
        for (std::size_t next = 0; next < sets.size(); ++next)
            if (!seen[next] && linked(*sets[at], *sets[next])) {
                seen[next] = true;
                came_from[next] = at;
                queue.push_back(next);
            }
    }
    return std::nullopt;
}

Assessment map_through_chain(const Assessment& answers, const std::vector<const CriteriaSet*>& chain) {
    Assessment out = answers;
    std::vector<std::string> through;
    for (std::size_t i = 1; i < chain.size(); ++i) {
        if (chain[i - 1]->id == chain[i]->id) continue;  // two versions of one set: the answers carry over
        if (!out.estimated_from.empty()) through.push_back(chain[i - 1]->id);
        const std::string from = out.estimated_from.empty() ? chain[i - 1]->id : out.estimated_from;
        out = map_through_crosswalk(out, *chain[i - 1], *chain[i]);
        out.estimated_from = from;
    }
    out.estimated_through = std::move(through);
    out.criteria = chain.back()->id;
    return out;
}

Assessment map_through_crosswalk(const Assessment& answers, const CriteriaSet& from, const CriteriaSet& to) {
    assert(has_crosswalk(from, to));
    const std::map<std::string, std::vector<std::string>> mapped = sources(from, to);
    Assessment out = answers;
    out.criteria = to.id;
    out.estimated_from = from.id;
    out.responses.clear();
    out.outcomes.clear();
    // A standard `to` does not list is dropped: its default applies.
    for (const OutcomeReport& o : answers.outcomes)
        if (const Outcome* outcome = to.outcome(o.outcome)) {
            out.outcomes.push_back(o);
            if (!outcome->find_standard(o.standard)) out.outcomes.back().standard.clear();
        }
    for (const Criterion& c : to.criteria) {
        const auto found = mapped.find(c.id);
        if (found == mapped.end() || found->second.empty()) continue;
        // The least advanced of the mapped answers; unanswered when any is.
        Status status = Status::met;
        Response r;
        r.criterion = c.id;
        for (const std::string& source : found->second) {
            const Response* answer = answers.response(source);
            const Status s = status_of(answer ? std::optional<Answer>(answer->answer) : std::nullopt);
            if (progress_rank(s) < progress_rank(status)) status = s;
            if (answer) r.evidence.insert(r.evidence.end(), answer->evidence.begin(), answer->evidence.end());
        }
        const std::optional<Answer> answer = answer_of(status);
        if (!answer) continue;
        r.answer = *answer;
        out.responses.push_back(std::move(r));
    }
    return out;
}

}  // namespace wwc

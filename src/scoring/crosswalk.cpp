#include "scoring/crosswalk.hpp"

#include <cassert>
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

Assessment map_through_crosswalk(const Assessment& answers, const CriteriaSet& from, const CriteriaSet& to) {
    assert(has_crosswalk(from, to));
    const std::map<std::string, std::vector<std::string>> mapped = sources(from, to);
    Assessment out = answers;
    out.criteria = to.id;
    out.estimated_from = from.id;
    out.responses.clear();
    out.outcomes.clear();
    for (const OutcomeReport& o : answers.outcomes)
        if (to.outcome(o.outcome)) out.outcomes.push_back(o);
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

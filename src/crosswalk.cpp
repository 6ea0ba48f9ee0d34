#include "crosswalk.hpp"

#include <cassert>
#include <map>

namespace wwc {
namespace {

// How far an answer is from met; the mapped answer is the least advanced one.
int advance(Status s) {
    switch (s) {
    case Status::met: return 4;
    case Status::in_progress: return 3;
    case Status::planned: return 2;
    case Status::not_met: return 1;
    default: return 0;
    }
}

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
        Response r;
        r.criterion = c.id;
        r.status = Status::met;
        for (const std::string& source : found->second) {
            const Response* answer = answers.response(source);
            const Status s = answer ? answer->status : Status::unanswered;
            if (advance(s) < advance(r.status)) r.status = s;
            if (answer) r.evidence.insert(r.evidence.end(), answer->evidence.begin(), answer->evidence.end());
        }
        if (r.status != Status::unanswered) out.responses.push_back(std::move(r));
    }
    return out;
}

}  // namespace wwc

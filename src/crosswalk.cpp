#include "crosswalk.hpp"

#include <cassert>

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

}  // namespace

Assessment map_through_crosswalk(const Assessment& old, const CriteriaSet& to) {
    assert(to.crosswalk);
    Assessment out = old;
    out.criteria = to.id;
    out.estimated_from = old.criteria;
    out.responses.clear();
    out.outcomes.clear();
    for (const OutcomeReport& o : old.outcomes)
        if (to.outcome(o.outcome)) out.outcomes.push_back(o);
    for (const Criterion& c : to.criteria) {
        const auto mapped = to.crosswalk->map.find(c.id);
        if (mapped == to.crosswalk->map.end() || mapped->second.empty()) continue;
        Response r;
        r.criterion = c.id;
        r.status = Status::met;
        for (const std::string& old_id : mapped->second) {
            const Response* answer = old.response(old_id);
            const Status s = answer ? answer->status : Status::unanswered;
            if (advance(s) < advance(r.status)) r.status = s;
            if (answer) r.evidence.insert(r.evidence.end(), answer->evidence.begin(), answer->evidence.end());
        }
        if (r.status != Status::unanswered) out.responses.push_back(std::move(r));
    }
    return out;
}

}  // namespace wwc

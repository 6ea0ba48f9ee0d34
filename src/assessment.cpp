#include "assessment.hpp"

namespace wwc {

const char* status_name(Status status) {
    switch (status) {
    case Status::met: return "met";
    case Status::not_met: return "not_met";
    case Status::in_progress: return "in_progress";
    case Status::planned: return "planned";
    case Status::blocked: return "blocked";
    case Status::unanswered: return "unanswered";
    }
    return "?";
}

const Response* Assessment::response(const std::string& criterion) const {
    for (const Response& r : responses)
        if (r.criterion == criterion) return &r;
    return nullptr;
}

const OutcomeReport* Assessment::outcome(const std::string& id) const {
    for (const OutcomeReport& o : outcomes)
        if (o.outcome == id) return &o;
    return nullptr;
}

}  // namespace wwc

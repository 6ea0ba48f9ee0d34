#include "model/assessment.hpp"

namespace wwc {

const Response* Assessment::response(std::string_view criterion) const { return responses.find(criterion); }

const OutcomeReport* Assessment::outcome(std::string_view id) const {
    for (const OutcomeReport& o : outcomes)
        if (o.outcome == id) return &o;
    return nullptr;
}

}  // namespace wwc

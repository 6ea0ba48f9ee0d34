#include "criteria.hpp"

namespace wwc {

int CriteriaSet::index_of(const std::string& wanted) const {
    const auto found = index.find(wanted);
    return found == index.end() ? -1 : found->second;
}

const Practice* CriteriaSet::practice(const std::string& wanted) const {
    for (const Practice& p : practices)
        if (p.id == wanted) return &p;
    return nullptr;
}

const Outcome* CriteriaSet::outcome(const std::string& wanted) const {
    for (const Outcome& o : outcomes)
        if (o.id == wanted) return &o;
    return nullptr;
}

bool is_counted(const Criterion& criterion, const std::string& date) {
    if (criterion.retired) return false;
    // ISO dates compare correctly as text.
    return criterion.future.empty() || date >= criterion.future;
}

}  // namespace wwc

#pragma once
// Estimating an assessment under another criteria set through a crosswalk.

#include "model/assessment.hpp"
#include "model/criteria.hpp"

namespace wwc {

/// True when one of the two sets carries a crosswalk from the other.
bool has_crosswalk(const CriteriaSet& from, const CriteriaSet& to);

/// The answers of `answers` (to `from`) mapped onto `to`. Forward (`to` has a
/// crosswalk from `from`): a criterion of `to` takes the answers of the criteria
/// mapped to it. Backward (`from` has one from `to`): a criterion of `to` takes the
/// answers of the criteria of `from` that map to it. Either way it is met when all
/// of them are met, else it takes the least advanced answer; criteria with nothing
/// mapped, or with a mapped criterion unanswered, stay unanswered. The result
/// names `from` in `estimated_from`. Requires has_crosswalk(from, to).
Assessment map_through_crosswalk(const Assessment& answers, const CriteriaSet& from, const CriteriaSet& to);

}  // namespace wwc

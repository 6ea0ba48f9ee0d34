#pragma once
// Estimating an old assessment under a newer criteria set through its crosswalk.

#include "assessment.hpp"
#include "criteria.hpp"

namespace wwc {

/// The answers of `old` (to `from`) mapped onto `to` through `to.crosswalk`: a new
/// criterion is met when every old criterion mapped to it was met, else it takes
/// the least advanced of their answers; unmapped criteria stay unanswered. The
/// result names `from` in `estimated_from`. Requires `to.crosswalk->from == from.id`.
Assessment map_through_crosswalk(const Assessment& old, const CriteriaSet& to);

}  // namespace wwc

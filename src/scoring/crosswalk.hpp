#pragma once
// Estimating an assessment under another criteria set through crosswalks.

#include <memory>
#include <optional>
#include <vector>

#include "model/assessment.hpp"
#include "model/criteria.hpp"

namespace wwc {

/// True when one of the two sets carries a crosswalk from the other.
bool has_crosswalk(const CriteriaSet& from, const CriteriaSet& to);

/// The sets an assessment's answers pass through from `answered` to `target`,
/// both included, fewest steps first: consecutive sets share an id (a
/// revision: the answers carry over as they are) or one carries a crosswalk
/// from the other. Sets are taken from `known`; nullopt when no chain exists.
std::optional<std::vector<const CriteriaSet*>> crosswalk_chain(
    const CriteriaSet& answered, const CriteriaSet& target, const std::vector<std::shared_ptr<const CriteriaSet>>& known);

/// The answers of `answers` (to `from`) mapped onto `to`. Forward (`to` has a
/// crosswalk from `from`): a criterion of `to` takes the answers of the criteria
/// mapped to it. Backward (`from` has one from `to`): a criterion of `to` takes the
/// answers of the criteria of `from` that map to it. Either way it is met when all
/// of them are met, else it takes the least advanced answer; criteria with nothing
/// mapped, or with a mapped criterion unanswered, stay unanswered. Outcomes
/// `to` has keep their reports; a standard `to` does not list gives way to the
/// outcome's default. The result
/// names `from` in `estimated_from`. Requires has_crosswalk(from, to).
Assessment map_through_crosswalk(const Assessment& answers, const CriteriaSet& from, const CriteriaSet& to);

/// The answers mapped along `chain` (from crosswalk_chain): through each
/// crosswalk in turn; a step between two versions of one set keeps them. The
/// result is an estimate when any step went through a crosswalk.
Assessment map_through_chain(const Assessment& answers, const std::vector<const CriteriaSet*>& chain);

}  // namespace wwc

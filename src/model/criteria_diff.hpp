#pragma once
// What changed between two criteria sets, and what a crosswalk between them
// maps, as facts that point into the two sets.

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "model/criteria.hpp"

namespace wwc {

/// The part of a criteria set a change is about; also the section it is listed in.
enum class DiffEntity { set, practice, criterion, outcome, level, eligibility };

/// A field of an entity, as the criteria file names it.
enum class DiffField {
    name, version, status, published,                               // set (and `name` of every entity)
    practice, points, prerequisites, checklist, core, equity, future, retired,  // criterion
    standard, unit,                                                 // outcome
    min_percent, required, outcomes,                                // level
    min_population, countries,                                      // eligibility
};

/// One change. `before` and `after` index the entity in the older and newer
/// set's lists (practices, criteria, outcomes or levels); the set and its
/// eligibility have no index.
struct CriteriaChange {
    enum class Kind { added, removed, changed };
    Kind kind = Kind::changed;
    DiffEntity entity = DiffEntity::set;
    std::optional<std::size_t> before;
    std::optional<std::size_t> after;
    DiffField field = DiffField::name;  ///< for Kind::changed
    std::vector<std::string> ids;       ///< countries added or removed (eligibility)
};

/// For each criterion of the newer set, the criteria of the older set that
/// evidence it; then the older criteria that evidence nothing.
struct CrosswalkMapping {
    bool reversed = false;  ///< the older set carries the crosswalk, from the newer
    std::vector<std::pair<std::string, std::vector<std::string>>> mapped;
    std::vector<std::string> unused;
};

/// The changes from an older set to a newer one, in section order (set,
/// practices, criteria, outcomes, levels, eligibility), each in file order.
struct CriteriaDiff {
    std::vector<CriteriaChange> changes;
    std::optional<CrosswalkMapping> crosswalk;  ///< when one set has a crosswalk from the other
};

/// A diff with the two sets it indexes into.
struct CriteriaDiffReport {
    const CriteriaSet* from = nullptr;
    const CriteriaSet* to = nullptr;
    CriteriaDiff diff;
};

}  // namespace wwc

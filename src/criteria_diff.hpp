#pragma once
// What changed between two criteria sets, and what a crosswalk between them maps.

#include <string>
#include <vector>

#include "criteria.hpp"

namespace wwc {

/// One line of a criteria diff: `+` added, `-` removed, `~` changed, `=` crosswalk mapping.
struct CriteriaChange {
    char kind = '~';
    std::string text;
};

/// The changes from set `from` to set `to`, by section, each in criteria-file order.
struct CriteriaDiff {
    std::string from;
    std::string to;
    std::vector<CriteriaChange> header;  ///< name, version, status, published
    std::vector<CriteriaChange> practices;
    std::vector<CriteriaChange> criteria;
    std::vector<CriteriaChange> outcomes;
    std::vector<CriteriaChange> levels;
    std::vector<CriteriaChange> eligibility;
    std::string crosswalk_title;  ///< "" when neither set has a crosswalk from the other
    std::vector<CriteriaChange> crosswalk;
};

/// Compares `a` (older) with `b` (newer). Pure.
CriteriaDiff diff_criteria(const CriteriaSet& a, const CriteriaSet& b);

/// The diff as plain text: a title line, then each non-empty section, one change per line.
std::string render_criteria_diff(const CriteriaDiff& diff);

}  // namespace wwc

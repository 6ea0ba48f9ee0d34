#pragma once
// Readers of the parts of an assessment file that answers and outcomes share
// or that stand alone: evidence lists and the outcomes mapping.

#include <vector>

#include "input/tree_reader.hpp"
#include "model/assessment.hpp"
#include "model/criteria.hpp"

namespace wwc {

/// The evidence items of `list` (nullptr: none); problems go to `r`.
std::vector<Evidence> read_evidence(TreeReader& r, const YamlNode* list);

/// Reads the `outcomes` mapping (`node`, nullptr when absent) into `a`, against
/// the outcomes `set` names (nullptr checks the structure only).
void read_outcomes(TreeReader& r, const YamlNode* node, const CriteriaSet* set, Assessment& a);

}  // namespace wwc

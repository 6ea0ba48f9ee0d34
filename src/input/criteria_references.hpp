#pragma once
// The cross-references of a criteria file, checked once the whole file is read
// (criteria_loader): each problem is reported at its place in the file.

#include <string_view>
#include <vector>

#include "input/tree_reader.hpp"
#include "input/yaml_tree.hpp"
#include "model/criteria.hpp"

namespace wwc {

/// Where the entries of a set were read: parallel to its practices, criteria
/// and levels; the crosswalk mapping or nullptr.
struct CriteriaPlaces {
    std::vector<const YamlNode*> practices;
    std::vector<const YamlNode*> criteria;
    std::vector<const YamlNode*> levels;
    const YamlNode* crosswalk = nullptr;
};

/// The value under `key` of `node`, or `node` when it has none: where an error
/// about that key points.
const YamlNode& field_or(const YamlNode& node, std::string_view key);

/// Reports on `r` every broken cross-reference of `set`: a practice alias that
/// names another practice, a criterion's unknown practice or prerequisite, its
/// own prerequisite, prerequisite cycles, a level's unknown required criterion
/// or outcome, levels whose percent does not rise, crosswalk keys that are not
/// criteria.
void check_references(TreeReader& r, const CriteriaSet& set, const CriteriaPlaces& places);

}  // namespace wwc

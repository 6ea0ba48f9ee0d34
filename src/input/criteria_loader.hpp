#pragma once
// Criteria files (`wwc-criteria/1`, docs/criteria-format.md) into CriteriaSet.

#include <string>
#include <string_view>

#include "input/yaml_tree.hpp"
#include "model/criteria.hpp"

namespace wwc {

/// Reads and validates a criteria file's text; throws InputError listing every
/// problem, located in `file`.
CriteriaSet load_criteria(std::string_view text, const std::string& file, const YamlLimits& limits = {});

}  // namespace wwc

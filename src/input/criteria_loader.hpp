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

/// The same for a file already parsed: `parsed` is what parse_yaml gave for its
/// text (the problems are reported with the loader's own) and `sha256` the hex
/// SHA-256 of its bytes; the same set, or the same InputError, as from the text.
CriteriaSet load_criteria(ParsedYaml parsed, const std::string& file, std::string sha256);

}  // namespace wwc

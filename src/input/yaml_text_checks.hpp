#pragma once
// Checks on the raw text around yaml-cpp: bracket depth before it reads the
// text, and layout mistakes in plain words where it fails or reads something
// other than what was meant.

#include <string>
#include <string_view>
#include <vector>

#include "model/diagnostics.hpp"

namespace wwc {

/// Throws InputError located in `file` when '[' and '{' outside quotes and
/// comments nest deeper than `limit`. Brackets inside plain scalars count too,
/// so the limit must be far above the depth limit of the tree.
void check_raw_brackets(std::string_view text, const std::string& file, int limit);

/// The error for `text` when yaml-cpp stopped with `failure`: the layout
/// mistakes found, in line order, with a line after the one that stopped it
/// saying that the file is not read past there; `failure` alone when no
/// mistake explains it.
InputError explain_yaml_failure(std::string_view text, const std::string& file, Diagnostic failure);

/// The layout mistakes yaml-cpp reads without an error but with another
/// meaning, located in `file`: a key without its ':' (read as a key with no
/// value), a key that ends in a non-breaking space, a list under "DM1: met"
/// (read as the status "met - ...").
std::vector<Diagnostic> silent_yaml_mistakes(std::string_view text, const std::string& file);

}  // namespace wwc

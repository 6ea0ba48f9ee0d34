#pragma once
// A parsed YamlNode tree as compact bytes, and back: the bundled criteria files
// are parsed once at build time and rebuilt from these bytes at run time,
// node for node what parse_yaml gives, without parsing the text again.

#include <stdexcept>
#include <string>
#include <string_view>

#include "input/yaml_tree.hpp"

namespace wwc {

/// A snapshot that is not one: truncated, altered or of another format version.
/// Our own bytes, so an internal error rather than an input error.
class YamlSnapshotError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// Deepest nesting of nodes a snapshot may hold; far above YamlLimits::max_depth.
constexpr int max_snapshot_depth = 256;

/// The bytes of `root` and everything under it: kind, plain, line, column,
/// value, items and entries (key, line, column, value). Throws
/// YamlSnapshotError for a tree nested deeper than max_snapshot_depth.
std::string write_yaml_snapshot(const YamlNode& root);

/// The tree `bytes` holds, equal to the one written. Every read is checked
/// against the end of `bytes`; throws YamlSnapshotError, naming the byte offset,
/// for anything but one whole snapshot of this version.
YamlNode read_yaml_snapshot(std::string_view bytes);

}  // namespace wwc

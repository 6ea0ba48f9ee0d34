#pragma once
// A strict YAML reader: one document into a plain tree with 1-based marks.
// Only this module and its .cpp see yaml-cpp.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostics.hpp"

namespace wwc {

/// Limits that keep hostile files cheap; documented in docs/assessment-format.md.
struct YamlLimits {
    int max_depth = 64;                ///< nested collections
    std::size_t max_nodes = 200'000;   ///< nodes after expanding aliases
    /// Open brackets checked in the raw text before yaml-cpp sees it: its scanner
    /// would take hundreds of megabytes on a file of nothing but '['.
    int max_raw_brackets = 1000;
};

struct YamlEntry;

/// One YAML node. Scalars keep their text; `plain` is false when quoted or tagged.
struct YamlNode {
    enum class Kind { null, scalar, sequence, mapping };

    Kind kind = Kind::null;
    int line = 0;    ///< 1-based
    int column = 0;  ///< 1-based
    std::string value;
    bool plain = true;
    std::vector<YamlNode> items;     ///< sequence items
    std::vector<YamlEntry> entries;  ///< mapping entries, in file order, keys unique

    /// The value under `key` in a mapping, or nullptr.
    const YamlNode* find(std::string_view key) const;
};

/// A mapping entry; keys are always scalars.
struct YamlEntry {
    std::string key;
    int line = 0;
    int column = 0;
    YamlNode value;
};

/// Returns "null", "string", "list" or "mapping", as users call them.
const char* kind_name(YamlNode::Kind kind);

/// Parses exactly one YAML document. Rejects duplicate and non-scalar keys, nesting
/// past `max_depth`, cyclic aliases, alias expansion past `max_nodes`, trailing
/// content and unterminated quotes; throws InputError located in `file`. With
/// `duplicates`, duplicate keys are appended there instead (the later value is
/// dropped), so the caller can report them with the problems it finds itself.
YamlNode parse_yaml(std::string_view text, const std::string& file, const YamlLimits& limits = {},
                    std::vector<Diagnostic>* duplicates = nullptr);

}  // namespace wwc

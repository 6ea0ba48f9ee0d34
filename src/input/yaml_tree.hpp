#pragma once
// A strict YAML reader: one document into a plain tree with 1-based marks.
// Only this module's .cpp sees yaml-cpp.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "model/diagnostics.hpp"

namespace wwc {

/// Limits that keep hostile files cheap (docs/robustness.md).
struct YamlLimits {
    int max_depth = 64;                          ///< nested collections
    std::size_t max_nodes = 200'000;             ///< nodes after expanding aliases (anchors' copies too)
    /// Bytes of keys and values after expanding aliases (anchors' copies too), or
    /// twice the file's size when that is more: aliases can at most double the
    /// text, so no report of a file within the size limit grows past a few MB.
    std::size_t max_text_bytes = 2u << 20;
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

/// What a node is, as users call it: "nothing", "a single value", "a list", "a mapping".
Message kind_name(YamlNode::Kind kind);

/// A parsed document and the problems that did not stop the parse (duplicate keys;
/// the later value is dropped), for the caller to report with its own.
struct ParsedYaml {
    YamlNode root;
    std::vector<Diagnostic> problems;
};

/// Parses exactly one YAML document. Throws InputError located in `file` for
/// what stops it: syntax, non-scalar keys or keys with control characters,
/// nesting past `max_depth`, cyclic aliases, alias expansion past the limits,
/// trailing content and unterminated quotes.
ParsedYaml parse_yaml(std::string_view text, const std::string& file, const YamlLimits& limits = {});

}  // namespace wwc

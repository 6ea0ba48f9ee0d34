#pragma once
// Layout mistakes people make when they write YAML by hand (a tab, a wrong
// indentation, a missing colon, ...), found in the raw text line by line so
// that each is reported at its own line, in plain words. yaml-cpp reports most
// of them as "end of map not found", one per run, sometimes on another line.

#include <string>
#include <string_view>
#include <vector>

#include "model/diagnostics.hpp"

namespace wwc {

enum class YamlMistakeKind {
    tab,                  ///< a tab in the indentation
    indentation,          ///< a line indented differently from the lines above it
    missing_colon,        ///< a key written without its ':'
    non_breaking_space,   ///< U+00A0 or U+202F in the indentation or next to a key's ':'
    status_on_same_line,  ///< evidence added under a criterion answered "DM1: met"
    uncommented,          ///< a template line uncommented by deleting only '#'
    colon_in_value,       ///< ": " inside a value that is not quoted
};

/// One layout mistake: where it is and what to change.
struct YamlMistake {
    YamlMistakeKind kind;
    int line = 0;    ///< 1-based
    int column = 0;  ///< 1-based, in characters
    Message message;
};

/// Every layout mistake in `text` (UTF-8), in line order; none in a well-formed
/// file. Stops quietly where the text uses YAML it does not model (anchors,
/// aliases, tags, explicit keys, a second document), keeping what it found before.
std::vector<YamlMistake> find_yaml_mistakes(std::string_view text);

}  // namespace wwc

#pragma once
// The open block levels of a YAML text (mappings and lists, known by the
// indentation of their entries) and where a line's indentation puts it.

#include <functional>
#include <optional>
#include <vector>

namespace wwc {

/// An indentation the lines above a line have: `spaces`, as on line `line`.
struct IndentedLike {
    int spaces = 0;
    int line = 0;
};

/// The entries of an open block mapping or list: their indentation and lines.
struct IndentLevel {
    int indent = 0;
    bool sequence = false;
    std::vector<int> lines;
};

/// What is wrong with where a line sits, before it is put into words.
struct Misplacement {
    enum class Kind {
        dash_among_keys,    ///< a list item at the indentation of mapping keys
        indentation,        ///< between two levels, or deeper than the lines above it
        uncommented,        ///< the line is one space deeper than its level: an uncommented template line
        uncommented_level,  ///< the level just left was one space too deep: uncommented template lines
    };
    Kind kind;
    std::vector<int> lines;          ///< uncommented_level: the lines of that level
    std::vector<IndentedLike> like;  ///< indentation: what it may have meant, one or two (less indented first)
};

/// Whether line `line`, indented `indent`, one space deeper than the lines
/// around it, may be a template line uncommented by deleting only its '#'.
using TemplateTest = std::function<bool(int line, int indent)>;

/// Puts line `line` (indented `indent`; a list item when `dash`) among
/// `levels`: closes the deeper levels and adds it to the one it lines up
/// with. When it lines up with none, it goes where it most likely belongs and
/// the mistake is returned.
std::optional<Misplacement> place_line(std::vector<IndentLevel>& levels, int indent, bool dash, int line,
                                       const TemplateTest& from_template);

}  // namespace wwc

#pragma once
// One line of block YAML taken apart as far as the layout-mistake finder needs:
// its indentation, a list dash, a key and its colon, what kind of value follows.
// Offsets are bytes into the line; columns are 1-based and count characters.

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace wwc {

/// Calls `f(line, number)` for each line of `text` (number 1-based), without
/// its line break ("\n" or "\r\n").
template <typename F>
void for_each_line(std::string_view text, F&& f) {
    int number = 0;
    for (std::size_t start = 0; start <= text.size();) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        std::string_view line = text.substr(start, end - start);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        f(line, ++number);
        start = end + 1;
    }
}

/// A line's leading white space.
struct Indentation {
    int width = 0;            ///< characters before the content, a non-breaking space counted as a space
    std::size_t content = 0;  ///< byte offset of the first other character (the line's size when none)
    int tab_column = 0;       ///< column of the first tab in it, 0 when none
    int nbsp_column = 0;      ///< column of the first non-breaking space in it, 0 when none
};

/// The indentation of `line`: spaces, tabs and non-breaking spaces.
Indentation read_indentation(std::string_view line);

/// Byte length of the non-breaking space (U+00A0 or U+202F) at `text[i]`, 0 when there is none.
std::size_t nbsp_length(std::string_view text, std::size_t i);

/// The 1-based column, in characters, of byte `offset` of `line`.
int column_of(std::string_view line, std::size_t offset);

/// What a node starts with. `unsupported` is YAML the finder does not model
/// (anchors, aliases, tags, explicit keys, reserved characters): it stops there.
enum class NodeKind { empty, dash, key, plain, quoted, flow, block_scalar, unsupported };

/// A node read from a byte offset of a line.
struct LineNode {
    NodeKind kind = NodeKind::empty;
    std::size_t begin = 0;                  ///< its first byte
    std::size_t key_end = 0;                ///< keys: one past the key, spaces before the colon left out
    std::size_t value = 0;                  ///< keys and dashes: the first byte of what follows, spaces skipped
    NodeKind value_kind = NodeKind::empty;  ///< keys: what the value is (never `key`)
    int nbsp_column = 0;                    ///< keys: a non-breaking space next to the colon, 0 when none
};

/// The node of `line` that starts at byte `at` (past the indentation or a dash).
LineNode read_node(std::string_view line, std::size_t at);

/// The text of the key of `node`, a key read from `line`.
inline std::string_view key_of(std::string_view line, const LineNode& node) {
    return line.substr(node.begin, node.key_end - node.begin);
}

/// The offset of a ':' followed by a space (or ending the text) in the plain
/// scalar that starts at `at`, before any comment; npos when there is none.
std::size_t colon_in_plain(std::string_view line, std::size_t at);

/// A quoted scalar or flow collection that may go on over several lines.
struct OpenNode {
    char quote = 0;  ///< the quote of a quoted scalar being read, 0 outside one
    int depth = 0;   ///< open '[' and '{'
};

/// Reads on through an open quoted scalar or flow collection from byte `at`:
/// the offset just past its end, or npos when it goes on past the line.
std::size_t read_open(std::string_view line, std::size_t at, OpenNode& open);

/// The first word of the plain text at `at` (up to a space, a tab or a non-breaking space).
std::string_view first_word(std::string_view line, std::size_t at);

/// The commented-out key lines of a text ("#   air_quality: ..."), to tell a
/// line that was uncommented by deleting only its '#'.
class CommentedKeys {
public:
    explicit CommentedKeys(std::string_view text);

    /// True when the nearest line above or below line `number` (blank lines
    /// aside) is a commented-out key line indented `indent` once its '#' is deleted.
    bool beside(int number, int indent) const;

private:
    std::vector<int> indents_;  // per line: that indentation, or none, or blank
};

/// The plain value at `at`, without a comment or trailing blanks.
std::string plain_text(std::string_view line, std::size_t at);

/// True for "---" and "..." alone at the start of a line (a comment may follow).
bool is_document_marker(std::string_view line);

}  // namespace wwc

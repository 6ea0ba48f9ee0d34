#include "input/yaml_line.hpp"

#include <cctype>
#include <optional>

namespace wwc {
namespace {

constexpr std::size_t npos = std::string_view::npos;

bool is_blank(char c) { return c == ' ' || c == '\t'; }

// Byte length of a non-breaking space that ends just before `end`, 0 when none.
std::size_t nbsp_before(std::string_view text, std::size_t end) {
    if (end >= 2 && nbsp_length(text, end - 2) == 2) return 2;
    if (end >= 3 && nbsp_length(text, end - 3) == 3) return 3;
    return 0;
}

// True when a ':' at `i` ends a key: a space, a tab or the end of the line
// follows it (a non-breaking space too, when `nbsp`: a mistake found later).
bool ends_key(std::string_view line, std::size_t i, bool nbsp) {
    return i + 1 == line.size() || is_blank(line[i + 1]) || (nbsp && nbsp_length(line, i + 1) > 0);
}

bool starts_comment(std::string_view line, std::size_t i) {
    return line[i] == '#' && (i == 0 || is_blank(line[i - 1]));
}

// The offset of the first ':' that ends a plain scalar's text, before any comment.
std::size_t find_colon(std::string_view line, std::size_t at, bool nbsp) {
    for (std::size_t i = at; i < line.size(); ++i) {
        if (i > at && starts_comment(line, i)) return npos;
        if (line[i] == ':' && ends_key(line, i, nbsp)) return i;
    }
    return npos;
}

// '|' or '>' with its indicators (a digit, '+' or '-') and nothing after but a comment.
bool is_block_header(std::string_view rest) {
    std::size_t i = 0;
    while (i < rest.size() && i < 2 && (rest[i] == '+' || rest[i] == '-' || (rest[i] >= '1' && rest[i] <= '9'))) ++i;
    while (i < rest.size() && is_blank(rest[i])) ++i;
    return i == rest.size() || (rest[i] == '#' && i > 0 && is_blank(rest[i - 1]));
}

NodeKind classify(std::string_view line, std::size_t at) {
    if (at >= line.size() || line[at] == '#') return NodeKind::empty;
    const char c = line[at];
    const bool spaced = at + 1 == line.size() || line[at + 1] == ' ';
    if (c == '"' || c == '\'') return NodeKind::quoted;
    if (c == '[' || c == '{') return NodeKind::flow;
    if (c == '|' || c == '>')
        return is_block_header(line.substr(at + 1)) ? NodeKind::block_scalar : NodeKind::unsupported;
    const bool separated = spaced || line[at + 1] == '\t';
    if (c == '-' && separated) return NodeKind::dash;
    if ((c == '?' || c == ':') && separated) return NodeKind::unsupported;
    if (std::string_view("&*!%@`,]}").find(c) != npos) return NodeKind::unsupported;
    return NodeKind::plain;
}

std::size_t skip_blanks(std::string_view line, std::size_t i, int* nbsp_column) {
    while (i < line.size()) {
        if (is_blank(line[i])) {
            ++i;
        } else if (const std::size_t n = nbsp_length(line, i)) {
            if (nbsp_column && *nbsp_column == 0) *nbsp_column = column_of(line, i);
            i += n;
        } else {
            break;
        }
    }
    return i;
}

// The previous character that is not a space is an opening bracket or a
// separator, so a quote at `i` opens a quoted scalar inside a flow collection.
bool opens_flow_scalar(std::string_view line, std::size_t i) {
    while (i > 0 && is_blank(line[i - 1])) --i;
    return i == 0 || std::string_view("[{,:").find(line[i - 1]) != npos;
}

// The indentation of a commented-out key line ("#   air_quality: ...") once only
// its '#' is deleted; nullopt for other lines and for "# key:" with one space.
std::optional<int> commented_key_indent(std::string_view line) {
    const std::size_t hash = line.find_first_not_of(' ');
    if (hash == npos || line[hash] != '#') return std::nullopt;
    const std::size_t key = line.find_first_not_of(' ', hash + 1);
    if (key == npos || key < hash + 3) return std::nullopt;
    std::size_t end = key;
    while (end < line.size() && (std::isalnum(static_cast<unsigned char>(line[end])) || line[end] == '_')) ++end;
    if (end == key || end >= line.size() || line[end] != ':') return std::nullopt;
    if (end + 1 < line.size() && line[end + 1] != ' ') return std::nullopt;
    return static_cast<int>(key - 1);
}

constexpr int no_key = -1;
constexpr int blank_line = -2;

}  // namespace

std::size_t nbsp_length(std::string_view text, std::size_t i) {
    if (text.substr(i, 2) == "\xC2\xA0") return 2;
    if (text.substr(i, 3) == "\xE2\x80\xAF") return 3;
    return 0;
}

int column_of(std::string_view line, std::size_t offset) {
    int column = 1;
    for (std::size_t i = 0; i < offset && i < line.size(); ++i)
        if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++column;
    return column;
}

Indentation read_indentation(std::string_view line) {
    Indentation out;
    std::size_t i = 0;
    int characters = 0;
    while (i < line.size()) {
        if (line[i] == ' ') {
            ++out.width;
            ++i;
        } else if (line[i] == '\t') {
            if (out.tab_column == 0) out.tab_column = characters + 1;
            ++i;
        } else if (const std::size_t n = nbsp_length(line, i)) {
            if (out.nbsp_column == 0) out.nbsp_column = characters + 1;
            ++out.width;
            i += n;
        } else {
            break;
        }
        ++characters;
    }
    out.content = i;
    return out;
}

LineNode read_node(std::string_view line, std::size_t at) {
    LineNode node;
    node.begin = at;
    node.kind = classify(line, at);
    if (node.kind == NodeKind::dash) {
        node.value = skip_blanks(line, at + 1, nullptr);
        return node;
    }
    std::size_t colon = npos;
    if (node.kind == NodeKind::plain) {
        colon = find_colon(line, at, true);
    } else if (node.kind == NodeKind::quoted) {
        OpenNode open{line[at], 0};
        const std::size_t end = read_open(line, at + 1, open);
        const std::size_t next = end == npos ? npos : skip_blanks(line, end, nullptr);
        if (next < line.size() && line[next] == ':' && ends_key(line, next, true)) colon = next;
    }
    if (colon == npos) return node;
    node.kind = NodeKind::key;
    node.key_end = colon;
    while (node.key_end > at) {
        if (is_blank(line[node.key_end - 1])) {
            --node.key_end;
        } else if (const std::size_t n = nbsp_before(line, node.key_end)) {
            node.key_end -= n;
            node.nbsp_column = column_of(line, node.key_end);
        } else {
            break;
        }
    }
    node.value = skip_blanks(line, colon + 1, &node.nbsp_column);
    node.value_kind = classify(line, node.value);
    if (node.value_kind == NodeKind::dash) node.value_kind = NodeKind::unsupported;
    return node;
}

std::size_t colon_in_plain(std::string_view line, std::size_t at) { return find_colon(line, at, false); }

std::size_t read_open(std::string_view line, std::size_t at, OpenNode& open) {
    for (std::size_t i = at; i < line.size(); ++i) {
        const char c = line[i];
        if (open.quote) {
            if (open.quote == '"' && c == '\\') {
                ++i;
            } else if (c == open.quote && open.quote == '\'' && i + 1 < line.size() && line[i + 1] == '\'') {
                ++i;
            } else if (c == open.quote) {
                open.quote = 0;
                if (open.depth == 0) return i + 1;
            }
        } else if (starts_comment(line, i)) {
            return npos;
        } else if ((c == '"' || c == '\'') && opens_flow_scalar(line, i)) {
            open.quote = c;
        } else if (c == '[' || c == '{') {
            ++open.depth;
        } else if ((c == ']' || c == '}') && --open.depth <= 0) {
            open.depth = 0;
            return i + 1;
        }
    }
    return npos;
}

std::string_view first_word(std::string_view line, std::size_t at) {
    std::size_t end = at;
    while (end < line.size() && !is_blank(line[end]) && nbsp_length(line, end) == 0) ++end;
    return line.substr(at, end - at);
}

std::string plain_text(std::string_view line, std::size_t at) {
    std::size_t end = line.find(" #", at);
    if (end == npos) end = line.size();
    while (end > at && is_blank(line[end - 1])) --end;
    return std::string(line.substr(at, end - at));
}

CommentedKeys::CommentedKeys(std::string_view text) {
    for_each_line(text, [this](std::string_view line, int) {
        const bool blank = line.find_first_not_of(" \t") == npos;
        indents_.push_back(blank ? blank_line : commented_key_indent(line).value_or(no_key));
    });
}

bool CommentedKeys::beside(int number, int indent) const {
    for (const int step : {-1, 1}) {
        int at = number - 1 + step;
        while (at >= 0 && at < static_cast<int>(indents_.size()) && indents_[at] == blank_line) at += step;
        if (at >= 0 && at < static_cast<int>(indents_.size()) && indents_[at] == indent) return true;
    }
    return false;
}

bool is_document_marker(std::string_view line) {
    const std::string_view start = line.substr(0, 3);
    return (start == "---" || start == "...") && (line.size() == 3 || is_blank(line[3]));
}

}  // namespace wwc

#include "util/text.hpp"

#include <algorithm>
#include <cstdio>

namespace wwc {

std::size_t utf8_length(std::string_view text, std::size_t i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char lead = byte(i);
    std::size_t length = 0;
    unsigned min = 0;
    unsigned code = 0;
    if (lead < 0x80) return 1;
    if (lead >= 0xC2 && lead <= 0xDF) { length = 2; code = lead & 0x1Fu; min = 0x80; }
    else if (lead >= 0xE0 && lead <= 0xEF) { length = 3; code = lead & 0x0Fu; min = 0x800; }
    else if (lead >= 0xF0 && lead <= 0xF4) { length = 4; code = lead & 0x07u; min = 0x10000; }
    else return 0;
    if (i + length > text.size()) return 0;
    for (std::size_t k = 1; k < length; ++k) {
        if ((byte(i + k) & 0xC0u) != 0x80) return 0;
        code = (code << 6) | (byte(i + k) & 0x3Fu);
    }
    if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return 0;
    return length;
}

char32_t utf8_decode(std::string_view text, std::size_t i, std::size_t length) {
    const auto lead = static_cast<unsigned char>(text[i]);
    if (length == 1) return lead;
    char32_t code = lead & (0x7Fu >> length);
    for (std::size_t k = 1; k < length; ++k) code = (code << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3Fu);
    return code;
}

bool is_unsafe_character(char32_t c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029 || c == 0xFEFF || c == 0x061C ||
           c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

namespace {
// Printable ASCII, the bulk of every file: one byte, a whole character, safe.
bool is_printable_ascii(char c) { return c >= 0x20 && c < 0x7F; }
}  // namespace

std::optional<UnsafeCharacter> find_unsafe(std::string_view text, bool multiline) {
    for (std::size_t i = 0; i < text.size();) {
        if (is_printable_ascii(text[i])) {
            ++i;
            continue;
        }
        const std::size_t length = utf8_length(text, i);
        if (length == 0) return UnsafeCharacter{0xFFFFFFFF, i};
        const char32_t c = utf8_decode(text, i, length);
        if (is_unsafe_character(c) && !(multiline && (c == '\t' || c == '\n'))) return UnsafeCharacter{c, i};
        i += length;
    }
    return std::nullopt;
}

namespace {

// White space as .NET's char.IsWhiteSpace has it: the GitHub Actions runner
// trims it from the start of a line before it looks for "::".
bool is_white_space(char32_t c) {
    return c == ' ' || (c >= 0x09 && c <= 0x0D) || c == 0x85 || c == 0xA0 || c == 0x1680 || c == 0x180E ||
           (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
           c == 0x3000;
}

}  // namespace

std::string escape_unsafe(std::string_view text, bool multiline) {
    std::string out;
    out.reserve(text.size());
    char buffer[16];
    bool line_start = true;  // nothing but white space since the start of the text or of a line
    for (std::size_t i = 0; i < text.size();) {
        // Most text is printable ASCII: one step, but ':' and '[' may start a workflow command.
        if (const char ch = text[i]; is_printable_ascii(ch) && ch != ':' && ch != '[') {
            out += ch;
            line_start = line_start && ch == ' ';
            ++i;
            continue;
        }
        const std::size_t length = utf8_length(text, i);
        if (length == 0) {
            std::snprintf(buffer, sizeof buffer, "\\x%02x", static_cast<unsigned char>(text[i]));
            out += buffer;
            ++i;
            line_start = false;
            continue;
        }
        const char32_t c = utf8_decode(text, i, length);
        const bool kept = !is_unsafe_character(c) || (multiline && (c == '\t' || c == '\n'));
        if (kept && c == ':' && line_start && text.substr(i, 2) == "::") out += "\\x3a";  // a workflow command
        else if (kept && c == '[' && i >= 2 && text.substr(i - 2, 2) == "##") out += "\\x5b";  // a legacy one
        else if (kept) out.append(text.substr(i, length));
        else if (c == '\n') out += "\\n";
        else if (c == '\t') out += "\\t";
        else if (c == '\r') out += "\\r";
        else if (c < 0x80) {
            std::snprintf(buffer, sizeof buffer, "\\x%02x", static_cast<unsigned>(c));
            out += buffer;
        } else {
            std::snprintf(buffer, sizeof buffer, "\\u%04x", static_cast<unsigned>(c));
            out += buffer;
        }
        line_start = kept && (c == '\n' || (line_start && is_white_space(c)));
        i += length;
    }
    return out;
}

std::size_t display_width(std::string_view text) {
    std::size_t width = 0;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t length = std::max<std::size_t>(1, utf8_length(text, i));
        const char32_t c = length == 1 ? static_cast<unsigned char>(text[i]) : utf8_decode(text, i, length);
        if (!(c >= 0x0300 && c <= 0x036F)) ++width;  // combining diacritical marks take no column
        i += length;
    }
    return width;
}

std::string join(const std::vector<std::string>& items, std::string_view separator) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += separator;
        out += items[i];
    }
    return out;
}

std::string code_point_name(char32_t c) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(c));
    return buffer;
}

std::vector<std::string> wrap_words(std::string_view text, std::size_t width) {
    std::vector<std::string> lines;
    std::string line;
    std::size_t used = 0;
    while (!text.empty()) {
        const std::size_t start = text.find_first_not_of(' ');
        if (start == std::string_view::npos) break;
        text.remove_prefix(start);
        const std::string_view word = text.substr(0, text.find(' '));
        text.remove_prefix(word.size());
        const std::size_t w = display_width(word);
        if (!line.empty() && used + 1 + w > width) {
            lines.push_back(std::move(line));
            line.clear();
            used = 0;
        }
        if (!line.empty()) {
            line += ' ';
            ++used;
        }
        line += word;
        used += w;
    }
    if (!line.empty()) lines.push_back(std::move(line));
    return lines;
}

std::string_view file_name(std::string_view path) {
    const std::size_t slash = path.find_last_of('/');
    return slash == std::string_view::npos || slash + 1 == path.size() ? path : path.substr(slash + 1);
}

}  // namespace wwc

#pragma once
// What every output of a fuzzed input must be, so that fuzzing finds
// injections and broken documents, not only crashes: valid UTF-8; no control
// character but a line feed (and a tab in text, markdown and HTML); no line a
// CI runner reads as a command but the annotations --format github writes;
// JSON that parses; XML that is well formed. A failure prints what and where,
// then aborts, which libFuzzer reports as a crash with the input that made it.

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "util/text.hpp"

namespace wwc::fuzz {

[[noreturn]] inline void fail(std::string_view where, std::string_view what, std::string_view text,
                              std::size_t at) {
    const std::size_t from = at > 80 ? at - 80 : 0;
    std::fprintf(stderr, "\n%.*s: %.*s at byte %zu:\n%s\n", static_cast<int>(where.size()), where.data(),
                 static_cast<int>(what.size()), what.data(), at,
                 escape_unsafe(text.substr(from, 160)).c_str());
    std::abort();
}

// White space as .NET's char.IsWhiteSpace has it (GitHub's runner trims it).
inline std::size_t white_space_length(std::string_view text, std::size_t i) {
    const std::size_t length = utf8_length(text, i);
    if (length == 0) return 0;
    const char32_t c = utf8_decode(text, i, length);
    const bool space = c == ' ' || (c >= 0x09 && c <= 0x0D) || c == 0x85 || c == 0xA0 || c == 0x1680 ||
                       c == 0x180E || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F ||
                       c == 0x205F || c == 0x3000;
    return space ? length : 0;
}

/// UTF-8, controls, and workflow commands: `annotations` allows the lines
/// --format github writes (`::error file=...::`, `::warning`, `::notice`).
inline void check_text(std::string_view where, std::string_view text, bool tabs, bool annotations) {
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t length = utf8_length(text, i);
        if (length == 0) fail(where, "invalid UTF-8", text, i);
        const char32_t c = utf8_decode(text, i, length);
        if (is_unsafe_character(c) && c != '\n' && !(tabs && c == '\t'))
            fail(where, "control character " + code_point_name(c), text, i);
        i += length;
    }
    if (text.find("##[") != std::string_view::npos) fail(where, "a legacy workflow command", text, text.find("##["));
    for (std::size_t start = 0; start < text.size();) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        std::size_t i = start;
        while (i < end && white_space_length(text, i) > 0) i += white_space_length(text, i);
        const std::string_view line = text.substr(i, end - i);
        if (line.substr(0, 2) == "::") {
            const bool ours = annotations && i == start &&
                              (line.substr(0, 8) == "::error " || line.substr(0, 10) == "::warning " ||
                               line.substr(0, 9) == "::notice ");
            if (!ours) fail(where, "a workflow command", text, i);
        }
        start = end + 1;
    }
}

/// A small JSON parser that only says whether `text` is one JSON value.
class JsonCheck {
public:
    explicit JsonCheck(std::string_view text) : m_text(text) {}

    std::size_t error_at() {
        space();
        if (!value(0)) return m_at;
        space();
        return m_at == m_text.size() ? std::string_view::npos : m_at;
    }

private:
    bool more() const { return m_at < m_text.size(); }
    char peek() const { return more() ? m_text[m_at] : '\0'; }
    void space() {
        while (more() && (peek() == ' ' || peek() == '\n' || peek() == '\r' || peek() == '\t')) ++m_at;
    }
    bool literal(std::string_view word) {
        if (m_text.substr(m_at, word.size()) != word) return false;
        m_at += word.size();
        return true;
    }
    bool digits() {
        const std::size_t from = m_at;
        while (more() && peek() >= '0' && peek() <= '9') ++m_at;
        return m_at > from;
    }
    bool number() {
        if (peek() == '-') ++m_at;
        if (peek() == '0') ++m_at;
        else if (!digits()) return false;
        if (peek() == '.' && (++m_at, !digits())) return false;
        if (peek() == 'e' || peek() == 'E') {
            ++m_at;
            if (peek() == '+' || peek() == '-') ++m_at;
            if (!digits()) return false;
        }
        return true;
    }
    bool string() {
        if (peek() != '"') return false;
        for (++m_at; more(); ++m_at) {
            const auto c = static_cast<unsigned char>(peek());
            if (c == '"') return ++m_at, true;
            if (c < 0x20) return false;
            if (c != '\\') continue;
            ++m_at;
            if (std::string_view("\"\\/bfnrt").find(peek()) != std::string_view::npos && more()) continue;
            if (peek() != 'u') return false;
            for (int k = 0; k < 4; ++k)
                if (++m_at, !std::isxdigit(static_cast<unsigned char>(peek()))) return false;
        }
        return false;
    }
    bool value(int depth) {
        if (depth > 256) return false;
        space();
        switch (peek()) {
        case '{': return members(depth, '}', true);
        case '[': return members(depth, ']', false);
        case '"': return string();
        case 't': return literal("true");
        case 'f': return literal("false");
        case 'n': return literal("null");
        default: return number();
        }
    }
    bool members(int depth, char close, bool keys) {
        ++m_at;
        space();
        if (peek() == close) return ++m_at, true;
        for (;;) {
            if (keys) {
                space();
                if (!string()) return false;
                space();
                if (peek() != ':') return false;
                ++m_at;
            }
            if (!value(depth + 1)) return false;
            space();
            if (peek() == close) return ++m_at, true;
            if (peek() != ',') return false;
            ++m_at;
        }
    }

    std::string_view m_text;
    std::size_t m_at = 0;
};

/// Whether `text` is well-formed XML as our writers write it: a declaration,
/// then one element of elements, attributes in double quotes, text and
/// attribute values without '<' and with only the five named or numeric
/// character references, comments and CDATA sections.
inline std::size_t xml_error_at(std::string_view text) {
    std::size_t at = 0;
    std::vector<std::string_view> open;
    bool root_seen = false;
    const auto name_at = [&](std::size_t& i) {
        const std::size_t from = i;
        while (i < text.size() && (std::isalnum(static_cast<unsigned char>(text[i])) || text[i] == '_' ||
                                   text[i] == ':' || text[i] == '-' || text[i] == '.'))
            ++i;
        return text.substr(from, i - from);
    };
    const auto reference_ok = [&](std::size_t i) {
        const std::size_t semicolon = text.find(';', i);
        if (semicolon == std::string_view::npos || semicolon - i > 10) return false;
        const std::string_view ref = text.substr(i + 1, semicolon - i - 1);
        if (ref == "amp" || ref == "lt" || ref == "gt" || ref == "quot" || ref == "apos") return true;
        if (ref.size() < 2 || ref[0] != '#') return false;
        const bool hex = ref[1] == 'x';
        const std::string_view digits = ref.substr(hex ? 2 : 1);
        if (digits.empty()) return false;
        for (char c : digits)
            if (!(hex ? std::isxdigit(static_cast<unsigned char>(c)) : std::isdigit(static_cast<unsigned char>(c))))
                return false;
        return true;
    };
    if (text.substr(0, 5) == "<?xml") {
        at = text.find("?>");
        if (at == std::string_view::npos) return 0;
        at += 2;
    }
    while (at < text.size()) {
        if (text[at] == '&') {
            if (!reference_ok(at)) return at;
            ++at;
        } else if (text[at] != '<') {
            if (open.empty() && !std::isspace(static_cast<unsigned char>(text[at]))) return at;
            ++at;
        } else if (text.substr(at, 4) == "<!--") {
            const std::size_t end = text.find("-->", at + 4);
            if (end == std::string_view::npos) return at;
            at = end + 3;
        } else if (text.substr(at, 9) == "<![CDATA[") {
            const std::size_t end = text.find("]]>", at + 9);
            if (end == std::string_view::npos || open.empty()) return at;
            at = end + 3;
        } else if (text.substr(at, 2) == "</") {
            std::size_t i = at + 2;
            const std::string_view name = name_at(i);
            if (open.empty() || open.back() != name || i >= text.size() || text[i] != '>') return at;
            open.pop_back();
            at = i + 1;
        } else {
            std::size_t i = at + 1;
            const std::string_view name = name_at(i);
            if (name.empty() || (open.empty() && root_seen)) return at;
            for (;;) {
                while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
                if (i >= text.size()) return at;
                if (text[i] == '>' || text.substr(i, 2) == "/>") break;
                if (name_at(i).empty() || i + 1 >= text.size() || text[i] != '=' || text[i + 1] != '"') return i;
                for (i += 2; i < text.size() && text[i] != '"'; ++i)
                    if (text[i] == '<' || (text[i] == '&' && !reference_ok(i))) return i;
                if (i >= text.size()) return i;
                ++i;
            }
            if (text[i] == '>') open.push_back(name);
            root_seen = true;
            at = i + (text[i] == '>' ? 1 : 2);
        }
    }
    return open.empty() && root_seen ? std::string_view::npos : text.size();
}

/// Every check that fits `format`, the name of a row of a format table.
inline void check_output(std::string_view where, std::string_view format, std::string_view text) {
    const bool tabs = format == "text" || format == "markdown" || format == "html";
    check_text(where, text, tabs, format == "github");
    if (format == "json" || format == "sarif" || format == "gitlab" || format == "schema") {
        if (const std::size_t at = JsonCheck(text).error_at(); at != std::string_view::npos)
            fail(where, "not JSON", text, at);
    }
    if (format == "junit") {
        if (const std::size_t at = xml_error_at(text); at != std::string_view::npos)
            fail(where, "not well-formed XML", text, at);
    }
}

}  // namespace wwc::fuzz

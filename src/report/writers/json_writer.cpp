#include "report/writers/json_writer.hpp"

#include <cassert>
#include <cmath>
#include <cstdio>

#include <fmt/format.h>

#include "util/text.hpp"

namespace wwc {

std::string json_quote(std::string_view text) {
    std::string out = "\"";
    char buffer[16];
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t length = utf8_length(text, i);
        if (length == 0) {
            std::snprintf(buffer, sizeof buffer, "\\\\x%02x", static_cast<unsigned char>(text[i]));
            out += buffer;
            ++i;
            continue;
        }
        const char32_t c = utf8_decode(text, i, length);
        if (c == '"') out += "\\\"";
        else if (c == '\\') out += "\\\\";
        else if (c == '\n') out += "\\n";
        else if (c == '\r') out += "\\r";
        else if (c == '\t') out += "\\t";
        else if (c == '[' && i >= 2 && text.substr(i - 2, 2) == "##") out += "\\u005b";  // a CI runner's command
        else if (is_unsafe_character(c)) {
            std::snprintf(buffer, sizeof buffer, "\\u%04x", static_cast<unsigned>(c));
            out += buffer;
        } else {
            out.append(text.substr(i, length));
        }
        i += length;
    }
    out += '"';
    return out;
}

void JsonWriter::indent(std::size_t level) {
    m_out += '\n';
    m_out.append(2 * level, ' ');
}

void JsonWriter::before_value() {
    if (m_after_key) {
        m_after_key = false;
        return;
    }
    if (!m_has_items.empty()) {
        if (m_has_items.back()) m_out += ',';
        m_has_items.back() = true;
        indent(m_has_items.size());
    }
}

void JsonWriter::open(char bracket) {
    before_value();
    m_out += bracket;
    m_has_items.push_back(false);
}

void JsonWriter::close(char bracket) {
    assert(!m_has_items.empty());
    const bool had_items = m_has_items.back();
    m_has_items.pop_back();
    if (had_items) indent(m_has_items.size());
    m_out += bracket;
}

JsonWriter& JsonWriter::begin_object() {
    open('{');
    return *this;
}
JsonWriter& JsonWriter::end_object() {
    close('}');
    return *this;
}
JsonWriter& JsonWriter::begin_array() {
    open('[');
    return *this;
}
JsonWriter& JsonWriter::end_array() {
    close(']');
    return *this;
}

JsonWriter& JsonWriter::key(std::string_view name) {
    before_value();
    m_out += json_quote(name);
    m_out += ": ";
    m_after_key = true;
    return *this;
}

JsonWriter& JsonWriter::value(std::string_view text) {
    before_value();
    m_out += json_quote(text);
    return *this;
}

JsonWriter& JsonWriter::value(bool flag) {
    before_value();
    m_out += flag ? "true" : "false";
    return *this;
}

JsonWriter& JsonWriter::value(long long number) {
    before_value();
    m_out += std::to_string(number);
    return *this;
}

JsonWriter& JsonWriter::value(unsigned long number) {
    before_value();
    m_out += std::to_string(number);
    return *this;
}

JsonWriter& JsonWriter::value(double number) {
    if (!std::isfinite(number)) return null();
    before_value();
    m_out += fmt::format("{}", number);
    return *this;
}

JsonWriter& JsonWriter::null() {
    before_value();
    m_out += "null";
    return *this;
}

std::string JsonWriter::str() const {
    assert(m_has_items.empty());
    return m_out + "\n";
}

}  // namespace wwc

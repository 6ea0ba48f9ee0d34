#pragma once
// A small streaming JSON writer: escaping, commas and indentation in one place.

#include <string>
#include <string_view>
#include <vector>

namespace wwc {

/// Writes JSON indented by two spaces. Calls must nest properly; `key` only
/// inside objects. Strings are written as valid UTF-8 JSON whatever they hold:
/// controls, line separators and bidirectional overrides as \u escapes, and a
/// byte that is not UTF-8 as the visible text \xNN.
class JsonWriter {
public:
    /// `depth`: the indentation of the first value, for a value written inside
    /// a document that someone else opened (a streamed array's elements).
    explicit JsonWriter(int depth = 0) : m_base(depth) {}

    JsonWriter& begin_object();
    JsonWriter& end_object();
    JsonWriter& begin_array();
    JsonWriter& end_array();
    JsonWriter& key(std::string_view name);
    JsonWriter& value(std::string_view text);
    JsonWriter& value(const char* text) { return value(std::string_view(text)); }
    JsonWriter& value(const std::string& text) { return value(std::string_view(text)); }
    JsonWriter& value(bool flag);
    JsonWriter& value(int number) { return value(static_cast<long long>(number)); }
    JsonWriter& value(long number) { return value(static_cast<long long>(number)); }
    JsonWriter& value(unsigned long number);
    JsonWriter& value(long long number);
    JsonWriter& value(double number);
    JsonWriter& null();

    /// The complete document: every container closed. A top-level document
    /// ends in a newline; a value written at a `depth` does not.
    std::string str() const;

private:
    void before_value();
    void open(char bracket);
    void close(char bracket);
    void indent(std::size_t level);

    std::string m_out;
    int m_base;
    std::vector<bool> m_has_items;  // per open container
    bool m_after_key = false;
};

/// `text` as a quoted JSON string, escaped as JsonWriter escapes it.
std::string json_quote(std::string_view text);

}  // namespace wwc

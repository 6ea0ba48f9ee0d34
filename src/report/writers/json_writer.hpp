#pragma once
// A small streaming JSON writer: escaping, commas and indentation in one place.

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace wwc {

/// Writes JSON indented by two spaces. Calls must nest properly; `key` only
/// inside objects. Strings are written as valid UTF-8 JSON whatever they hold:
/// controls, line separators and bidirectional overrides as \u escapes, and a
/// byte that is not UTF-8 as the visible text \xNN. The '[' of "##[" is \u005b,
/// so that a log that shows the document holds no CI runner's command.
class JsonWriter {
public:
    /// A writer for a whole document, or for a part of one written in parts:
    /// `open` are the containers a previous part left open, outermost first,
    /// each true when it already holds an item (so the next one needs a comma).
    explicit JsonWriter(std::vector<bool> open = {}) : m_has_items(std::move(open)), m_given(m_has_items.size()) {}

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
    /// `text`, or null when it is empty (an id or a date that may be absent).
    JsonWriter& text_or_null(std::string_view text) { return text.empty() ? null() : value(text); }
    /// `*number`, or null.
    JsonWriter& number_or_null(const std::optional<double>& number) { return number ? value(*number) : null(); }

    /// The document, every container closed, ending in a newline.
    std::string str() const;
    /// The text so far, containers left open: a part of a document written in parts.
    const std::string& part() const { return m_out; }

private:
    void before_value();
    void open(char bracket);
    void close(char bracket);
    void indent(std::size_t level);

    std::string m_out;
    std::vector<bool> m_has_items;  // per open container
    std::size_t m_given;            // containers a previous part left open
    bool m_after_key = false;
};

/// `text` as a quoted JSON string, escaped as JsonWriter escapes it.
std::string json_quote(std::string_view text);

}  // namespace wwc

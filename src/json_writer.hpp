#pragma once
// A small streaming JSON writer: escaping and commas in one place.

#include <string>
#include <string_view>
#include <vector>

namespace wwc {

/// Writes indented JSON. Calls must nest properly; `key` only inside objects.
class JsonWriter {
public:
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
    JsonWriter& value(long long number);
    JsonWriter& value(double number);
    JsonWriter& null();

    /// The document written so far, with a final newline once complete.
    std::string str() const;

private:
    void before_value();
    void open(char bracket);
    void close(char bracket);

    std::string out_;
    std::vector<bool> has_items_;  // per open container
    bool after_key_ = false;
};

/// `text` as a quoted JSON string.
std::string json_quote(std::string_view text);

}  // namespace wwc

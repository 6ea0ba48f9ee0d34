#include "report/writers/csv_writer.hpp"

#include <cstdlib>

#include "util/text.hpp"

namespace wwc {
namespace {

bool is_number(std::string_view text) {
    if (text.empty()) return false;
    const std::string copy(text);
    char* end = nullptr;
    std::strtod(copy.c_str(), &end);
    return *end == '\0' && copy.find_first_not_of("+-.0123456789eE") == std::string::npos;
}

}  // namespace

std::string csv_field(std::string_view raw) {
    // A formula starts with one of these; a tab or CR before it would hide it.
    const bool formula = !raw.empty() && std::string_view("=+-@\t\r").find(raw.front()) != std::string_view::npos &&
                         !is_number(raw);
    std::string field = escape_unsafe(raw);
    if (formula) field.insert(0, "'");
    if (field.find_first_of(",\"\r\n") == std::string::npos) return field;
    std::string out = "\"";
    for (char c : field) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
    return out;
}

std::string csv_row(const std::vector<std::string>& fields) {
    std::string out;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0) out += ',';
        out += csv_field(fields[i]);
    }
    out += '\n';
    return out;
}

}  // namespace wwc

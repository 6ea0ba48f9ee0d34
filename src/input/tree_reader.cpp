#include "input/tree_reader.hpp"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>

#include "input/value_fixes.hpp"
#include "util/dates.hpp"
#include "util/suggest.hpp"
#include "util/text.hpp"

namespace wwc {

void TreeReader::error(Location where, Message message) {
    m_diagnostics.push_back({Severity::error, std::move(where), std::move(message)});
}

void TreeReader::warning(Location where, Message message) {
    m_diagnostics.push_back({Severity::warning, std::move(where), std::move(message)});
}

void TreeReader::throw_if_errors() {
    if (!has_errors(m_diagnostics)) return;
    sort_by_place(m_diagnostics);  // the report reads top to bottom
    throw InputError(std::move(m_diagnostics));
}

bool TreeReader::expect(const YamlNode& node, YamlNode::Kind kind, std::string_view what) {
    if (node.kind == kind) return true;
    error(node, msg("'{0}' must be {1}, not {2}", what, kind_name(kind), kind_name(node.kind)));
    return false;
}

void TreeReader::check_keys(const YamlNode& map, std::initializer_list<std::string_view> known, const Message& where) {
    const std::vector<std::string> names(known.begin(), known.end());
    for (const YamlEntry& entry : map.entries)
        if (std::find(known.begin(), known.end(), entry.key) == known.end())
            error(at(entry), suggesting(msg("unknown key '{0}' in {1}", entry.key, where), suggest(entry.key, names)));
}

const YamlNode* TreeReader::required(const YamlNode& map, std::string_view key, const Message& where) {
    const YamlNode* node = map.find(key);
    if (!node) error(map, msg("missing required key '{0}' in {1}", key, where));
    return node;
}

namespace {

// A mapping of one entry on one line where a value was expected: "notes: see
// item 3: done" read as {"see item 3": "done"}.
const YamlEntry* value_with_colon(const YamlNode& node) {
    if (node.kind != YamlNode::Kind::mapping || node.entries.size() != 1) return nullptr;
    const YamlEntry& entry = node.entries[0];
    const bool single = entry.value.kind == YamlNode::Kind::scalar || entry.value.kind == YamlNode::Kind::null;
    return single && entry.value.line == entry.line ? &entry : nullptr;
}

// True when `text` is a number as files write it: digits, and a '.' unless `whole`.
bool is_plain_number(const std::string& text, bool whole) {
    char* end = nullptr;
    std::strtod(text.c_str(), &end);
    return !text.empty() && *end == '\0' && text.find_first_not_of(whole ? "+-0123456789" : "+-.0123456789") ==
                                                 std::string::npos;
}

// The fix for a number written with a '%', a decimal comma or thousands
// separators, or nullopt. `whole`: a '.' separates thousands.
std::optional<Message> number_fix(std::string_view what, const std::string& value, bool whole) {
    const std::optional<std::string> percent = without_percent(value);
    const std::string number = percent.value_or(value);
    const std::optional<std::string> digits = without_separators(number, whole);
    const std::optional<std::string> point = whole ? std::nullopt : with_decimal_point(number);
    const std::string fixed = digits ? *digits : point.value_or(number);
    if (!is_plain_number(fixed, whole) || fixed == value) return std::nullopt;
    if (percent) return msg("'{0}' must be the number alone: write {1}", what, fixed);
    if (digits) return msg("'{0}' must be a number written without separators: write {1}", what, fixed);
    return msg("'{0}' must be a number written with a '.' for decimals: write {1}", what, fixed);
}

}  // namespace

std::optional<std::string> TreeReader::scalar(const YamlNode* node, std::string_view what, bool multiline) {
    if (!node) return std::nullopt;
    if (const YamlEntry* entry = value_with_colon(*node)) {
        error(at(*entry), msg("a ':' inside a value: put the value in quotes"));
        return std::nullopt;
    }
    if (!expect(*node, YamlNode::Kind::scalar, what)) return std::nullopt;
    if (const auto bad = find_unsafe(node->value, multiline)) {
        error(*node, msg("'{0}' holds the control character {1}; remove it", what, code_point_name(bad->character)));
        return std::nullopt;
    }
    if (has_curly_quotes(node->value)) {
        error(*node, msg("curly quotes: use straight quotes \" or remove them"));
        return std::nullopt;
    }
    // The template's placeholders are written <like this>.
    if (node->value.size() > 2 && node->value.front() == '<' && node->value.back() == '>')
        warning(*node, msg("'{0}' is still the placeholder '{1}': replace it", what, node->value));
    return node->value;
}

std::optional<std::string> TreeReader::text(const YamlNode* node, std::string_view what) {
    return scalar(node, what, false);
}

std::optional<std::string> TreeReader::multiline_text(const YamlNode* node, std::string_view what) {
    return scalar(node, what, true);
}

std::optional<long long> TreeReader::integer(const YamlNode* node, std::string_view what, long long min,
                                             long long max) {
    const std::optional<std::string> value = text(node, what);
    if (!value) return std::nullopt;
    const char* begin = value->c_str();
    char* end = nullptr;
    errno = 0;
    const long long n = std::strtoll(begin, &end, 10);
    if (!node->plain || value->empty() || *end != '\0' ||
        value->find_first_not_of("+-0123456789") != std::string::npos) {
        if (std::optional<Message> fix = number_fix(what, *value, true)) {
            error(*node, std::move(*fix));
            return std::nullopt;
        }
        error(*node, node->plain ? msg("'{0}' must be a whole number, not '{1}'", what, *value)
                                 : msg("'{0}' must be a whole number, not '{1}' (write it without quotes)", what,
                                       *value));
        return std::nullopt;
    }
    if (errno == ERANGE || n < min || n > max) {
        error(*node, msg("'{0}' must be from {1} to {2}, not {3}", what, min, max, *value));
        return std::nullopt;
    }
    return n;
}

std::optional<double> TreeReader::number(const YamlNode* node, std::string_view what) {
    const std::optional<std::string> value = text(node, what);
    if (!value) return std::nullopt;
    char* end = nullptr;
    errno = 0;
    const double x = std::strtod(value->c_str(), &end);
    if (!node->plain || value->empty() || *end != '\0' || errno == ERANGE || !std::isfinite(x) ||
        value->find_first_not_of("+-.0123456789eE") != std::string::npos) {
        if (std::optional<Message> fix = number_fix(what, *value, false)) {
            error(*node, std::move(*fix));
            return std::nullopt;
        }
        error(*node, node->plain ? msg("'{0}' must be a number, not '{1}'", what, *value)
                                 : msg("'{0}' must be a number, not '{1}' (write it without quotes)", what, *value));
        return std::nullopt;
    }
    return x;
}

std::optional<bool> TreeReader::boolean(const YamlNode* node, std::string_view what) {
    const std::optional<std::string> value = text(node, what);
    if (!value) return std::nullopt;
    if (node->plain && *value == "true") return true;
    if (node->plain && *value == "false") return false;
    error(*node, node->plain ? msg("'{0}' must be true or false, not '{1}'", what, *value)
                             : msg("'{0}' must be true or false, not '{1}' (write it without quotes)", what, *value));
    return std::nullopt;
}

std::optional<std::string> TreeReader::date(const YamlNode* node, std::string_view what) {
    const std::optional<std::string> value = text(node, what);
    if (!value) return std::nullopt;
    if (is_iso_date(*value)) return value;
    const std::vector<std::string> readings = iso_date_readings(*value);
    if (readings.size() == 1)
        error(*node, msg("'{0}' must be a date written YYYY-MM-DD: write {1}", what, readings[0]));
    else if (readings.size() == 2)
        error(*node, msg("'{0}' must be a date written YYYY-MM-DD: '{1}' could be {2} or {3}; write the one you mean",
                         what, *value, readings[0], readings[1]));
    else
        error(*node, msg("'{0}' must be a date written YYYY-MM-DD, not '{1}'", what, *value));
    return std::nullopt;
}

std::vector<std::string> TreeReader::text_list(const YamlNode* node, std::string_view what) {
    std::vector<std::string> out;
    if (!node || !expect(*node, YamlNode::Kind::sequence, what)) return out;
    for (const YamlNode& item : node->items)
        if (std::optional<std::string> value = text(&item, what)) out.push_back(std::move(*value));
    return out;
}

}  // namespace wwc

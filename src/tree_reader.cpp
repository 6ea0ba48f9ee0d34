#include "tree_reader.hpp"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>

#include <fmt/format.h>

#include "suggest.hpp"

namespace wwc {

void TreeReader::error(const YamlNode& node, std::string message) {
    error(at(node), std::move(message));
}

void TreeReader::error(Location where, std::string message) {
    diagnostics_.push_back({Severity::error, std::move(where), std::move(message)});
}

void TreeReader::warning(const YamlNode& node, std::string message) {
    warning(at(node), std::move(message));
}

void TreeReader::warning(Location where, std::string message) {
    diagnostics_.push_back({Severity::warning, std::move(where), std::move(message)});
}

void TreeReader::throw_if_errors() {
    if (!has_errors(diagnostics_)) return;
    sort_by_place(diagnostics_);  // the report reads top to bottom
    throw InputError(std::move(diagnostics_));
}

bool TreeReader::expect(const YamlNode& node, YamlNode::Kind kind, std::string_view what) {
    if (node.kind == kind) return true;
    error(node, fmt::format("'{}' must be {}, not {}", what, kind_name(kind), kind_name(node.kind)));
    return false;
}

void TreeReader::check_keys(const YamlNode& map, std::initializer_list<std::string_view> known,
                            std::string_view where) {
    const std::vector<std::string> names(known.begin(), known.end());
    for (const YamlEntry& entry : map.entries) {
        bool ok = false;
        for (std::string_view k : known) ok = ok || entry.key == k;
        if (!ok)
            error(Location{file_, entry.line, entry.column},
                  fmt::format("unknown key '{}' in {}{}", entry.key, where,
                              did_you_mean(entry.key, names)));
    }
}

const YamlNode* TreeReader::required(const YamlNode& map, std::string_view key,
                                     std::string_view where) {
    const YamlNode* node = map.find(key);
    if (!node) error(map, fmt::format("missing required key '{}' in {}", key, where));
    return node;
}

std::optional<std::string> TreeReader::text(const YamlNode* node, std::string_view what) {
    if (!node) return std::nullopt;
    if (!expect(*node, YamlNode::Kind::scalar, what)) return std::nullopt;
    return node->value;
}

std::optional<long long> TreeReader::integer(const YamlNode* node, std::string_view what) {
    const std::optional<std::string> value = text(node, what);
    if (!value) return std::nullopt;
    const char* begin = value->c_str();
    char* end = nullptr;
    errno = 0;
    const long long n = std::strtoll(begin, &end, 10);
    if (!node->plain || value->empty() || *end != '\0' || errno == ERANGE ||
        value->find_first_not_of("+-0123456789") != std::string::npos) {
        error(*node, fmt::format("'{}' must be a whole number, not '{}'{}", what, *value,
                                 node->plain ? "" : " (write it without quotes)"));
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
        error(*node, fmt::format("'{}' must be a number, not '{}'{}", what, *value,
                                 node->plain ? "" : " (write it without quotes)"));
        return std::nullopt;
    }
    return x;
}

std::optional<bool> TreeReader::boolean(const YamlNode* node, std::string_view what) {
    const std::optional<std::string> value = text(node, what);
    if (!value) return std::nullopt;
    if (node->plain && *value == "true") return true;
    if (node->plain && *value == "false") return false;
    error(*node, fmt::format("'{}' must be true or false, not '{}'{}", what, *value,
                             node->plain ? "" : " (write it without quotes)"));
    return std::nullopt;
}

namespace {

int days_in_month(int year, int month) {
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return days[month - 1] + (month == 2 && leap ? 1 : 0);
}

}  // namespace

std::string months_before(const std::string& date, int months) {
    int year = std::stoi(date.substr(0, 4));
    int month = std::stoi(date.substr(5, 2)) - months;
    int day = std::stoi(date.substr(8, 2));
    while (month < 1) {
        month += 12;
        --year;
    }
    day = std::min(day, days_in_month(year, month));
    return fmt::format("{:04}-{:02}-{:02}", year, month, day);
}

bool is_iso_date(std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (s[i] < '0' || s[i] > '9') return false;
    const auto digits = [&](std::size_t from, std::size_t n) {
        int v = 0;
        for (std::size_t i = from; i < from + n; ++i) v = v * 10 + (s[i] - '0');
        return v;
    };
    const int year = digits(0, 4), month = digits(5, 2), day = digits(8, 2);
    return month >= 1 && month <= 12 && day >= 1 && day <= days_in_month(year, month);
}

std::optional<std::string> TreeReader::date(const YamlNode* node, std::string_view what) {
    const std::optional<std::string> value = text(node, what);
    if (!value) return std::nullopt;
    if (!is_iso_date(*value)) {
        error(*node, fmt::format("'{}' must be a date written YYYY-MM-DD, not '{}'", what, *value));
        return std::nullopt;
    }
    return value;
}

std::vector<std::string> TreeReader::text_list(const YamlNode* node, std::string_view what) {
    std::vector<std::string> out;
    if (!node || !expect(*node, YamlNode::Kind::sequence, what)) return out;
    for (const YamlNode& item : node->items)
        if (std::optional<std::string> value = text(&item, what)) out.push_back(std::move(*value));
    return out;
}

}  // namespace wwc

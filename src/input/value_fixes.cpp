#include "input/value_fixes.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>

#include "util/dates.hpp"
#include "util/text.hpp"

namespace wwc {
namespace {

bool all_digits(std::string_view text) {
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string two_digits(std::string_view part) { return part.size() == 1 ? "0" + std::string(part) : std::string(part); }

// `value` cut at every `separator`.
std::vector<std::string_view> split(std::string_view value, std::string_view separator) {
    std::vector<std::string_view> parts;
    for (std::size_t start = 0;;) {
        const std::size_t end = value.find(separator, start);
        parts.push_back(value.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
        if (end == std::string_view::npos) return parts;
        start = end + separator.size();
    }
}

std::string_view sign_of(std::string_view& value) {
    if (value.empty() || (value[0] != '-' && value[0] != '+')) return {};
    const std::string_view sign = value.substr(0, 1);
    value.remove_prefix(1);
    return sign;
}

// The thousands separator of `digits` (the first character that is not a digit).
std::string_view separator_of(std::string_view digits) {
    const std::size_t at = digits.find_first_not_of("0123456789");
    if (at == std::string_view::npos) return {};
    for (std::string_view nbsp : {"\xC2\xA0", "\xE2\x80\xAF"})
        if (digits.substr(at, nbsp.size()) == nbsp) return digits.substr(at, nbsp.size());
    return digits.substr(at, 1);
}

char32_t code_point_at(std::string_view text, std::size_t i) {
    const std::size_t length = utf8_length(text, i);
    return length ? utf8_decode(text, i, length) : 0;
}

bool is_curly_quote(char32_t c) {
    return c == U'\u201C' || c == U'\u201D' || c == U'\u201E' || (c >= U'\u2018' && c <= U'\u201A');
}

std::string normalized(std::string_view value) {
    std::string out;
    for (char c : value) {
        if (c == ' ' || c == '-' || c == '_') {
            if (!out.empty() && out.back() != '_') out += '_';
        } else {
            out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
    }
    while (!out.empty() && (out.back() == '_' || out.back() == '.')) out.pop_back();
    return out;
}

}  // namespace

std::vector<std::string> iso_date_readings(std::string_view value) {
    const std::size_t at = value.find_first_not_of("0123456789");
    if (at == std::string_view::npos || value.find_first_of("/.-", at) != at) return {};
    const std::vector<std::string_view> parts = split(value, value.substr(at, 1));
    if (parts.size() != 3 || !std::all_of(parts.begin(), parts.end(), all_digits)) return {};
    const auto short_part = [](std::string_view p) { return p.size() <= 2; };
    std::vector<std::string> readings;
    if (parts[0].size() == 4 && short_part(parts[1]) && short_part(parts[2])) {
        readings.push_back(std::string(parts[0]) + "-" + two_digits(parts[1]) + "-" + two_digits(parts[2]));
        if (readings[0] == value) return {};  // written right, but no such day
    } else if (parts[2].size() == 4 && short_part(parts[0]) && short_part(parts[1])) {
        const std::string year(parts[2]);
        readings.push_back(year + "-" + two_digits(parts[0]) + "-" + two_digits(parts[1]));  // month first
        readings.push_back(year + "-" + two_digits(parts[1]) + "-" + two_digits(parts[0]));  // day first
    }
    readings.erase(
        std::remove_if(readings.begin(), readings.end(), [](const std::string& d) { return !is_iso_date(d); }),
        readings.end());
    readings.erase(std::unique(readings.begin(), readings.end()), readings.end());
    return readings;
}

std::optional<std::string> without_separators(std::string_view value, bool dot_groups) {
    const std::string_view sign = sign_of(value);
    std::string_view fraction;
    if (!dot_groups) {
        const std::size_t point = value.rfind('.');
        if (point != std::string_view::npos) {
            fraction = value.substr(point);
            value = value.substr(0, point);
            if (!all_digits(fraction.substr(1))) return std::nullopt;
        }
    }
    const std::string_view separator = separator_of(value);
    if (separator.empty() || (separator == "." && !dot_groups)) return std::nullopt;
    if (separator.find_first_of(",. '\xC2\xE2") != 0) return std::nullopt;
    const std::vector<std::string_view> groups = split(value, separator);
    if (!all_digits(groups[0]) || groups[0].size() > 3) return std::nullopt;
    for (std::size_t i = 1; i < groups.size(); ++i)
        if (groups[i].size() != 3 || !all_digits(groups[i])) return std::nullopt;
    // "1,234" alone could be a decimal comma in a number that is not whole.
    if (separator == "," && groups.size() == 2 && !dot_groups && fraction.empty()) return std::nullopt;
    std::string out(sign);
    for (std::string_view g : groups) out += g;
    return out + std::string(fraction);
}

std::optional<std::string> without_percent(std::string_view value) {
    if (value.size() < 2 || value.back() != '%') return std::nullopt;
    value.remove_suffix(1);
    while (!value.empty() && value.back() == ' ') value.remove_suffix(1);
    if (value.size() >= 2 && value.substr(value.size() - 2) == "\xC2\xA0") value.remove_suffix(2);
    if (value.empty() || value.find_first_not_of("+-0123456789.,") != std::string_view::npos) return std::nullopt;
    return std::string(value);
}

std::optional<std::string> with_decimal_point(std::string_view value) {
    const std::string_view sign = sign_of(value);
    const std::size_t comma = value.find(',');
    if (comma == std::string_view::npos || !all_digits(value.substr(0, comma))) return std::nullopt;
    const std::string_view decimals = value.substr(comma + 1);
    if (!all_digits(decimals) || decimals.size() == 3) return std::nullopt;
    return std::string(sign) + std::string(value.substr(0, comma)) + "." + std::string(decimals);
}

bool has_curly_quotes(std::string_view value) {
    if (value.empty() || !is_curly_quote(code_point_at(value, 0))) return false;
    std::size_t last = value.size() - 1;
    while (last > 0 && (static_cast<unsigned char>(value[last]) & 0xC0) == 0x80) --last;
    return is_curly_quote(code_point_at(value, last));
}

std::optional<Answer> meant_answer(std::string_view value) {
    static const std::array<std::pair<std::string_view, Answer>, 44> words = {{
        {"yes", Answer::met},
        {"y", Answer::met},
        {"true", Answer::met},
        {"done", Answer::met},
        {"complete", Answer::met},
        {"completed", Answer::met},
        {"achieved", Answer::met},
        {"ok", Answer::met},
        {"fully_met", Answer::met},
        {"si", Answer::met},
        {"s\xC3\xAD", Answer::met},
        {"sim", Answer::met},
        {"cumplido", Answer::met},
        {"atendido", Answer::met},
        {"no", Answer::not_met},
        {"n", Answer::not_met},
        {"false", Answer::not_met},
        {"not", Answer::not_met},
        {"notmet", Answer::not_met},
        {"unmet", Answer::not_met},
        {"not_done", Answer::not_met},
        {"none", Answer::not_met},
        {"n\xC3\xA3o", Answer::not_met},
        {"nao", Answer::not_met},
        {"no_cumplido", Answer::not_met},
        {"inprogress", Answer::in_progress},
        {"in_process", Answer::in_progress},
        {"ongoing", Answer::in_progress},
        {"started", Answer::in_progress},
        {"partial", Answer::in_progress},
        {"partially_met", Answer::in_progress},
        {"underway", Answer::in_progress},
        {"en_progreso", Answer::in_progress},
        {"en_curso", Answer::in_progress},
        {"em_andamento", Answer::in_progress},
        {"plan", Answer::planned},
        {"planning", Answer::planned},
        {"scheduled", Answer::planned},
        {"to_do", Answer::planned},
        {"todo", Answer::planned},
        {"planificado", Answer::planned},
        {"previsto", Answer::planned},
        {"planejado", Answer::planned},
        {"future", Answer::planned},
    }};
    const std::string word = normalized(value);
    if (const std::optional<Answer> answer = answer_from_id(word)) return answer;
    for (const auto& [written, answer] : words)
        if (word == written) return answer;
    return std::nullopt;
}

}  // namespace wwc

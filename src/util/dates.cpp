#include "util/dates.hpp"

#include <algorithm>
#include <string>

namespace wwc {
namespace {

int days_in_month(int year, int month) {
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return days[month - 1] + (month == 2 && leap ? 1 : 0);
}

int digits(std::string_view s, std::size_t from, std::size_t n) {
    int v = 0;
    for (std::size_t i = from; i < from + n; ++i) v = v * 10 + (s[i] - '0');
    return v;
}

}  // namespace

bool is_iso_date(std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (s[i] < '0' || s[i] > '9') return false;
    const int year = digits(s, 0, 4), month = digits(s, 5, 2), day = digits(s, 8, 2);
    return month >= 1 && month <= 12 && day >= 1 && day <= days_in_month(year, month);
}

std::string months_before(const std::string& date, int months) {
    int year = digits(date, 0, 4);
    int month = digits(date, 5, 2) - months;
    int day = digits(date, 8, 2);
    while (month < 1) {
        month += 12;
        --year;
    }
    day = std::min(day, days_in_month(year, month));
    const auto two = [](int n) { return std::string(n < 10 ? "0" : "") + std::to_string(n); };
    std::string y = std::to_string(std::max(0, year) % 10000);
    y.insert(0, 4 - y.size(), '0');
    return y + "-" + two(month) + "-" + two(day);
}

}  // namespace wwc

#pragma once
// Calendar dates written YYYY-MM-DD, compared as text.

#include <string>
#include <string_view>

namespace wwc {

/// True when `text` is a real calendar date written YYYY-MM-DD.
bool is_iso_date(std::string_view text);

/// The date `months` months before `date` (a valid YYYY-MM-DD), the day clamped
/// to the month's length.
std::string months_before(const std::string& date, int months);

}  // namespace wwc

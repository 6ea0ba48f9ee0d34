#pragma once
// What a value written the way people write it elsewhere most likely means: a
// date 3/31/2023, a number 167,882 or 72%, a status "yes" or "Met", text in
// curly quotes. The readers put the fix in their error.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/status.hpp"

namespace wwc {

/// The YYYY-MM-DD readings of a date written another way (3/31/2023,
/// 31.03.2023, 2023/03/31, 2023-3-31): one, or two when the day and the month
/// can be swapped (04/05/2023), month first; none when it is no date.
std::vector<std::string> iso_date_readings(std::string_view value);

/// A number written with thousands separators (167,882  167 882, and 167.882
/// when `dot_groups`) as digits alone; nullopt when it is not one.
std::optional<std::string> without_separators(std::string_view value, bool dot_groups);

/// The number before a '%' ("72%", "72 %"), or nullopt.
std::optional<std::string> without_percent(std::string_view value);

/// A number written with a decimal comma ("7,1") written with a point, or nullopt.
/// Three digits after the comma could be thousands: nullopt.
std::optional<std::string> with_decimal_point(std::string_view value);

/// True when `value` starts and ends with a curly quote (“ ” ‘ ’ „ ‚), or is one.
bool has_curly_quotes(std::string_view value);

/// The answer a word that is not a status most likely means: "yes", "done" and
/// "Met" are met, "no" and "Not met" not_met, "in progress" in_progress, ...;
/// nullopt when there is no likely one.
std::optional<Answer> meant_answer(std::string_view value);

}  // namespace wwc

#pragma once
// RFC 4180 rows, safe to open in a spreadsheet.

#include <string>
#include <string_view>
#include <vector>

namespace wwc {

/// One field: quoted with inner quotes doubled when it holds a comma, quote,
/// CR or LF; with a leading `'` when it begins with = + - @, a tab or a CR and
/// is not a number, so that a spreadsheet shows it as text (CSV injection);
/// controls and bytes that are not UTF-8 shown as visible escapes.
std::string csv_field(std::string_view field);

/// The fields as one row, joined by commas, ending in "\n".
std::string csv_row(const std::vector<std::string>& fields);

}  // namespace wwc

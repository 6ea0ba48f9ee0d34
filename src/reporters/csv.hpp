#pragma once
// RFC 4180 fields and rows, shared by the score and batch CSV reports.

#include <string>
#include <string_view>
#include <vector>

namespace wwc {

/// `field` as is, or quoted with inner quotes doubled when it holds a comma, quote, CR or LF.
std::string csv_field(std::string_view field);

/// The fields quoted as needed, joined by commas, ending in "\n".
std::string csv_row(const std::vector<std::string>& fields);

}  // namespace wwc

#pragma once
// ISO 3166-1 alpha-2 country codes.

#include <string_view>
#include <vector>

namespace wwc {

/// True when `code` is an assigned ISO 3166-1 alpha-2 code (upper case).
bool is_country_code(std::string_view code);

/// The 249 assigned ISO 3166-1 alpha-2 codes, upper case, in alphabetical order.
std::vector<std::string_view> country_codes();

}  // namespace wwc

#pragma once
// ISO 3166-1 alpha-2 country codes.

#include <string_view>

namespace wwc {

/// True when `code` is an assigned ISO 3166-1 alpha-2 code (upper case).
bool is_country_code(std::string_view code);

}  // namespace wwc

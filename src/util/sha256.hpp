#pragma once
// SHA-256 (FIPS 180-4), for the digests that tie a result to its inputs.

#include <string>
#include <string_view>

namespace wwc {

/// Lower-case hexadecimal SHA-256 digest of `data`.
std::string sha256_hex(std::string_view data);

}  // namespace wwc

#pragma once

namespace wwc {

/// The wwc-score release.
inline constexpr const char* version = "0.1.0";

}  // namespace wwc

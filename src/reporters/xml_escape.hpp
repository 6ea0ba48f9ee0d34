#pragma once
// Escaping for XML 1.0 text and attribute values.

#include <string>
#include <string_view>

namespace wwc {

/// `text` with & < > " ' escaped, tab/LF/CR as character references, and the characters
/// XML 1.0 forbids (other C0 controls, U+FFFE, U+FFFF) dropped. Never throws on bad input.
std::string xml_escape(std::string_view text);

}  // namespace wwc

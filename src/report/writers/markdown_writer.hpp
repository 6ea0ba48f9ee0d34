#pragma once
// Text from input files inside Markdown (GitHub's flavour): shown as text, never
// read as markup, a mention, a link or an HTML entity.

#include <string>
#include <string_view>

namespace wwc {

/// `text` on one line with Markdown punctuation backslash-escaped, `&` as
/// `&amp;`, and a zero-width space (`&#8203;`) after each `@` and inside each
/// `://` and `www.`, so that no mention or bare link is made of it.
std::string markdown_escape(std::string_view text);

}  // namespace wwc

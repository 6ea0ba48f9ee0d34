#pragma once
// The frame shared by the HTML reports: one self-contained page whose style
// sheet, chart patterns and content are all inline, under a policy that lets
// the page load nothing and run nothing.

#include <string>
#include <string_view>
#include <vector>

#include "html_writer.hpp"

namespace wwc {

/// Writes the doctype, the head (title, policy, style sheet) and opens <body>
/// with the chart patterns; `page_class` names the kind of page.
void begin_page(HtmlWriter& out, std::string_view title, std::string_view page_class);

/// Writes the footer line and closes the page.
void end_page(HtmlWriter& out, std::string_view footer);

/// Writes a <thead> row of `headings` in the open <table> and opens its <tbody>.
void table_head(HtmlWriter& out, const std::vector<std::string_view>& headings);

/// `text` with its first letter in capitals ("gold" -> "Gold").
std::string capitalized(std::string_view text);

}  // namespace wwc

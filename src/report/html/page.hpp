#pragma once
// The frame shared by the HTML reports: one self-contained page whose style
// sheet, chart patterns and content are all inline, under a policy that lets
// the page load nothing and run nothing.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "report/words.hpp"
#include "report/writers/html_writer.hpp"

namespace wwc {

/// Writes the doctype, the head (title, policy, style sheet) and opens <body>
/// with the chart patterns; `page_class` names the kind of page, `language`
/// the language of its text.
void begin_page(HtmlWriter& out, std::string_view title, std::string_view page_class, Language language);

/// Writes the footer line and closes the page.
void end_page(HtmlWriter& out, std::string_view footer);

/// Writes a <thead> row of `headings` in the open <table> and opens its <tbody>.
void table_head(HtmlWriter& out, const std::vector<std::string_view>& headings);

/// The CSS class of a level's badge, by its rank in its set (0 lowest), so
/// that a set with other levels is styled too; "badge-none" for no level.
std::string badge_class(std::optional<std::size_t> level);

}  // namespace wwc

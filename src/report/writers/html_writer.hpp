#pragma once
// A small writer for HTML with inline SVG: every text and attribute value is
// escaped, tags are closed in order, and links go only where they are safe.

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace wwc {

/// `text` with & < > " ' as character references, and controls (but tab and
/// line feed), bidirectional overrides and bytes that are not UTF-8 as visible
/// escapes: safe in HTML text and in quoted attribute values.
std::string html_escape(std::string_view text);

/// True for an http, https or mailto URL, the only ones a report links to; a
/// `javascript:` or relative URL is shown as text instead.
bool is_safe_link(std::string_view url);

class HtmlWriter {
public:
    using Attributes = std::initializer_list<std::pair<std::string_view, std::string_view>>;

    /// A writer for a whole page, or for a part of one written in parts:
    /// `open_tags` are the tags a previous part left open, outermost first.
    explicit HtmlWriter(std::vector<std::string_view> open_tags = {}) : m_open(std::move(open_tags)) {}

    /// `<tag a="v" ...>`; tag and attribute names come from our code, values are escaped.
    HtmlWriter& open(std::string_view tag, Attributes attributes = {});
    /// Closes the innermost open tag.
    HtmlWriter& close();
    /// Closes tags until `depth()` is `depth`.
    HtmlWriter& close_to(std::size_t depth);
    /// Escaped text.
    HtmlWriter& text(std::string_view text);
    /// `<tag ...>text</tag>`.
    HtmlWriter& element(std::string_view tag, std::string_view text, Attributes attributes = {});
    /// A void or self-closing element: `<tag .../>`.
    HtmlWriter& empty(std::string_view tag, Attributes attributes = {});
    /// Text the program wrote itself (the style sheet, the doctype), unescaped.
    HtmlWriter& trusted(std::string_view markup);
    /// An `<a>` to `url` when it is safe; otherwise the label and the URL as plain text.
    HtmlWriter& link(std::string_view url, std::string_view label);

    std::size_t depth() const { return m_open.size(); }
    /// The markup; every tag opened by this writer must be closed.
    std::string str() const;
    /// The markup so far, tags left open: a part of a page written in parts.
    const std::string& part() const { return m_out; }

private:
    void start_tag(std::string_view tag, Attributes attributes);

    std::string m_out;
    std::vector<std::string_view> m_open;
    std::size_t m_given = m_open.size();  // tags a previous part left open
};

}  // namespace wwc

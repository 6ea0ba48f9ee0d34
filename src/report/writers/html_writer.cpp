#include "report/writers/html_writer.hpp"

#include <cassert>
#include <cctype>
#include <string>

#include "util/text.hpp"

namespace wwc {
namespace {

// Elements after whose end tag a line break keeps the page source readable.
bool ends_line(std::string_view tag) {
    static constexpr std::string_view block[] = {
        "html", "head", "body", "header", "main", "footer", "section", "article", "div", "p", "h1", "h2", "h3",
        "ul", "ol", "li", "table", "thead", "tbody", "tr", "svg", "g", "defs", "pattern", "figure",
        "figcaption", "style", "title", "desc", "dl", "dd", "dt", "nav", "details", "summary", "text"};
    for (std::string_view b : block)
        if (b == tag) return true;
    return false;
}

[[maybe_unused]] bool is_name(std::string_view name) {
    if (name.empty()) return false;
    for (char c : name)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == ':'))
            return false;
    return true;
}

}  // namespace

std::string html_escape(std::string_view raw) {
    std::string out;
    out.reserve(raw.size());
    for (char c : escape_unsafe(raw, true)) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out += c;
        }
    }
    return out;
}

bool is_safe_link(std::string_view url) {
    const auto starts = [&](std::string_view scheme) {
        if (url.size() <= scheme.size()) return false;
        for (std::size_t i = 0; i < scheme.size(); ++i)
            if (static_cast<char>(std::tolower(static_cast<unsigned char>(url[i]))) != scheme[i]) return false;
        return true;
    };
    return starts("https://") || starts("http://") || starts("mailto:");
}

void HtmlWriter::start_tag(std::string_view tag, Attributes attributes) {
    assert(is_name(tag));
    m_out += '<';
    m_out += tag;
    for (const auto& [name, value] : attributes) {
        assert(is_name(name));
        m_out += ' ';
        m_out += name;
        m_out += "=\"";
        m_out += html_escape(value);
        m_out += '"';
    }
}

HtmlWriter& HtmlWriter::open(std::string_view tag, Attributes attributes) {
    start_tag(tag, attributes);
    m_out += '>';
    m_open.push_back(tag);
    return *this;
}

HtmlWriter& HtmlWriter::close() {
    assert(!m_open.empty());
    const std::string_view tag = m_open.back();
    m_open.pop_back();
    m_out += "</";
    m_out += tag;
    m_out += '>';
    if (ends_line(tag)) m_out += '\n';
    return *this;
}

HtmlWriter& HtmlWriter::close_to(std::size_t depth) {
    while (m_open.size() > depth) close();
    return *this;
}

HtmlWriter& HtmlWriter::text(std::string_view text) {
    m_out += html_escape(text);
    return *this;
}

HtmlWriter& HtmlWriter::element(std::string_view tag, std::string_view text, Attributes attributes) {
    return open(tag, attributes).text(text).close();
}

HtmlWriter& HtmlWriter::empty(std::string_view tag, Attributes attributes) {
    start_tag(tag, attributes);
    m_out += "/>\n";
    return *this;
}

HtmlWriter& HtmlWriter::trusted(std::string_view markup) {
    m_out += markup;
    return *this;
}

HtmlWriter& HtmlWriter::link(std::string_view url, std::string_view label) {
    if (!is_safe_link(url))
        return label == url || url.empty() ? text(label) : text(label).text(" (" + std::string(url) + ")");
    return open("a", {{"href", url}, {"rel", "noopener noreferrer"}}).text(label).close();
}

std::string HtmlWriter::str() const {
    assert(m_open.size() <= m_given);
    return m_out;
}

}  // namespace wwc

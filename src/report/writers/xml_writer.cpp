#include "report/writers/xml_writer.hpp"

#include <cassert>

#include "util/text.hpp"

namespace wwc {

std::string xml_escape(std::string_view raw, bool multiline) {
    std::string out;
    out.reserve(raw.size());
    for (const char c : escape_unsafe(raw, multiline)) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&apos;"; break;
        default: out += c;
        }
    }
    // U+FFFE and U+FFFF (EF BF BE, EF BF BF) are not XML characters.
    for (std::size_t at = out.find("\xEF\xBF"); at != std::string::npos; at = out.find("\xEF\xBF", at + 1))
        if (at + 2 < out.size() && (static_cast<unsigned char>(out[at + 2]) & 0xFE) == 0xBE)
            out.replace(at, 3, out[at + 2] == '\xBE' ? "\\ufffe" : "\\uffff");
    return out;
}

std::string XmlWriter::declaration() { return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"; }

XmlWriter::XmlWriter(int depth) : m_out(depth == 0 ? declaration() : ""), m_depth(static_cast<std::size_t>(depth)) {}

void XmlWriter::start_tag(std::string_view tag, Attributes attributes) {
    m_out.append(2 * (m_depth + m_open.size()), ' ');
    m_out += '<';
    m_out += tag;
    for (const auto& [name, value] : attributes) {
        m_out += ' ';
        m_out += name;
        m_out += "=\"";
        m_out += xml_escape(value);
        m_out += '"';
    }
}

XmlWriter& XmlWriter::open(std::string_view tag, Attributes attributes) {
    start_tag(tag, attributes);
    m_out += ">\n";
    m_open.push_back(tag);
    return *this;
}

XmlWriter& XmlWriter::empty(std::string_view tag, Attributes attributes) {
    start_tag(tag, attributes);
    m_out += "/>\n";
    return *this;
}

XmlWriter& XmlWriter::element(std::string_view tag, std::string_view text, Attributes attributes) {
    start_tag(tag, attributes);
    m_out += '>';
    m_out += xml_escape(text, true);
    m_out += "</";
    m_out += tag;
    m_out += ">\n";
    return *this;
}

XmlWriter& XmlWriter::close() {
    assert(!m_open.empty());
    const std::string_view tag = m_open.back();
    m_open.pop_back();
    m_out.append(2 * (m_depth + m_open.size()), ' ');
    m_out += "</";
    m_out += tag;
    m_out += ">\n";
    return *this;
}

std::string XmlWriter::str() const {
    assert(m_open.empty());
    return m_out;
}

}  // namespace wwc

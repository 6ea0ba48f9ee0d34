#pragma once
// A small writer for indented XML 1.0: escaping, and tags closed in order.

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace wwc {

/// `text` safe in XML text and quoted attribute values: & < > " ' as
/// references, and what is not an XML character or could act as a control
/// (C0 and C1 controls, bidirectional overrides, U+FFFE, U+FFFF, bytes that
/// are not UTF-8) as visible escapes such as \u202e; with `multiline`, tab
/// and line feed are kept (for element text).
std::string xml_escape(std::string_view text, bool multiline = false);

class XmlWriter {
public:
    using Attributes = std::initializer_list<std::pair<std::string_view, std::string_view>>;

    /// `depth`: the indentation of the first element, for a part of a document
    /// written in parts (a streamed report's elements); no declaration then.
    explicit XmlWriter(int depth = 0);
    /// `<?xml version="1.0" encoding="UTF-8"?>` and a line break.
    static std::string declaration();
    /// `<tag a="v" ...>` on a line of its own; names come from our code, values are escaped.
    XmlWriter& open(std::string_view tag, Attributes attributes = {});
    /// `<tag a="v" .../>` on a line of its own.
    XmlWriter& empty(std::string_view tag, Attributes attributes = {});
    /// `<tag a="v" ...>text</tag>` on a line of its own; the text (which may
    /// span lines) is escaped.
    XmlWriter& element(std::string_view tag, std::string_view text, Attributes attributes = {});
    /// Closes the innermost open tag.
    XmlWriter& close();
    /// The document; every tag must be closed.
    std::string str() const;

private:
    void start_tag(std::string_view tag, Attributes attributes);

    std::string m_out;
    std::size_t m_depth;
    std::vector<std::string_view> m_open;
};

}  // namespace wwc

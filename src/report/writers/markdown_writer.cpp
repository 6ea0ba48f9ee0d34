#include "report/writers/markdown_writer.hpp"

#include <cctype>

#include "util/text.hpp"

namespace wwc {

std::string markdown_escape(std::string_view raw) {
    const std::string text = escape_unsafe(raw);  // one line, no controls
    constexpr std::string_view zero_width = "&#8203;";
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '&') {
            out += "&amp;";
        } else if (c == '@') {
            out += '@';
            out += zero_width;
        } else if (c == ':' && text.compare(i, 3, "://") == 0) {
            out += ':';
            out += zero_width;
        } else if ((c == 'w' || c == 'W') && (i == 0 || !std::isalnum(static_cast<unsigned char>(text[i - 1]))) &&
                   text.size() - i >= 4 &&
                   (text.compare(i, 4, "www.") == 0 || text.compare(i, 4, "WWW.") == 0)) {
            out.append(text, i, 3);
            out += zero_width;
            i += 2;
        } else {
            if (std::string_view("\\`*_[]<>|#~!").find(c) != std::string_view::npos) out += '\\';
            out += c;
        }
    }
    return out;
}

}  // namespace wwc

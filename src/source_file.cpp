#include "source_file.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sys/stat.h>

#include <fmt/format.h>

#include "diagnostics.hpp"

namespace wwc {

std::string read_source_file(const std::string& path, std::size_t max_bytes) {
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0)
        throw InputError({path}, fmt::format("cannot read file: {}", std::strerror(errno)));
    if (S_ISDIR(info.st_mode)) throw InputError({path}, "is a directory, not a file");
    if (!S_ISREG(info.st_mode)) throw InputError({path}, "is not a regular file");
    if (static_cast<std::size_t>(info.st_size) > max_bytes)
        throw InputError({path}, fmt::format("file is {} bytes, more than the limit of {} bytes "
                                             "(--max-file-size)",
                                             info.st_size, max_bytes));
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError({path}, fmt::format("cannot open file: {}", std::strerror(errno)));
    std::string text(static_cast<std::size_t>(info.st_size), '\0');
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    text.resize(static_cast<std::size_t>(in.gcount()));
    // The file may have grown since stat(): one more byte means it is over the limit.
    if (text.size() == max_bytes && in.peek() != std::char_traits<char>::eof())
        throw InputError({path}, fmt::format("file is larger than the limit of {} bytes", max_bytes));
    return text;
}

namespace {

// Length of the UTF-8 sequence starting at `text[i]`, or 0 when it is invalid.
std::size_t utf8_length(std::string_view text, std::size_t i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char lead = byte(i);
    std::size_t length = 0;
    unsigned min = 0;
    unsigned code = 0;
    if (lead < 0x80) return 1;
    if (lead >= 0xC2 && lead <= 0xDF) { length = 2; code = lead & 0x1Fu; min = 0x80; }
    else if (lead >= 0xE0 && lead <= 0xEF) { length = 3; code = lead & 0x0Fu; min = 0x800; }
    else if (lead >= 0xF0 && lead <= 0xF4) { length = 4; code = lead & 0x07u; min = 0x10000; }
    else return 0;
    if (i + length > text.size()) return 0;
    for (std::size_t k = 1; k < length; ++k) {
        if ((byte(i + k) & 0xC0u) != 0x80) return 0;
        code = (code << 6) | (byte(i + k) & 0x3Fu);
    }
    if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return 0;
    return length;
}

bool looks_like_utf16_or_32(std::string_view text) {
    if (text.size() >= 2 && ((text[0] == '\xFF' && text[1] == '\xFE') ||
                             (text[0] == '\xFE' && text[1] == '\xFF')))
        return true;
    return text.size() >= 2 && (text[0] == '\0' || text[1] == '\0');
}

}  // namespace

std::string_view check_utf8(std::string_view text, const std::string& file) {
    if (looks_like_utf16_or_32(text))
        throw InputError({file, 1, 1}, "file is UTF-16 or UTF-32; save it as UTF-8");
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    int line = 1;
    int column = 1;
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        const std::size_t length = utf8_length(text, i);
        if (length == 0)
            throw InputError({file, line, column},
                             fmt::format("invalid UTF-8 byte 0x{:02X}; save the file as UTF-8", c));
        if (c == 0) throw InputError({file, line, column}, "NUL byte in file");
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F)
            throw InputError({file, line, column}, fmt::format("control character 0x{:02X} in file", c));
        if (c == '\n') { ++line; column = 1; }
        else ++column;
        i += length;
    }
    return text;
}

}  // namespace wwc

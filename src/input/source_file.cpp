#include "input/source_file.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "model/diagnostics.hpp"
#include "util/text.hpp"

namespace wwc {
namespace {

// Closes a descriptor when the read ends, however it ends.
struct Descriptor {
    int fd;
    ~Descriptor() {
        if (fd >= 0) ::close(fd);
    }
};

[[noreturn]] void cannot_read(const std::string& path, int error) {
    throw InputError({path}, msg("cannot read file: {0}", std::strerror(error)));
}

}  // namespace

std::string read_source_file(const std::string& path, std::size_t max_bytes) {
    const Descriptor file{::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)};
    if (file.fd < 0) cannot_read(path, errno);
    struct stat info {};
    if (::fstat(file.fd, &info) != 0) cannot_read(path, errno);
    if (S_ISDIR(info.st_mode)) throw InputError({path}, msg("is a directory, not a file"));
    if (!S_ISREG(info.st_mode)) throw InputError({path}, msg("is not a regular file"));
    if (static_cast<std::size_t>(info.st_size) > max_bytes)
        throw InputError({path}, msg("file is {0} bytes, more than the limit of {1} bytes (--max-file-size)",
                                     static_cast<long long>(info.st_size), static_cast<unsigned long>(max_bytes)));
    // Read up to one byte past the limit: a file that grew since fstat is caught too.
    std::string text(static_cast<std::size_t>(info.st_size) + 1, '\0');
    std::size_t filled = 0;
    while (filled < text.size()) {
        const ssize_t n = ::read(file.fd, text.data() + filled, text.size() - filled);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) cannot_read(path, errno);
        if (n == 0) break;
        filled += static_cast<std::size_t>(n);
        if (filled > max_bytes)
            throw InputError({path}, msg("file is larger than the limit of {0} bytes", static_cast<unsigned long>(max_bytes)));
        if (filled == text.size()) text.resize(std::min(text.size() * 2, max_bytes + 1));
    }
    text.resize(filled);
    return text;
}

std::string read_standard_input(std::size_t max_bytes) {
    const std::string name = display_name("-");
    std::string text;
    char buffer[1 << 16];
    for (;;) {
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) cannot_read(name, errno);
        if (n == 0) return text;
        text.append(buffer, static_cast<std::size_t>(n));
        if (text.size() > max_bytes)
            throw InputError({name}, msg("file is larger than the limit of {0} bytes", static_cast<unsigned long>(max_bytes)));
    }
}

std::string read_input(const std::string& path, std::size_t max_bytes) {
    return path == "-" ? read_standard_input(max_bytes) : read_source_file(path, max_bytes);
}

std::string display_name(const std::string& path) { return path == "-" ? "<stdin>" : path; }

namespace {

bool looks_like_utf16_or_32(std::string_view text) {
    if (text.size() >= 2 && ((text[0] == '\xFF' && text[1] == '\xFE') || (text[0] == '\xFE' && text[1] == '\xFF')))
        return true;
    return text.size() >= 2 && (text[0] == '\0' || text[1] == '\0');
}

}  // namespace

std::string_view check_utf8(std::string_view text, const std::string& file) {
    if (looks_like_utf16_or_32(text))
        throw InputError({file, 1, 1}, msg("file is UTF-16 or UTF-32; save it as UTF-8"));
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    int line = 1;
    int column = 1;
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        const std::size_t length = utf8_length(text, i);
        if (length == 0) {
            char hex[8];
            std::snprintf(hex, sizeof hex, "0x%02X", c);
            throw InputError({file, line, column}, msg("invalid UTF-8 byte {0}; save the file as UTF-8", hex));
        }
        if (c == 0) throw InputError({file, line, column}, msg("NUL byte in file"));
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
            char hex[8];
            std::snprintf(hex, sizeof hex, "0x%02X", c);
            throw InputError({file, line, column}, msg("control character {0} in file", hex));
        }
        if (c == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
        i += length;
    }
    return text;
}

}  // namespace wwc

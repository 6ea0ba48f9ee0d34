#include "output_file.hpp"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

namespace wwc {

OutputStream::OutputStream(std::string path) : path_(std::move(path)) {
    if (path_.empty()) return;  // stdout, through stdio like every other print
    temp_ = path_ + ".tmp-XXXXXX";
    fd_ = ::mkstemp(temp_.data());
    if (fd_ < 0) {
        temp_.clear();
        fail(errno);
    }
    // mkstemp makes the file private; give it the mode a plain create would.
    const mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(fd_, 0666 & ~mask);
}

OutputStream::~OutputStream() {
    if (temp_.empty()) return;
    ::close(fd_);
    std::remove(temp_.c_str());
}

void OutputStream::fail(int error) {
    throw std::runtime_error(
        fmt::format("{}: cannot write: {}", path_.empty() ? "standard output" : path_, std::strerror(error)));
}

void OutputStream::write(std::string_view text) {
    if (path_.empty()) {
        if (std::fwrite(text.data(), 1, text.size(), stdout) != text.size()) fail(errno);
        return;
    }
    while (!text.empty()) {
        const ssize_t n = ::write(fd_, text.data(), text.size());
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) fail(n < 0 ? errno : EIO);
        text.remove_prefix(static_cast<std::size_t>(n));
    }
}

void OutputStream::commit() {
    if (path_.empty()) {
        if (std::fflush(stdout) != 0) fail(errno);
        return;
    }
    if (::fsync(fd_) != 0) fail(errno);
    ::close(fd_);
    if (std::rename(temp_.c_str(), path_.c_str()) != 0) {
        const int error = errno;
        std::remove(temp_.c_str());
        temp_.clear();
        fail(error);
    }
    temp_.clear();
}

void write_file_atomically(const std::string& path, const std::string& content) {
    OutputStream out(path);
    out.write(content);
    out.commit();
}

}  // namespace wwc

#include "cli/console.hpp"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace wwc {

OutputError::OutputError(std::string target, int error) : m_target(std::move(target)), m_error(error) {}

void prepare_standard_streams() noexcept {
    // A closed stdout stays unwritable (opened read-only, a write fails: exit 74);
    // a closed stderr takes what is written and drops it.
    for (int fd = 0; fd <= 2; ++fd)
        if (::fcntl(fd, F_GETFD) < 0 && errno == EBADF) {
            const int null = ::open("/dev/null", fd == 2 ? O_WRONLY : O_RDONLY);
            if (null >= 0 && null != fd) ::close(null);  // the lowest free descriptor is `fd` itself
        }
    std::signal(SIGPIPE, SIG_IGN);
}

void print_out(std::string_view text) {
    if (text.empty()) return;
    if (std::fwrite(text.data(), 1, text.size(), stdout) != text.size())
        throw OutputError("standard output", errno ? errno : EIO);
}

void finish_out() {
    if (std::fflush(stdout) != 0 || std::ferror(stdout)) throw OutputError("standard output", errno ? errno : EIO);
}

void print_err(std::string_view text) noexcept {
    if (!text.empty()) std::fwrite(text.data(), 1, text.size(), stderr);
}

}  // namespace wwc

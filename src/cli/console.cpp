#include "cli/console.hpp"

#include <cerrno>
#include <cstdio>

namespace wwc {

OutputError::OutputError(std::string target, int error) : m_target(std::move(target)), m_error(error) {}

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

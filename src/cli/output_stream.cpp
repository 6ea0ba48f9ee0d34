#include "cli/output_stream.hpp"

#include <cerrno>
#include <climits>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <optional>
#include <pthread.h>
#include <string_view>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/console.hpp"

namespace wwc {
namespace {

// The temporary file to remove if a signal ends the process. Signal handlers
// can only reach static storage, so this is the one mutable global of the
// program; OutputStream sets and clears it.
char pending_temp[PATH_MAX + 1];
volatile std::sig_atomic_t pending = 0;

extern "C" void remove_pending_and_reraise(int signal) {
    if (pending) ::unlink(pending_temp);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

constexpr int cleanup_signals[] = {SIGINT, SIGTERM, SIGHUP};

// Blocks the signals that remove the temporary file while it is made and
// registered, so that none can come between the two.
class SignalsHeld {
public:
    SignalsHeld() {
        sigset_t set;
        sigemptyset(&set);
        for (int s : cleanup_signals) sigaddset(&set, s);
        pthread_sigmask(SIG_BLOCK, &set, &m_before);
    }
    ~SignalsHeld() { pthread_sigmask(SIG_SETMASK, &m_before, nullptr); }
    SignalsHeld(const SignalsHeld&) = delete;
    SignalsHeld& operator=(const SignalsHeld&) = delete;

private:
    sigset_t m_before;
};

void guard(const std::string& temp) {
    if (temp.size() > PATH_MAX) return;
    std::memcpy(pending_temp, temp.c_str(), temp.size() + 1);
    pending = 1;
    for (int s : cleanup_signals) {
        // A signal the caller ignores (nohup, a background job) stays ignored.
        struct sigaction now {};
        if (::sigaction(s, nullptr, &now) == 0 && now.sa_handler == SIG_IGN) continue;
        std::signal(s, remove_pending_and_reraise);
    }
}

void unguard() { pending = 0; }

std::string directory_of(const std::string& path) {
    const std::size_t slash = path.rfind('/');
    if (slash == std::string::npos) return "";
    return path.substr(0, slash + 1);
}

// The descriptor a path names: /dev/stdout, /dev/stderr, /dev/fd/N and
// /proc/self/fd/N. Such a path leads to what the caller opened (a pipe, a
// file opened for appending), which must be written as it is, never replaced.
std::optional<int> descriptor_of(const std::string& path) {
    if (path == "/dev/stdout") return STDOUT_FILENO;
    if (path == "/dev/stderr") return STDERR_FILENO;
    for (std::string_view prefix : {"/dev/fd/", "/proc/self/fd/", "/proc/thread-self/fd/"}) {
        if (path.compare(0, prefix.size(), prefix) != 0 || path.size() == prefix.size()) continue;
        const std::string number = path.substr(prefix.size());
        if (number.size() > 6 || number.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
        return std::stoi(number);
    }
    return std::nullopt;
}

// The file a chain of symbolic links leads to (the path itself when it is
// not a link), as far as 40 links; the last one may not exist yet. Stops at
// a path that names a descriptor.
std::string follow_links(std::string path) {
    for (int hops = 0; hops < 40 && !descriptor_of(path); ++hops) {
        struct stat info {};
        if (::lstat(path.c_str(), &info) != 0 || !S_ISLNK(info.st_mode)) return path;
        char buffer[PATH_MAX];
        const ssize_t n = ::readlink(path.c_str(), buffer, sizeof buffer);
        if (n <= 0) return path;
        std::string link(buffer, static_cast<std::size_t>(n));
        path = link.front() == '/' ? link : directory_of(path) + link;
    }
    return path;
}

}  // namespace

OutputStream::OutputStream(std::string path, bool replace) : m_path(std::move(path)), m_replace(replace) {
    if (m_path.empty()) return;  // stdout
    m_target = follow_links(m_path);
    if (const std::optional<int> fd = descriptor_of(m_target)) {
        m_fd = ::fcntl(*fd, F_DUPFD_CLOEXEC, 3);
        if (m_fd < 0) fail(errno);
        return;
    }
    struct stat info {};
    // Still a link after 40 hops, or a loop: never a file put in the link's place.
    if (::lstat(m_target.c_str(), &info) == 0 && S_ISLNK(info.st_mode) && ::stat(m_target.c_str(), &info) != 0 &&
        errno == ELOOP)
        fail(ELOOP);
    const bool exists = ::stat(m_target.c_str(), &info) == 0;
    if (exists && S_ISDIR(info.st_mode)) fail(EISDIR);
    if (exists && !S_ISREG(info.st_mode)) {
        // A device or a FIFO (/dev/null, /dev/stdout): written as it is.
        m_fd = ::open(m_target.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
        if (m_fd < 0) fail(errno);
        return;
    }
    m_temp = m_target + ".tmp-XXXXXX";
    int error = 0;
    {
        const SignalsHeld held;
        m_fd = ::mkstemp(m_temp.data());
        if (m_fd >= 0) guard(m_temp);
        else error = errno;
    }
    if (m_fd < 0) {
        m_temp.clear();
        fail(error);
    }
    if (exists) {
        // The new file takes the old one's place: its owner and mode too.
        if (::fchown(m_fd, info.st_uid, info.st_gid) != 0) { /* not ours to change: keep ours */ }
        ::fchmod(m_fd, info.st_mode & 07777);
    } else {
        // mkstemp makes the file private; give it the mode a plain create would.
        const mode_t mask = ::umask(0);
        ::umask(mask);
        ::fchmod(m_fd, 0666 & ~mask);
    }
}

OutputStream::~OutputStream() {
    if (m_fd >= 0) ::close(m_fd);
    if (!m_temp.empty()) {
        ::unlink(m_temp.c_str());
        unguard();
    }
}

void OutputStream::fail(int error) const { throw OutputError(m_path.empty() ? "standard output" : m_path, error); }

void OutputStream::write(std::string_view text) {
    if (m_path.empty()) return print_out(text);
    while (!text.empty()) {
        const ssize_t n = ::write(m_fd, text.data(), text.size());
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) fail(n < 0 ? errno : EIO);
        text.remove_prefix(static_cast<std::size_t>(n));
    }
}

void OutputStream::commit() {
    if (m_path.empty()) return finish_out();
    if (m_temp.empty()) {
        const int fd = m_fd;
        m_fd = -1;
        if (::close(fd) != 0) fail(errno);
        return;
    }
    if (::fsync(m_fd) != 0) fail(errno);
    const int fd = m_fd;
    m_fd = -1;
    if (::close(fd) != 0) fail(errno);
    if (m_replace) {
        if (std::rename(m_temp.c_str(), m_target.c_str()) != 0) fail(errno);
    } else {
        // A hard link is made only where no file is: nothing is replaced, however late it appeared.
        if (::link(m_temp.c_str(), m_target.c_str()) == 0) {
            ::unlink(m_temp.c_str());
        } else {
            const int error = errno;
            // A file system without hard links: the target checked once more, then renamed onto.
            struct stat info {};
            const bool no_links = error == EPERM || error == EOPNOTSUPP;
            if (!no_links || ::lstat(m_target.c_str(), &info) == 0) fail(no_links ? EEXIST : error);
            if (std::rename(m_temp.c_str(), m_target.c_str()) != 0) fail(errno);
        }
    }
    m_temp.clear();
    unguard();
}

void write_output(const std::string& path, std::string_view content, bool replace) {
    OutputStream out(path, replace);
    out.write(content);
    out.commit();
}

bool is_existing_file(const std::string& path) {
    struct stat info {};
    return !path.empty() && ::stat(path.c_str(), &info) == 0 && S_ISREG(info.st_mode);
}

bool same_file(const std::string& output, const std::string& input) {
    struct stat a {};
    struct stat b {};
    if (::stat(output.c_str(), &a) != 0 || ::stat(input.c_str(), &b) != 0) return false;
    return a.st_dev == b.st_dev && a.st_ino == b.st_ino && S_ISREG(a.st_mode);
}

}  // namespace wwc

#include <catch2/catch.hpp>

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <string>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

#include "cli/console.hpp"
#include "cli/output_stream.hpp"
#include "test_support.hpp"

using namespace wwc;
using wwc::test::read_file;
using wwc::test::TempDir;

namespace {

namespace fs = std::filesystem;

// The names in `dir`, sorted.
std::vector<std::string> names(const fs::path& dir) {
    std::vector<std::string> out;
    for (const fs::directory_entry& entry : fs::directory_iterator(dir))
        out.push_back(entry.path().filename().string());
    std::sort(out.begin(), out.end());
    return out;
}

// The permission bits of `path` (following links).
mode_t mode_of(const std::string& path) {
    struct stat info {};
    REQUIRE(::stat(path.c_str(), &info) == 0);
    return info.st_mode & 07777;
}

mode_t current_umask() {
    const mode_t mask = ::umask(0);
    ::umask(mask);
    return mask;
}

}  // namespace

TEST_CASE("write_output creates a new file with the mode a plain create gives") {
    const TempDir dir;
    write_output(dir / "report.json", "{}\n");
    CHECK(read_file(dir / "report.json") == "{}\n");
    CHECK(mode_of(dir / "report.json") == (0666 & ~current_umask()));
    CHECK(names(dir.path()) == std::vector<std::string>{"report.json"});
}

TEST_CASE("write_output replaces an existing file and keeps its mode") {
    // 0640 is neither the temporary file's 0600 nor what a plain create gives.
    for (const mode_t mode : {mode_t{0600}, mode_t{0640}}) {
        const TempDir dir;
        const std::string path = dir.write("report.txt", "an older and longer report\n");
        REQUIRE(::chmod(path.c_str(), mode) == 0);
        write_output(path, "new\n");
        CHECK(read_file(path) == "new\n");
        CHECK(mode_of(path) == mode);
        CHECK(names(dir.path()) == std::vector<std::string>{"report.txt"});
    }
}

TEST_CASE("write_output through a symbolic link keeps the link and replaces its target") {
    const TempDir dir;
    const std::string target = dir.write("real/report.txt", "old\n");
    fs::create_symlink("real/report.txt", dir / "link.txt");
    write_output(dir / "link.txt", "new\n");
    CHECK(fs::is_symlink(fs::symlink_status(dir / "link.txt")));
    CHECK(fs::read_symlink(dir / "link.txt") == "real/report.txt");
    CHECK(read_file(target) == "new\n");
    CHECK(names(dir.path()) == std::vector<std::string>{"link.txt", "real"});
    CHECK(names(dir.path() / "real") == std::vector<std::string>{"report.txt"});
}

TEST_CASE("write_output through a link to a file not yet made makes the file and keeps the link") {
    const TempDir dir;
    fs::create_symlink("made.txt", dir / "link.txt");
    write_output(dir / "link.txt", "new\n");
    CHECK(fs::is_symlink(fs::symlink_status(dir / "link.txt")));
    CHECK(read_file(dir / "made.txt") == "new\n");
    CHECK(names(dir.path()) == std::vector<std::string>{"link.txt", "made.txt"});
}

TEST_CASE("write_output to a FIFO or /dev/null writes to it directly and leaves it what it was") {
    // A FIFO first: were it replaced, /dev/null would be too (when run as root), so stop here.
    const TempDir dir;
    const std::string fifo = dir / "pipe";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    const int reader = ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK);
    REQUIRE(reader >= 0);
    write_output(fifo, "through the pipe\n");
    char buffer[64];
    const ssize_t n = ::read(reader, buffer, sizeof buffer);
    ::close(reader);
    REQUIRE(std::string(buffer, n > 0 ? static_cast<std::size_t>(n) : 0) == "through the pipe\n");
    REQUIRE(fs::is_fifo(fifo));
    REQUIRE(names(dir.path()) == std::vector<std::string>{"pipe"});

    CHECK_NOTHROW(write_output("/dev/null", "discarded\n"));
    struct stat info {};
    REQUIRE(::stat("/dev/null", &info) == 0);
    CHECK(S_ISCHR(info.st_mode));
}

TEST_CASE("write_output into a missing directory throws OutputError and leaves no temporary file") {
    const TempDir dir;
    dir.write("keep.txt", "x");
    const std::string path = dir / "missing/report.txt";
    try {
        write_output(path, "lost\n");
        FAIL("no OutputError");
    } catch (const OutputError& e) {
        CHECK(e.target() == path);
        CHECK(e.error() == ENOENT);
    }
    CHECK(names(dir.path()) == std::vector<std::string>{"keep.txt"});
}

TEST_CASE("write_output onto a directory throws OutputError and leaves the directory as it was") {
    const TempDir dir;
    dir.write("out/keep.txt", "x");
    try {
        write_output(dir / "out", "lost\n");
        FAIL("no OutputError");
    } catch (const OutputError& e) {
        CHECK(e.error() == EISDIR);
    }
    CHECK(names(dir.path() / "out") == std::vector<std::string>{"keep.txt"});
}

TEST_CASE("an OutputStream destroyed without commit leaves the old content and no temporary file") {
    const TempDir dir;
    const std::string path = dir.write("report.txt", "old\n");
    {
        OutputStream out(path);
        out.write("half of a new ");
        CHECK(names(dir.path()).size() == 2);  // the temporary file beside the target
    }
    CHECK(read_file(path) == "old\n");
    CHECK(names(dir.path()) == std::vector<std::string>{"report.txt"});
}

TEST_CASE("an OutputStream writes nothing to a new path until it commits") {
    const TempDir dir;
    OutputStream out(dir / "new.txt");
    out.write("a");
    out.write("b\n");
    CHECK_FALSE(fs::exists(dir / "new.txt"));
    out.commit();
    CHECK(read_file(dir / "new.txt") == "ab\n");
    CHECK(names(dir.path()) == std::vector<std::string>{"new.txt"});
}

TEST_CASE("same_file is true for a path and a link to it, false for another or a missing file") {
    const TempDir dir;
    const std::string file = dir.write("a.yaml", "x");
    const std::string other = dir.write("b.yaml", "x");
    fs::create_symlink("a.yaml", dir / "link.yaml");
    CHECK(same_file(file, file));
    CHECK(same_file(dir / "link.yaml", file));
    CHECK(same_file(file, dir / "link.yaml"));
    CHECK_FALSE(same_file(file, other));
    CHECK_FALSE(same_file(dir / "missing.yaml", file));
    CHECK_FALSE(same_file(file, dir / "missing.yaml"));
    CHECK_FALSE(same_file("/dev/null", "/dev/null"));  // a device is never overwritten
}

TEST_CASE("write_output to /dev/fd/N writes to that descriptor as it is: a pipe, a file opened for appending") {
    int pipe_ends[2];
    REQUIRE(::pipe(pipe_ends) == 0);
    write_output("/dev/fd/" + std::to_string(pipe_ends[1]), "into the pipe\n");
    ::close(pipe_ends[1]);
    char buffer[64];
    const ssize_t n = ::read(pipe_ends[0], buffer, sizeof buffer);
    ::close(pipe_ends[0]);
    CHECK(std::string(buffer, n > 0 ? static_cast<std::size_t>(n) : 0) == "into the pipe\n");

    const TempDir dir;
    const std::string log = dir.write("log.txt", "kept\n");
    const int appending = ::open(log.c_str(), O_WRONLY | O_APPEND);
    REQUIRE(appending >= 0);
    fs::create_symlink("/proc/self/fd/" + std::to_string(appending), dir / "link");
    write_output(dir / "link", "added\n");  // a link to a descriptor path is that descriptor too
    ::close(appending);
    CHECK(read_file(log) == "kept\nadded\n");
    CHECK(names(dir.path()) == std::vector<std::string>{"link", "log.txt"});
}

TEST_CASE("write_output without replace never replaces a file, even one made after it started") {
    const TempDir dir;
    const std::string path = dir / "blank.yaml";
    {
        OutputStream out(path, false);
        out.write("new\n");
        dir.write("blank.yaml", "filled in meanwhile\n");
        try {
            out.commit();
            FAIL("no OutputError");
        } catch (const OutputError& e) {
            CHECK(e.error() == EEXIST);
        }
    }
    CHECK(read_file(path) == "filled in meanwhile\n");
    write_output(dir / "other.yaml", "made\n", false);
    CHECK(read_file(dir / "other.yaml") == "made\n");
    CHECK(names(dir.path()) == std::vector<std::string>{"blank.yaml", "other.yaml"});
}

TEST_CASE("write_output onto a loop of links throws ELOOP and leaves the links") {
    const TempDir dir;
    fs::create_symlink("b", dir / "a");
    fs::create_symlink("a", dir / "b");
    try {
        write_output(dir / "a", "lost\n");
        FAIL("no OutputError");
    } catch (const OutputError& e) {
        CHECK(e.error() == ELOOP);
    }
    CHECK(fs::is_symlink(fs::symlink_status(dir / "a")));
    CHECK(names(dir.path()) == std::vector<std::string>{"a", "b"});
}

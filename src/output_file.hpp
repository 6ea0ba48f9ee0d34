#pragma once
// Writing reports so that readers never see half a file.

#include <string>
#include <string_view>

namespace wwc {

/// A report written piece by piece: to stdout, or to a temporary file in the
/// target's directory that commit() renames over it. An uncommitted temporary
/// file is removed. Failures throw std::runtime_error naming the path.
class OutputStream {
public:
    /// `path` "" means stdout.
    explicit OutputStream(std::string path);
    ~OutputStream();
    OutputStream(const OutputStream&) = delete;
    OutputStream& operator=(const OutputStream&) = delete;

    void write(std::string_view text);
    /// Flushes, and for a file syncs it and renames it into place.
    void commit();

private:
    [[noreturn]] void fail(int error);

    std::string path_;
    std::string temp_;
    int fd_ = -1;
};

/// Writes `content` to `path` through a temporary file and a rename.
void write_file_atomically(const std::string& path, const std::string& content);

}  // namespace wwc

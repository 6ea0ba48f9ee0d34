#pragma once
// Writing a report so that no reader ever sees half of it and no file is lost.

#include <string>
#include <string_view>

namespace wwc {

/// A report written piece by piece: to stdout, or for `--output PATH` to a
/// temporary file beside the target that commit() renames over it (a regular
/// file keeps its permissions; a symbolic link stays a link and its target is
/// replaced). A device or FIFO is written directly, never replaced. An
/// uncommitted temporary file is removed, also on SIGINT, SIGTERM and SIGHUP.
/// Failures throw OutputError (exit 74).
class OutputStream {
public:
    /// `path` "" means stdout. Without `replace`, commit() fails (EEXIST) rather
    /// than replace a file that appeared at the target meanwhile.
    explicit OutputStream(std::string path, bool replace = true);
    ~OutputStream();
    OutputStream(const OutputStream&) = delete;
    OutputStream& operator=(const OutputStream&) = delete;

    void write(std::string_view text);
    /// Flushes, and for a file syncs it and renames it into place.
    void commit();

private:
    [[noreturn]] void fail(int error) const;

    std::string m_path;    // as given
    std::string m_target;  // the file replaced: `m_path`, or the file its links lead to
    std::string m_temp;    // "" when writing directly
    int m_fd = -1;
    bool m_replace = true;
};

/// Writes `content` to stdout, or to `path` through OutputStream.
void write_output(const std::string& path, std::string_view content, bool replace = true);

/// True when `path` is, or links to, an existing regular file: what an output
/// there would replace (a device or FIFO is written, not replaced).
bool is_existing_file(const std::string& path);

/// True when `output` and `input` name the same file (an output that would
/// overwrite an input); false when either does not exist.
bool same_file(const std::string& output, const std::string& input);

}  // namespace wwc

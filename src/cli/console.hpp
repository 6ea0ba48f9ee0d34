#pragma once
// Standard output and standard error: the only streams wwc-score prints to.

#include <exception>
#include <string>
#include <string_view>

namespace wwc {

/// The output could not be written (exit 74): names what and why.
class OutputError : public std::exception {
public:
    OutputError(std::string what, int error);
    const std::string& target() const { return m_target; }
    int error() const { return m_error; }
    const char* what() const noexcept override { return "output error"; }

private:
    std::string m_target;
    int m_error;
};

/// Makes the process safe to write from: descriptors 0, 1 and 2 are open (on
/// /dev/null where the caller closed them, so that no file opened later takes
/// their place and receives what is meant for stderr; a closed stdout stays
/// unwritable), and a write to a closed pipe fails with EPIPE (exit 74)
/// instead of killing the process.
void prepare_standard_streams() noexcept;

/// Writes `text` to standard output; throws OutputError when it cannot.
void print_out(std::string_view text);

/// Flushes standard output, so that a write that failed late is noticed;
/// throws OutputError.
void finish_out();

/// Writes `text` to standard error. A failure there is ignored: it is where
/// failures would be told.
void print_err(std::string_view text) noexcept;

}  // namespace wwc

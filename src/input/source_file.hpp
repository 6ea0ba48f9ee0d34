#pragma once
// Reading input files: one guarded path for assessments and criteria alike.

#include <cstddef>
#include <string>
#include <string_view>

namespace wwc {

/// Largest input file read by default (1 MiB); `--max-file-size` changes it.
constexpr std::size_t default_max_file_size = std::size_t{1} << 20;

/// Reads a regular file of at most `max_bytes`: opened first (never blocking on
/// a FIFO), then checked with fstat, so what is checked is what is read. Throws
/// InputError naming the file.
std::string read_source_file(const std::string& path, std::size_t max_bytes);

/// Reads all of standard input, at most `max_bytes`; throws InputError naming "<stdin>".
std::string read_standard_input(std::size_t max_bytes);

/// The file at `path`, or standard input for "-".
std::string read_input(const std::string& path, std::size_t max_bytes);

/// How a path is named in messages: "<stdin>" for "-".
std::string display_name(const std::string& path);

/// Checks that `text` is UTF-8 without NUL or control bytes (tab, CR, LF are fine);
/// returns it without a leading byte-order mark; throws InputError at the bad byte.
std::string_view check_utf8(std::string_view text, const std::string& file);

}  // namespace wwc

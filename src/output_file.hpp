#pragma once
// Writing report files so that readers never see half a file.

#include <string>

namespace wwc {

/// Writes `content` to `path` through a temporary file in the same directory and a
/// rename; throws std::runtime_error naming the path when it cannot.
void write_file_atomically(const std::string& path, const std::string& content);

}  // namespace wwc

#pragma once
// What the CI formats share about places and identity: a path as code hosts
// match it (junit, sarif, github, gitlab), and a fingerprint that names a
// result by what it is about, so that it stays the same from run to run and
// when lines move (sarif, gitlab).

#include <string>
#include <string_view>

#include "model/message.hpp"
#include "report/formats.hpp"

namespace wwc {

/// `path` as code hosts compare it with the files of a change: without a
/// leading "./" (GitLab matches Code Quality paths as written).
std::string repository_path(std::string_view path);

/// What a diagnostic is about, in English, with the line and column numbers
/// its words name taken out ("duplicate key 'PA1' (first defined at line 14,
/// column 3)" is the same problem when lines are inserted above it).
std::string diagnostic_subject(const Message& message);

/// A SHA-256 of the rule, the file and the subject; the second and later
/// results with the same three in one report also count which they are, so
/// that no two results of a report share a fingerprint.
std::string fingerprint(RunContext& context, std::string_view rule, std::string_view path, std::string_view subject);

}  // namespace wwc

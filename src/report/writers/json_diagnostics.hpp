#pragma once
// Diagnostics as the JSON reports write them.

#include <vector>

#include "model/diagnostics.hpp"
#include "report/words.hpp"
#include "report/writers/json_writer.hpp"

namespace wwc {

/// `"diagnostics": [{"severity", "file", "line", "column", "message"}, ...]`,
/// the messages in `words`' language (JSON reports pass English).
void write_diagnostics(JsonWriter& json, const std::vector<Diagnostic>& diagnostics, const Words& words);

}  // namespace wwc

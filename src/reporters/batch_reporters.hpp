#pragma once
// Batch report formats: rows of many files, and their summary.

#include <string>
#include <string_view>
#include <vector>

#include "../batch.hpp"

namespace wwc {

using RenderBatch = std::string (*)(const std::vector<BatchRow>&, const BatchSummary&);

struct BatchFormat {
    std::string_view name;
    std::string_view description;
    RenderBatch render;
};

/// The formats of `batch`, in the order `--help` lists them.
const std::vector<BatchFormat>& batch_formats();

/// "7 files: 1 error, 0 up, 2 down, 4 same; levels: 2 none, 1 silver, ...; under
/// wwc-2017: ..." on one line.
std::string summary_line(const BatchSummary& summary, const std::vector<BatchRow>& rows);

}  // namespace wwc

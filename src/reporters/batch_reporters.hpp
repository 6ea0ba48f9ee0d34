#pragma once
// Batch report formats, written row by row so that a batch streams.

#include <string>
#include <string_view>
#include <vector>

#include "../batch.hpp"

namespace wwc {

/// A batch format in three parts: what comes before the rows, each row (`index`
/// counts from 0), and what follows them.
struct BatchFormat {
    std::string_view name;
    std::string_view description;
    std::string (*begin)(const BatchOptions& options);
    std::string (*row)(const BatchRow& row, std::size_t index);
    std::string (*end)(const BatchSummary& summary);
    bool lists_movers = false;  ///< `end` needs BatchSummary::movers
};

/// The html format's parts (batch_html_reporter.cpp): one self-contained
/// overview page, its summary and movers written last and shown first.
std::string batch_html_begin(const BatchOptions& options);
std::string batch_html_row(const BatchRow& row, std::size_t index);
std::string batch_html_end(const BatchSummary& summary);

/// The formats of `batch`, in the order `--help` lists them.
const std::vector<BatchFormat>& batch_formats();

/// "7 files: 1 error, 0 up, 2 down, 4 same; levels: 2 none, 1 silver, ...; under
/// wwc-2017: ..." on one line.
std::string summary_line(const BatchSummary& summary);

}  // namespace wwc

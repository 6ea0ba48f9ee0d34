#pragma once
// Running `score`, `check` or `batch` over many files: in parallel, streamed
// in a stable order.

#include <cstddef>
#include <functional>
#include <string>

#include "input/assessment_files.hpp"
#include "input/criteria_catalog.hpp"
#include "model/run.hpp"

namespace wwc {

struct RunOptions {
    std::string criteria;  ///< bundled id or path; empty: the set each file answers
    std::string compare;   ///< a second set to score every file with; empty: none
    std::size_t max_file_size = 0;
    unsigned jobs = 1;
    std::string as_of;     ///< date evidence is judged against
    bool check_only = false;  ///< validate, do not score
};

/// Receives the files in the order of the inputs, one call at a time.
using FileSink = std::function<void(FileReport)>;

/// Called after each file with the number done and the total, one call at a time.
using RunProgress = std::function<void(std::size_t done, std::size_t total)>;

/// Scores (or checks) `files` on `options.jobs` threads (fewer when threads
/// cannot be had) and hands each report to `sink` in input order as soon as
/// those before it are done, so memory stays flat whatever the number of
/// files. A bad file is a report with its errors, never an exception. A file
/// found in a folder that does not say it is an assessment is skipped.
/// Returns the number skipped. When `sink` throws (an output that cannot be
/// written), it is not called again, and its exception is rethrown once
/// every thread has stopped.
std::size_t run_files(const AssessmentFiles& files, CriteriaCatalog& catalog, const RunOptions& options,
                      const FileSink& sink, const RunProgress& progress = nullptr);

}  // namespace wwc

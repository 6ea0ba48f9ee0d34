#pragma once
// Scoring many assessment files at once, in parallel, streamed in a stable order.

#include <cstddef>
#include <functional>
#include <string>

#include "input/assessment_files.hpp"
#include "input/criteria_catalog.hpp"
#include "model/batch_row.hpp"

namespace wwc {

struct BatchOptions {
    std::string criteria;  ///< bundled id or path; empty: the set each file answers
    std::string compare;   ///< a second set to score every file with; empty: none
    std::size_t max_file_size = 0;
    unsigned jobs = 1;
    std::string as_of;     ///< date evidence is judged against
};

/// Receives rows in the order of the inputs, one call at a time.
using BatchSink = std::function<void(const BatchRow&)>;

/// Called after each file with the number done and the total, one call at a time.
using BatchProgress = std::function<void(std::size_t done, std::size_t total)>;

/// Scores `files` on `options.jobs` threads and hands each row to `sink` in
/// input order as soon as the rows before it are done, so memory stays flat
/// whatever the number of files. A bad file is an error row, never an exception.
void score_batch(const AssessmentFiles& files, CriteriaCatalog& catalog, const BatchOptions& options,
                 const BatchSink& sink, const BatchProgress& progress = nullptr);

}  // namespace wwc

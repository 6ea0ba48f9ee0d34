#include "scoring/batch.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <map>
#include <mutex>
#include <thread>

#include "scoring/pipeline.hpp"

namespace wwc {
namespace {

BatchScore summarise(const ScoredAssessment& r) {
    BatchScore s;
    s.criteria = r.set->id;
    s.level = r.evaluation.level;
    if (r.evaluation.level) s.level_id = r.set->levels[*r.evaluation.level].id;
    s.points = r.evaluation.points;
    s.max_points = r.evaluation.max_points;
    s.percent = r.evaluation.percent;
    s.estimate = !r.assessment.estimated_from.empty();
    return s;
}

Change compare_levels(const std::optional<std::size_t>& from, const std::optional<std::size_t>& to) {
    if (to > from) return Change::up;
    if (to < from) return Change::down;
    return Change::same;
}

std::optional<Diagnostic> first_error_of(const InputError& e) {
    if (const Diagnostic* d = first_error(e.diagnostics())) return *d;
    return std::nullopt;
}

BatchRow score_one(const std::string& file, CriteriaCatalog& catalog, const BatchOptions& options) {
    BatchRow row;
    row.file = file;
    ReadAssessment read;
    try {
        const ScoreOptions score_options{options.criteria, options.max_file_size, options.as_of};
        read = read_assessment(read_source_file(file, options.max_file_size), file, catalog, score_options);
        row.city = read.assessment.city.name;
        const std::shared_ptr<const CriteriaSet> set = read.scoring;
        row.score = summarise(options.compare.empty() ? score_read(std::move(read), set) : score_read(read, set));
    } catch (const InputError& e) {
        row.error = first_error_of(e);
        return row;
    }
    if (options.compare.empty()) return row;
    // The same reading, scored again: the file is read and parsed once.
    try {
        row.compare = summarise(score_read(std::move(read), catalog.load(options.compare)));
        row.change = compare_levels(row.score->level, row.compare->level);
    } catch (const InputError& e) {
        row.error = first_error_of(e);
    }
    return row;
}

}  // namespace

void score_batch(const AssessmentFiles& files, CriteriaCatalog& catalog, const BatchOptions& options,
                 const BatchSink& sink, const BatchProgress& progress) {
    // Load every set the workers may ask for, so that they only read the catalog.
    for (const std::string& id : CriteriaCatalog::bundled_ids()) catalog.bundled(id);
    if (!options.criteria.empty()) catalog.load(options.criteria);
    if (!options.compare.empty()) catalog.load(options.compare);

    std::atomic<std::size_t> next{0};
    std::mutex lock;
    std::map<std::size_t, BatchRow> waiting;  // done, but a row before them is not
    std::size_t emitted = 0;
    std::size_t done = 0;
    std::exception_ptr failure;  // the first unexpected exception, rethrown once every thread stopped
    const auto work = [&] {
        try {
            for (std::size_t i = next++; i < files.size(); i = next++) {
                BatchRow row;
                if (const Diagnostic* error = files.error(i)) {
                    row.file = files.path(i);
                    row.error = *error;
                } else {
                    row = score_one(std::string(files.path(i)), catalog, options);
                }
                const std::lock_guard<std::mutex> guard(lock);
                waiting.emplace(i, std::move(row));
                for (auto first = waiting.begin(); first != waiting.end() && first->first == emitted;
                     first = waiting.erase(first), ++emitted)
                    sink(first->second);
                if (progress) progress(++done, files.size());
            }
        } catch (...) {
            const std::lock_guard<std::mutex> guard(lock);
            if (!failure) failure = std::current_exception();
            next = files.size();  // the other threads stop after their current file
        }
    };
    const unsigned jobs = std::max(1u, std::min<unsigned>(options.jobs, static_cast<unsigned>(files.size())));
    std::vector<std::thread> workers;
    for (unsigned j = 1; j < jobs; ++j) workers.emplace_back(work);
    work();
    for (std::thread& t : workers) t.join();
    if (failure) std::rethrow_exception(failure);
}

}  // namespace wwc

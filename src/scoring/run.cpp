#include "scoring/run.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <map>
#include <mutex>
#include <optional>
#include <system_error>
#include <thread>

#include "scoring/pipeline.hpp"

namespace wwc {
namespace {

Change compare_levels(const std::optional<std::size_t>& from, const std::optional<std::size_t>& to) {
    if (to > from) return Change::up;
    if (to < from) return Change::down;
    return Change::same;
}

// One file's report, or nullopt when a file found in a folder is not an assessment.
std::optional<FileReport> run_one(const AssessmentFiles& files, std::size_t i, CriteriaCatalog& catalog,
                                  const RunOptions& options) {
    const std::string path(files.path(i));
    FileReport report;
    report.path = display_name(path);
    if (const Diagnostic* error = files.error(i)) {
        report.diagnostics.push_back(*error);
        return report;
    }
    ReadAssessment read;
    try {
        const std::string text = read_input(path, options.max_file_size);
        if (!files.named(i) && !says_assessment(text)) return std::nullopt;
        const ScoreOptions score_options{options.criteria, options.max_file_size, options.as_of};
        read = read_assessment(text, report.path, catalog, score_options);
        if (options.check_only) {
            report.diagnostics = std::move(read.diagnostics);
            return report;
        }
        const std::shared_ptr<const CriteriaSet> set = read.scoring;
        report.scored = options.compare.empty() ? score_read(std::move(read), set, catalog) : score_read(read, set, catalog);
    } catch (const InputError& e) {
        report.diagnostics = e.diagnostics();
        return report;
    }
    if (options.compare.empty()) return report;
    // The same reading, scored again: the file is read and parsed once.
    try {
        report.compared = score_read(std::move(read), catalog.load(options.compare), catalog);
        report.change = compare_levels(report.scored->evaluation.level, report.compared->evaluation.level);
    } catch (const InputError& e) {
        report.diagnostics = e.diagnostics();
    }
    return report;
}

}  // namespace

std::size_t run_files(const AssessmentFiles& files, CriteriaCatalog& catalog, const RunOptions& options,
                      const FileSink& sink, const RunProgress& progress) {
    // The sets named on the command line first: a file that cannot be read is a usage problem, not a row.
    if (!options.criteria.empty()) catalog.load(options.criteria);
    if (!options.compare.empty()) catalog.load(options.compare);

    std::atomic<std::size_t> next{0};
    std::mutex lock;
    std::map<std::size_t, std::optional<FileReport>> waiting;  // done, but a file before them is not
    std::size_t emitted = 0;
    std::size_t done = 0;
    std::size_t skipped = 0;
    std::exception_ptr failure;  // the first unexpected exception, rethrown once every thread stopped
    const auto work = [&] {
        try {
            for (std::size_t i = next++; i < files.size(); i = next++) {
                std::optional<FileReport> report = run_one(files, i, catalog, options);
                const std::lock_guard<std::mutex> guard(lock);
                if (failure) return;  // the sink failed (an output that cannot be written): nothing more to it
                waiting.emplace(i, std::move(report));
                for (auto first = waiting.begin(); first != waiting.end() && first->first == emitted;) {
                    std::optional<FileReport> ready = std::move(first->second);
                    first = waiting.erase(first);
                    ++emitted;
                    if (!ready) {
                        ++skipped;
                        continue;
                    }
                    try {
                        sink(std::move(*ready));
                    } catch (...) {
                        // Known to every thread before the lock is let go: none calls the sink again.
                        failure = std::current_exception();
                        next = files.size();
                        return;
                    }
                }
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
    for (unsigned j = 1; j < jobs; ++j) {
        try {
            workers.emplace_back(work);
        } catch (const std::system_error&) {
            break;  // no more threads to be had: the ones running do the work
        }
    }
    work();
    for (std::thread& t : workers) t.join();
    if (failure) std::rethrow_exception(failure);
    return skipped;
}

}  // namespace wwc

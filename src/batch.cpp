#include "batch.hpp"

#include <algorithm>
#include <atomic>
#include <cstring>
#include <exception>
#include <filesystem>
#include <map>
#include <mutex>
#include <thread>

#include "diagnostics.hpp"
#include "scoring.hpp"
#include "source_file.hpp"

namespace wwc {
namespace {

namespace fs = std::filesystem;

bool is_yaml(const fs::path& path) {
    const std::string ext = path.extension().string();
    return ext == ".yaml" || ext == ".yml";
}

BatchScore summarise(const ScoredAssessment& r) {
    BatchScore s;
    s.criteria = r.set->id;
    s.level_rank = r.evaluation.level;
    if (r.evaluation.level >= 0) s.level = r.set->levels[static_cast<std::size_t>(r.evaluation.level)].id;
    s.points = r.evaluation.points;
    s.max_points = r.evaluation.max_points;
    s.percent = r.evaluation.percent;
    s.estimate = !r.assessment.estimated_from.empty();
    return s;
}

std::string first_error(const InputError& e) {
    for (const Diagnostic& d : e.diagnostics())
        if (d.severity == Severity::error) return format_diagnostic(d);
    return e.what();
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
        row.scored = true;
    } catch (const InputError& e) {
        row.error = first_error(e);
        return row;
    }
    if (options.compare.empty()) return row;
    // The same reading, scored again: the file is read and parsed once.
    try {
        row.compare = summarise(score_read(std::move(read), catalog.load(options.compare)));
        row.compared = true;
        const int from = row.score.level_rank;
        const int to = row.compare.level_rank;
        row.change = to > from ? "up" : to < from ? "down" : "same";
    } catch (const InputError& e) {
        row.error = first_error(e);
    }
    return row;
}

}  // namespace

void BatchInputs::add(std::string_view path, std::string error) {
    starts_.push_back(static_cast<std::uint32_t>(text_.size()));
    text_.append(path);
    text_ += '\0';
    if (!error.empty()) errors_.emplace_back(std::string(path), std::move(error));
}

void BatchInputs::sort() {
    std::sort(starts_.begin(), starts_.end(),
              [&](std::uint32_t a, std::uint32_t b) { return std::strcmp(&text_[a], &text_[b]) < 0; });
    starts_.erase(std::unique(starts_.begin(), starts_.end(),
                              [&](std::uint32_t a, std::uint32_t b) { return std::strcmp(&text_[a], &text_[b]) == 0; }),
                  starts_.end());
    starts_.shrink_to_fit();
    std::sort(errors_.begin(), errors_.end());
}

std::string_view BatchInputs::path(std::size_t i) const { return std::string_view(&text_[starts_[i]]); }

const std::string* BatchInputs::error(std::size_t i) const {
    const std::string_view wanted = path(i);
    const auto found = std::lower_bound(errors_.begin(), errors_.end(), wanted,
                                        [](const auto& entry, std::string_view p) { return entry.first < p; });
    return found != errors_.end() && found->first == wanted ? &found->second : nullptr;
}

BatchInputs find_assessments(const std::vector<std::string>& paths) {
    BatchInputs inputs;
    for (const std::string& path : paths) {
        std::error_code ec;
        const fs::file_status status = fs::status(path, ec);
        if (fs::is_directory(status)) {
            for (fs::recursive_directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec))
                if (it->is_regular_file(ec) && is_yaml(it->path())) inputs.add(it->path().native());
        } else if (fs::exists(status)) {
            inputs.add(path);
        }
        if (ec || !fs::exists(status))
            inputs.add(path, path + ": error: " + (ec ? ec.message() : std::string("no such file or directory")));
    }
    inputs.sort();
    return inputs;
}

void score_batch(const BatchInputs& inputs, CriteriaCatalog& catalog, const BatchOptions& options,
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
            for (std::size_t i = next++; i < inputs.size(); i = next++) {
                BatchRow row;
                if (const std::string* error = inputs.error(i)) {
                    row.file = inputs.path(i);
                    row.error = *error;
                } else {
                    row = score_one(std::string(inputs.path(i)), catalog, options);
                }
                const std::lock_guard<std::mutex> guard(lock);
                waiting.emplace(i, std::move(row));
                for (auto first = waiting.begin(); first != waiting.end() && first->first == emitted;
                     first = waiting.erase(first), ++emitted)
                    sink(first->second);
                if (progress) progress(++done, inputs.size());
            }
        } catch (...) {
            const std::lock_guard<std::mutex> guard(lock);
            if (!failure) failure = std::current_exception();
            next = inputs.size();  // the other threads stop after their current file
        }
    };
    const unsigned jobs = std::max(1u, std::min<unsigned>(options.jobs, static_cast<unsigned>(inputs.size())));
    std::vector<std::thread> workers;
    for (unsigned j = 1; j < jobs; ++j) workers.emplace_back(work);
    work();
    for (std::thread& t : workers) t.join();
    if (failure) std::rethrow_exception(failure);
}

void BatchSummary::add(const BatchRow& row) {
    const auto count = [](std::map<int, std::pair<std::string, int>>& into, const BatchScore& score) {
        auto& entry = into[score.level_rank];
        entry.first = score.level.empty() ? "none" : score.level;
        ++entry.second;
    };
    ++files;
    if (!row.error.empty()) ++errors;
    if (row.scored) count(levels, row.score);
    if (row.compared) {
        count(compare_levels, row.compare);
        if (compare_criteria.empty()) compare_criteria = row.compare.criteria;
    }
    if (row.change == "up") ++up;
    if (row.change == "down") ++down;
    if (keep_movers && (row.change == "up" || row.change == "down")) movers.push_back(row);
    if (row.change == "same") ++same;
}

}  // namespace wwc

#include "batch.hpp"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <map>
#include <mutex>
#include <thread>

#include "diagnostics.hpp"
#include "scoring.hpp"

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
    try {
        const ScoredAssessment r = score_file(file, catalog, {options.criteria, options.max_file_size, options.as_of});
        row.city = r.assessment.city.name;
        row.score = summarise(r);
        row.scored = true;
    } catch (const InputError& e) {
        row.error = first_error(e);
        return row;
    }
    if (options.compare.empty()) return row;
    try {
        row.compare = summarise(score_file(file, catalog, {options.compare, options.max_file_size, options.as_of}));
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

std::vector<std::string> find_assessments(const std::vector<std::string>& paths, std::vector<BatchRow>& missing) {
    std::vector<std::string> files;
    for (const std::string& path : paths) {
        std::error_code ec;
        const fs::file_status status = fs::status(path, ec);
        if (fs::is_directory(status)) {
            for (fs::recursive_directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec))
                if (it->is_regular_file(ec) && is_yaml(it->path())) files.push_back(it->path().string());
        } else if (fs::exists(status)) {
            files.push_back(path);
        }
        if (ec || !fs::exists(status)) {
            BatchRow row;
            row.file = path;
            row.error = path + ": error: " + (ec ? ec.message() : std::string("no such file or directory"));
            missing.push_back(std::move(row));
        }
    }
    std::sort(files.begin(), files.end());
    files.erase(std::unique(files.begin(), files.end()), files.end());
    return files;
}

std::vector<BatchRow> score_batch(const std::vector<std::string>& files, CriteriaCatalog& catalog,
                                  const BatchOptions& options, const BatchProgress& progress) {
    // Load every set the workers may ask for, so that they only read the catalog.
    for (const std::string& id : CriteriaCatalog::bundled_ids()) catalog.bundled(id);
    if (!options.criteria.empty()) catalog.load(options.criteria);
    if (!options.compare.empty()) catalog.load(options.compare);

    std::vector<BatchRow> rows(files.size());
    std::atomic<std::size_t> next{0};
    std::size_t done = 0;
    std::mutex progress_lock;
    const auto work = [&] {
        for (std::size_t i = next++; i < files.size(); i = next++) {
            rows[i] = score_one(files[i], catalog, options);
            if (!progress) continue;
            const std::lock_guard<std::mutex> lock(progress_lock);
            progress(++done, files.size());
        }
    };
    const unsigned jobs = std::max(1u, std::min<unsigned>(options.jobs, static_cast<unsigned>(files.size())));
    std::vector<std::thread> workers;
    for (unsigned j = 1; j < jobs; ++j) workers.emplace_back(work);
    work();
    for (std::thread& t : workers) t.join();
    return rows;
}

BatchSummary summarise(const std::vector<BatchRow>& rows) {
    BatchSummary s;
    // Files per level, lowest level ("none") first.
    std::map<int, std::pair<std::string, int>> levels;
    std::map<int, std::pair<std::string, int>> compare_levels;
    const auto count = [](std::map<int, std::pair<std::string, int>>& into, const BatchScore& score) {
        auto& entry = into[score.level_rank];
        entry.first = score.level.empty() ? "none" : score.level;
        ++entry.second;
    };
    for (const BatchRow& row : rows) {
        ++s.files;
        if (!row.error.empty()) ++s.errors;
        if (row.scored) count(levels, row.score);
        if (row.compared) count(compare_levels, row.compare);
        if (row.change == "up") ++s.up;
        if (row.change == "down") ++s.down;
        if (row.change == "same") ++s.same;
    }
    for (const auto& [rank, entry] : levels) s.levels.push_back(entry);
    for (const auto& [rank, entry] : compare_levels) s.compare_levels.push_back(entry);
    return s;
}

}  // namespace wwc

#include "model/batch_row.hpp"

namespace wwc {

void BatchSummary::add(const BatchRow& row) {
    const auto count = [](LevelCounts& into, const BatchScore& score) {
        auto& entry = into[score.level];
        entry.first = score.level_id;
        ++entry.second;
    };
    ++files;
    if (row.error) ++errors;
    if (row.score) count(levels, *row.score);
    if (row.compare) {
        count(compare_levels, *row.compare);
        if (compare_criteria.empty()) compare_criteria = row.compare->criteria;
    }
    if (!row.change) return;
    switch (*row.change) {
    case Change::up: ++up; break;
    case Change::down: ++down; break;
    case Change::same: ++same; break;
    }
    if (keep_movers && *row.change != Change::same) movers.push_back(row);
}

}  // namespace wwc

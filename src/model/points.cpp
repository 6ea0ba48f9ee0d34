#include "model/points.hpp"

namespace wwc {

int round_percent(int points, int max_points) {
    if (max_points <= 0) return 0;
    // Half up, in integers: floor((200 * points + max) / (2 * max)).
    return static_cast<int>((200LL * points + max_points) / (2LL * max_points));
}

int points_needed(int min_percent, int max_points) {
    if (max_points <= 0) return min_percent <= 0 ? 0 : max_points + 1;
    // The smallest p with round_percent(p) >= min_percent, found by bisection.
    int low = 0;
    int high = max_points + 1;
    while (low < high) {
        const int mid = low + (high - low) / 2;
        if (round_percent(mid, max_points) >= min_percent) high = mid;
        else low = mid + 1;
    }
    return low;
}

int points_counted_now(const CriteriaSet& set) {
    int total = 0;
    for (const Criterion& c : set.criteria)
        if (!c.retired && c.future.empty()) total += c.points;
    return total;
}

Band level_band(const CriteriaSet& set, std::size_t level, int max_points) {
    Band band;
    band.min_percent = set.levels[level].min_percent;
    band.min_points = points_needed(band.min_percent, max_points);
    band.max_points = max_points;
    if (level + 1 < set.levels.size()) {
        band.max_percent = set.levels[level + 1].min_percent - 1;
        band.max_points = points_needed(set.levels[level + 1].min_percent, max_points) - 1;
    }
    return band;
}

}  // namespace wwc

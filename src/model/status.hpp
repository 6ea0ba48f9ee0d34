#pragma once
// What a city answers for a criterion, and what the evaluation makes of it.

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace wwc {

/// What a city may answer for a criterion.
enum class Answer { met, not_met, in_progress, planned };

/// What a criterion's evaluation says: an answer, or one the evaluation derives
/// (`blocked`: met, but a prerequisite is not earned; `unanswered`).
enum class Status { met, not_met, in_progress, planned, blocked, unanswered };

inline constexpr std::array<Answer, 4> all_answers = {Answer::met, Answer::not_met, Answer::in_progress,
                                                      Answer::planned};
inline constexpr std::array<Status, 6> all_statuses = {Status::met,     Status::not_met, Status::in_progress,
                                                       Status::planned, Status::blocked, Status::unanswered};

/// The word a file or a JSON report uses: "met", "not_met", ... "unanswered".
std::string_view status_id(Status status);
std::string_view answer_id(Answer answer);

/// The answer a file names by `id`, or nullopt.
std::optional<Answer> answer_from_id(std::string_view id);

/// The status of an answer, `unanswered` for none.
Status status_of(std::optional<Answer> answer);

/// The answer a status stands for; nullopt for `blocked` and `unanswered`.
std::optional<Answer> answer_of(Status status);

/// How far along an answer is: met 4, in_progress 3, planned 2, not_met 1,
/// unanswered 0 (a blocked criterion was answered met). Crosswalks keep the
/// least advanced of several answers; the roadmap prefers the most advanced.
int progress_rank(Status status);

/// Counts per status, keyed by the enum.
class StatusCounts {
public:
    int& operator[](Status status) { return counts_[static_cast<std::size_t>(status)]; }
    int operator[](Status status) const { return counts_[static_cast<std::size_t>(status)]; }

private:
    std::array<int, all_statuses.size()> counts_{};
};

}  // namespace wwc

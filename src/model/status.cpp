#include "model/status.hpp"

namespace wwc {

std::string_view status_id(Status status) {
    switch (status) {
    case Status::met: return "met";
    case Status::not_met: return "not_met";
    case Status::in_progress: return "in_progress";
    case Status::planned: return "planned";
    case Status::blocked: return "blocked";
    case Status::unanswered: return "unanswered";
    }
    return "?";
}

Status status_of(std::optional<Answer> answer) {
    if (!answer) return Status::unanswered;
    switch (*answer) {
    case Answer::met: return Status::met;
    case Answer::not_met: return Status::not_met;
    case Answer::in_progress: return Status::in_progress;
    case Answer::planned: return Status::planned;
    }
    return Status::unanswered;
}

std::optional<Answer> answer_of(Status status) {
    switch (status) {
    case Status::met: return Answer::met;
    case Status::not_met: return Answer::not_met;
    case Status::in_progress: return Answer::in_progress;
    case Status::planned: return Answer::planned;
    case Status::blocked: return std::nullopt;
    case Status::unanswered: return std::nullopt;
    }
    return std::nullopt;
}

std::string_view answer_id(Answer answer) { return status_id(status_of(answer)); }

std::optional<Answer> answer_from_id(std::string_view id) {
    for (Answer a : all_answers)
        if (answer_id(a) == id) return a;
    return std::nullopt;
}

int progress_rank(Status status) {
    switch (status) {
    case Status::met: return 4;
    case Status::blocked: return 4;
    case Status::in_progress: return 3;
    case Status::planned: return 2;
    case Status::not_met: return 1;
    case Status::unanswered: return 0;
    }
    return 0;
}

}  // namespace wwc

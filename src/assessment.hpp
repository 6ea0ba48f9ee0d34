#pragma once
// A city's self-assessment (`wwc-assessment/1`) as plain data.

#include <optional>
#include <string>
#include <vector>

namespace wwc {

/// What a criterion's evaluation says; the first four are what a city may answer.
enum class Status { met, not_met, in_progress, planned, blocked, unanswered };

/// "met", "not_met", "in_progress", "planned", "blocked" or "unanswered".
const char* status_name(Status status);

struct Evidence {
    std::string url;
    std::string title;
    std::string date;
};

struct Response {
    std::string criterion;
    Status status = Status::unanswered;  ///< given or derived from the checklist
    std::optional<std::vector<std::string>> checklist;  ///< ids of the items met
    std::vector<Evidence> evidence;
    std::string notes;
    int line = 0;
    int column = 0;
};

struct OutcomeReport {
    std::string outcome;
    std::optional<double> value;
    std::optional<long long> year;
    std::string source;
    bool attested = false;
    std::optional<long long> goal;
    std::vector<Evidence> evidence;
    int line = 0;
    int column = 0;
};

struct City {
    std::string name;
    std::string region;
    std::string country;
    long long population = 0;
};

struct Assessment {
    std::string path;
    std::string sha256;  ///< of the file's bytes
    std::string criteria;  ///< id of the criteria set answered
    City city;
    std::string assessed_on;
    std::string prepared_by;
    std::vector<Response> responses;  ///< in file order
    std::vector<OutcomeReport> outcomes;
    /// Set when the answers were mapped from another set through a crosswalk.
    std::string estimated_from;

    const Response* response(const std::string& criterion) const;
    const OutcomeReport* outcome(const std::string& id) const;
};

}  // namespace wwc

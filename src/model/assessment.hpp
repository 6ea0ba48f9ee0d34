#pragma once
// A city's self-assessment (`wwc-assessment/1`) as plain data.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/diagnostics.hpp"
#include "model/indexed_list.hpp"
#include "model/status.hpp"

namespace wwc {

/// One evidence item: a URL, a title, or both.
struct Evidence {
    std::string url;
    std::string title;
    std::string date;
};

/// A city's answer to one criterion.
struct Response {
    std::string criterion;
    Answer answer = Answer::not_met;  ///< given, or derived from the checklist
    std::optional<std::vector<std::string>> checklist;  ///< ids of the items met
    std::vector<Evidence> evidence;
    std::string notes;
    Location where;  ///< the criterion's key
};

/// What a city reports for one outcome.
struct OutcomeReport {
    std::string outcome;
    std::optional<double> value;
    std::optional<long long> year;
    std::string source;
    bool attested = false;
    std::optional<long long> goal;
    std::vector<Evidence> evidence;
    std::string standard;  ///< the id of the standard the value is held against; "" for the default
    Location where;        ///< the outcome's key
};

struct City {
    std::string name;
    std::string region;
    std::string country;
    long long population = 0;
};

/// A whole assessment file.
struct Assessment {
    std::string path;
    std::string sha256;    ///< of the file's bytes
    std::string criteria;  ///< id of the criteria set answered
    City city;
    std::string assessed_on;
    std::string prepared_by;
    IndexedList<Response, &Response::criterion> responses;  ///< in file order, by criterion
    std::vector<OutcomeReport> outcomes;
    /// The set the answers were mapped from through crosswalks; "" when not mapped.
    std::string estimated_from;
    /// The sets the answers went through on the way, when the crosswalks chain.
    std::vector<std::string> estimated_through;

    const Response* response(std::string_view criterion) const;
    const OutcomeReport* outcome(std::string_view id) const;
};

}  // namespace wwc

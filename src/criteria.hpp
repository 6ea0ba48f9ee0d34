#pragma once
// A criteria set: the rules of one version of the WWC standard, as plain data.
// Loaded from YAML (criteria_loader), never written in C++.

#include <map>
#include <unordered_map>
#include <optional>
#include <string>
#include <vector>

namespace wwc {

struct Practice {
    std::string id;
    std::string name;
};

struct ChecklistItem {
    std::string id;
    std::string text;
};

struct Criterion {
    std::string id;
    std::string name;
    std::string practice;
    std::string summary;
    std::string provenance;  ///< read, partial or inferred
    std::string note;
    int points = 1;
    bool core = false;
    bool equity = false;
    bool evidence_expected = true;
    int evidence_max_age_months = 0;  ///< a met needs evidence this recent; 0: any age
    std::vector<std::string> prerequisites;
    std::vector<ChecklistItem> checklist;
    int checklist_min = 0;   ///< items needed when `checklist` is not empty
    std::string future;      ///< effective date (YYYY-MM-DD) of a future criterion, or ""
    bool retired = false;    ///< accepted in old files, never counted
};

/// An outcome standard: a measured value against a threshold, or an attestation.
struct Outcome {
    std::string id;
    std::string name;
    std::string measure;
    std::string unit;
    std::optional<double> at_most;
    std::optional<double> at_least;
    bool attestation = false;  ///< `attested: true` with evidence meets it
    std::string source;
    std::string note;
};

struct OutcomeRule {
    int min_met = 0;
    std::vector<std::string> of;
};

struct Level {
    std::string id;
    std::string name;
    int min_percent = 0;
    std::vector<std::string> required;
    std::optional<OutcomeRule> outcomes;
    std::string source;
    std::string note;
};

struct Eligibility {
    std::optional<long long> min_population;
    std::vector<std::string> countries;  ///< empty: any country
    std::string description;
    std::string note;
};

/// Maps each criterion of this set to the criteria of an older set that evidence it.
struct Crosswalk {
    std::string from;
    std::string provenance;
    std::string note;
    std::map<std::string, std::vector<std::string>> map;
};

struct Source {
    std::string title;
    std::string url;
};

struct CriteriaSet {
    std::string id;
    std::string name;
    std::string version;
    std::string published;
    std::string status;  ///< official or reconstruction
    std::string notice;
    std::string sha256;  ///< of the file's bytes
    std::vector<Source> sources;
    std::vector<Practice> practices;
    std::vector<Criterion> criteria;  ///< in file order
    std::vector<Outcome> outcomes;
    std::vector<Level> levels;        ///< lowest first
    Eligibility eligibility;
    std::optional<Crosswalk> crosswalk;
    std::unordered_map<std::string, int> index;  ///< criterion id -> position in `criteria`

    /// Index of the criterion `id` in `criteria`, or -1.
    int index_of(const std::string& id) const;
    const Practice* practice(const std::string& id) const;
    const Outcome* outcome(const std::string& id) const;
};

/// True when the criterion counts towards points for an assessment made on `date`.
bool is_counted(const Criterion& criterion, const std::string& date);

}  // namespace wwc

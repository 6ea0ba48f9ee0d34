#pragma once
// A criteria set: the rules of one version of the WWC standard, as plain data.
// Loaded from YAML (input/criteria_loader), never written in C++.

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/diagnostics.hpp"
#include "model/indexed_list.hpp"

namespace wwc {

/// How we know a criterion's wording.
enum class Provenance { read, partial, inferred };

/// Whether a set is the published standard or our reconstruction of it.
enum class SetStatus { official, reconstruction };

/// "read", "partial", "inferred"; "official", "reconstruction": the criteria file's words.
std::string_view provenance_id(Provenance provenance);
std::string_view set_status_id(SetStatus status);

/// The translations of an entry's texts: language tag ("es", "pt-BR") ->
/// field ("name", "summary", ...) -> text. English is the entry's own fields.
using Translations = std::map<std::string, std::map<std::string, std::string>>;

/// One of the practices criteria are grouped in.
struct Practice {
    std::string id;
    std::string name;
    std::vector<std::string> aliases;  ///< other names it is known by in public use
    Translations translations;
    Location where;
};

/// One item of a k-of-n checklist criterion.
struct ChecklistItem {
    std::string id;
    std::string text;
    Translations translations;
};

/// One criterion of the standard.
struct Criterion {
    std::string id;
    std::string name;
    std::string practice;
    std::string summary;
    Provenance provenance = Provenance::read;
    std::string note;
    int points = 1;
    bool core = false;
    bool equity = false;
    bool evidence_expected = true;
    std::optional<int> evidence_max_age_months;  ///< a met needs evidence this recent
    std::vector<std::string> prerequisites;
    std::vector<ChecklistItem> checklist;
    int checklist_min = 0;  ///< items needed when `checklist` is not empty
    std::string future;     ///< effective date (YYYY-MM-DD) of a future criterion, or ""
    bool retired = false;   ///< accepted in old files, never counted
    Translations translations;
    Location where;
};

/// The criteria of a set in file order, indexed by id.
using CriterionList = IndexedList<Criterion, &Criterion::id>;

/// One standard an outcome can be held against: a threshold on the reported
/// value, or an attestation with evidence.
struct OutcomeStandard {
    std::string id;  ///< "" for the one standard of an outcome that lists none (the older form)
    std::optional<double> at_most;
    std::optional<double> at_least;
    bool attestation = false;  ///< `attested: true` with evidence meets it
    bool interim = false;      ///< an interim target on the way to a guideline, not the guideline
    std::string source;
    std::string note;
    Location where;

    bool measured() const { return at_most || at_least; }
};

/// An outcome and the standards it accepts, one of them the default.
struct Outcome {
    std::string id;
    std::string name;
    std::string measure;
    std::string unit;
    std::vector<OutcomeStandard> standards;  ///< never empty in a loaded set
    std::size_t default_index = 0;           ///< the standard a report that names none is held against
    std::string note;
    Translations translations;
    Location where;

    const OutcomeStandard& default_standard() const { return standards[default_index]; }
    /// Position of the standard `id` in `standards`, or nullopt (also for "").
    std::optional<std::size_t> find_standard(std::string_view id) const;
    /// The ids of the named standards, in file order; empty for the older form.
    std::vector<std::string> standard_ids() const;
};

/// At least `min_met` of the outcomes `of` must meet their standard.
struct OutcomeRule {
    int min_met = 0;
    std::vector<std::string> of;
};

/// A certification level and what it needs besides its percent.
struct Level {
    std::string id;
    std::string name;
    int min_percent = 0;
    std::vector<std::string> required;
    std::optional<OutcomeRule> outcomes;
    std::string source;
    std::string note;
    Translations translations;
    Location where;
};

/// Which cities may be certified.
struct Eligibility {
    std::optional<long long> min_population;
    std::vector<std::string> countries;  ///< empty: any country
    std::string description;
    std::string note;
    Translations translations;
};

/// Maps each criterion of this set to the criteria of an older set that evidence it.
struct Crosswalk {
    std::string from;
    std::string provenance;
    std::string note;
    std::map<std::string, std::vector<std::string>> map;
    Location where;
};

/// A language the set is translated into: its name and notice there, and
/// whose translation it is.
struct SetLanguage {
    std::string name;
    std::string notice;
    bool official = false;  ///< WWC's own text; false: our translation
    std::string note;
};

/// A public source of the set's facts.
struct Source {
    std::string title;
    std::string url;
};

/// One version of the standard.
struct CriteriaSet {
    std::string id;
    std::string name;
    std::string version;
    std::string published;
    SetStatus status = SetStatus::official;
    std::string notice;
    std::string checked;       ///< when the set was last checked against public sources (YYYY-MM-DD), or ""
    std::string checked_note;  ///< what that check read
    std::string sha256;  ///< of the file's bytes
    std::string file;    ///< where it was read from
    std::map<std::string, SetLanguage> languages;  ///< by language tag
    std::vector<Source> sources;
    std::vector<Practice> practices;
    CriterionList criteria;
    std::vector<Outcome> outcomes;
    std::vector<Level> levels;  ///< lowest first
    Eligibility eligibility;
    std::optional<Crosswalk> crosswalk;

    std::optional<std::size_t> index_of(std::string_view criterion) const { return criteria.index_of(criterion); }
    /// The level `id`, or nullopt.
    std::optional<std::size_t> find_level(std::string_view id) const;
    const Practice* practice(std::string_view id) const;
    /// The practice a person means by `named`: its id, its name, one of its
    /// aliases or a translation of its name, compared by letters and digits
    /// only, ASCII case ignored, '&' read as "and"; or nullopt.
    std::optional<std::size_t> find_practice(std::string_view named) const;
    const Outcome* outcome(std::string_view id) const;
    /// The level ids, lowest first.
    std::vector<std::string> level_ids() const;
};

/// `name` as find_practice compares it: letters and digits only, ASCII in
/// lower case, '&' as "and" ("Data-Driven Budget & Finance" ->
/// "datadrivenbudgetandfinance"); bytes outside ASCII are kept.
std::string practice_key(std::string_view name);

/// True when the criterion counts towards points for an assessment made on `date`.
bool is_counted(const Criterion& criterion, const std::string& date);

}  // namespace wwc

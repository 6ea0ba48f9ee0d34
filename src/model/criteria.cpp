#include "model/criteria.hpp"

namespace wwc {

std::string_view provenance_id(Provenance provenance) {
    switch (provenance) {
    case Provenance::read: return "read";
    case Provenance::partial: return "partial";
    case Provenance::inferred: return "inferred";
    }
    return "?";
}

std::string_view set_status_id(SetStatus status) {
    switch (status) {
    case SetStatus::official: return "official";
    case SetStatus::reconstruction: return "reconstruction";
    }
    return "?";
}

std::optional<std::size_t> CriteriaSet::find_level(std::string_view wanted) const {
    for (std::size_t i = 0; i < levels.size(); ++i)
        if (levels[i].id == wanted) return i;
    return std::nullopt;
}

const Practice* CriteriaSet::practice(std::string_view wanted) const {
    for (const Practice& p : practices)
        if (p.id == wanted) return &p;
    return nullptr;
}

const Outcome* CriteriaSet::outcome(std::string_view wanted) const {
    for (const Outcome& o : outcomes)
        if (o.id == wanted) return &o;
    return nullptr;
}

std::string practice_key(std::string_view name) {
    std::string key;
    for (const char ch : name) {
        const auto c = static_cast<unsigned char>(ch);
        if (c >= 'A' && c <= 'Z') key += static_cast<char>(c - 'A' + 'a');
        else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80) key += ch;
        else if (c == '&') key += "and";
    }
    return key;
}

std::optional<std::size_t> CriteriaSet::find_practice(std::string_view named) const {
    const std::string wanted = practice_key(named);
    if (wanted.empty()) return std::nullopt;
    for (std::size_t i = 0; i < practices.size(); ++i) {
        const Practice& p = practices[i];
        std::vector<std::string_view> names{p.id, p.name};
        names.insert(names.end(), p.aliases.begin(), p.aliases.end());
        for (const auto& [language, fields] : p.translations)
            if (const auto translated = fields.find("name"); translated != fields.end())
                names.push_back(translated->second);
        for (std::string_view n : names)
            if (practice_key(n) == wanted) return i;
    }
    return std::nullopt;
}

std::optional<std::size_t> Outcome::find_standard(std::string_view wanted) const {
    if (wanted.empty()) return std::nullopt;
    for (std::size_t i = 0; i < standards.size(); ++i)
        if (standards[i].id == wanted) return i;
    return std::nullopt;
}

std::vector<std::string> Outcome::standard_ids() const {
    std::vector<std::string> ids;
    for (const OutcomeStandard& s : standards)
        if (!s.id.empty()) ids.push_back(s.id);
    return ids;
}

std::vector<std::string> CriteriaSet::level_ids() const {
    std::vector<std::string> ids;
    for (const Level& l : levels) ids.push_back(l.id);
    return ids;
}

bool is_counted(const Criterion& criterion, const std::string& date) {
    if (criterion.retired) return false;
    // ISO dates compare correctly as text.
    return criterion.future.empty() || date >= criterion.future;
}

}  // namespace wwc

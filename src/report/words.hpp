#pragma once
// Every sentence a person reads goes through Words: templates are looked up in
// the chosen language's catalog (English is the source language) and filled
// with their values, which are escaped so that no control reaches an output.

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include "model/criteria.hpp"
#include "model/language.hpp"
#include "model/message.hpp"

namespace wwc {

/// Marks a template literal kept in a table for Words to translate later
/// (extracted like `say`); returns it unchanged.
constexpr std::string_view translatable(std::string_view text) { return text; }

/// `pattern` (layout, no words: "{0:<6} {1}") filled with `args`, escaped as
/// Words::say escapes them. Not translated.
std::string layout(std::string_view pattern, std::initializer_list<MessageArg> args);

class Words {
public:
    explicit Words(Language language = Language::en) : m_language(language) {}

    Language language() const { return m_language; }

    /// `text` (an English template, the catalogs' msgid) in this language.
    std::string_view tr(std::string_view text) const;

    /// `text` translated, its fields {0}, {1}, ... filled with `args`.
    std::string say(std::string_view text, std::initializer_list<MessageArg> args = {}) const;

    /// The form of `one`/`many` that `n` takes in this language, filled with `args`.
    std::string plural(std::string_view one, std::string_view many, long long n,
                       std::initializer_list<MessageArg> args = {}) const;

    /// A message of a lower layer in words, with its "did you mean" when it has one.
    std::string render(const Message& message) const;

    /// A criteria file's `field` in this language: the file's translation where
    /// it has one, else `english`.
    const std::string& in_language(const Translations& translations, std::string_view field,
                                   const std::string& english) const;
    /// The name of a practice, criterion, outcome or level in this language.
    template <class Entity>
    const std::string& name(const Entity& entity) const {
        return in_language(entity.translations, "name", entity.name);
    }
    /// The set's name in this language.
    const std::string& name(const CriteriaSet& set) const;
    /// A criterion's summary in this language.
    const std::string& summary(const Criterion& criterion) const {
        return in_language(criterion.translations, "summary", criterion.summary);
    }
    /// A checklist item's text in this language.
    const std::string& text(const ChecklistItem& item) const {
        return in_language(item.translations, "text", item.text);
    }

private:
    std::string fill(std::string_view text, std::string_view english, const std::vector<MessageArg>& args) const;

    Language m_language;
};

}  // namespace wwc

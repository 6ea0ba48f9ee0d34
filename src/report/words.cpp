#include "report/words.hpp"

#include <vector>

#include <fmt/args.h>
#include <fmt/format.h>

#include "report/catalog.hpp"
#include "util/text.hpp"

namespace wwc {

namespace {

std::string fill_values(std::string_view text, std::string_view fallback, const std::vector<MessageArg>& args,
                        const Words& words) {
    fmt::dynamic_format_arg_store<fmt::format_context> store;
    for (const MessageArg& arg : args)
        store.push_back(!arg.message.empty() ? words.render(arg.message.front())
                        : arg.verbatim         ? arg.text
                                               : escape_unsafe(arg.text));
    try {
        return fmt::vformat(text, store);
    } catch (const fmt::format_error&) {
        // A translation whose fields do not match its template: fall back to English.
        return fmt::vformat(fallback, store);
    }
}

// Form `index` of a catalog's plural translation, its forms separated by NUL;
// empty when it has no such form.
std::string_view nth_form(std::string_view forms, std::size_t index) {
    for (; index > 0; --index) {
        const std::size_t end = forms.find('\0');
        if (end == std::string_view::npos) return {};
        forms.remove_prefix(end + 1);
    }
    return forms.substr(0, forms.find('\0'));
}

}  // namespace

std::string layout(std::string_view pattern, std::initializer_list<MessageArg> args) {
    return fill_values(pattern, pattern, std::vector<MessageArg>(args), Words());
}

std::string_view Words::tr(std::string_view text) const {
    const Catalog* catalog = catalog_for(m_language);
    if (!catalog) return text;
    const std::optional<std::string_view> found = catalog->find(text);
    if (!found || found->empty()) return text;
    return found->substr(0, found->find('\0'));
}

std::string Words::fill(std::string_view text, std::string_view english, const std::vector<MessageArg>& args) const {
    return fill_values(text, english, args, *this);
}

std::string Words::say(std::string_view text, std::initializer_list<MessageArg> args) const {
    return fill(tr(text), text, std::vector<MessageArg>(args));
}

std::string Words::plural(std::string_view one, std::string_view many, long long n,
                          std::initializer_list<MessageArg> args) const {
    const std::string_view english = n == 1 ? one : many;
    const Catalog* catalog = catalog_for(m_language);
    const std::string_view forms = catalog ? catalog->find(one).value_or(std::string_view()) : std::string_view();
    const unsigned long long count = n < 0 ? 0ULL - static_cast<unsigned long long>(n) : static_cast<unsigned long long>(n);
    const std::string_view form = nth_form(forms, plural_index(m_language, count));
    return fill(form.empty() ? english : form, english, std::vector<MessageArg>(args));
}

std::string Words::render(const Message& message) const {
    std::string out = fill(tr(message.text), message.text, message.args);
    if (message.suggestion) out += say("; did you mean '{0}'?", {*message.suggestion});
    return out;
}

const std::string& Words::in_language(const Translations& translations, std::string_view field,
                                      const std::string& english) const {
    const auto language = translations.find(std::string(language_tag(m_language)));
    if (language == translations.end()) return english;
    const auto text = language->second.find(std::string(field));
    return text == language->second.end() || text->second.empty() ? english : text->second;
}

const std::string& Words::name(const CriteriaSet& set) const {
    const auto language = set.languages.find(std::string(language_tag(m_language)));
    return language == set.languages.end() || language->second.name.empty() ? set.name : language->second.name;
}

}  // namespace wwc

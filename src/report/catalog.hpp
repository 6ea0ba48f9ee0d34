#pragma once
// The message catalogs: GNU .mo files compiled from po/*.po at build time and
// embedded in the binary, so translations work without installed locales, in
// the static binary and in an empty root.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/language.hpp"

namespace wwc {

/// One embedded .mo file: the catalog's language name (file name without
/// extension: "es", "pt_BR") and its bytes.
struct BundledCatalog {
    std::string_view name;
    std::string_view bytes;
};

/// The embedded catalogs, in name order (generated at build time).
const std::vector<BundledCatalog>& bundled_catalogs();

/// A read .mo file: each msgid (with its context, "ctx\x04id") to its
/// translation; plural translations keep their forms separated by NUL.
class Catalog {
public:
    /// Reads the bytes of a GNU .mo file; nullopt when they are not one.
    static std::optional<Catalog> read(std::string_view mo);

    /// The translation of `msgid` (the plural's forms NUL-separated), or nullopt.
    std::optional<std::string_view> find(std::string_view msgid) const;

    /// The catalog's header entry (the translation of ""), where Plural-Forms is.
    std::string_view header() const;

    std::size_t size() const { return m_entries.size(); }

private:
    std::unordered_map<std::string_view, std::string_view> m_entries;
    std::string_view m_header;
};

/// The catalog of `language`, or nullptr for English (the source language).
const Catalog* catalog_for(Language language);

/// The index of the plural form `n` takes in `language` (gettext's rule:
/// en and es `n != 1`, pt-BR `n > 1`).
std::size_t plural_index(Language language, unsigned long long n);

/// The Plural-Forms header each catalog of `language` must carry for plural_index.
std::string_view plural_forms(Language language);

}  // namespace wwc

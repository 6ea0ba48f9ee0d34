#include "report/catalog.hpp"

#include <cstdint>
#include <map>

namespace wwc {
namespace {

// A .mo file is little- or big-endian after its magic number; each string
// table entry is a length and an offset.
class MoReader {
public:
    explicit MoReader(std::string_view bytes) : m_bytes(bytes) {}

    bool start() {
        const std::optional<std::uint32_t> magic = word(0, false);
        if (magic == 0x950412deU) return true;
        m_swapped = true;
        return word(0, false) == 0xde120495U;
    }

    std::optional<std::uint32_t> word(std::size_t at) const { return word(at, m_swapped); }

    /// The string of table entry `index` of the table at `table`.
    std::optional<std::string_view> string(std::uint32_t table, std::uint32_t index) const {
        const std::size_t at = std::size_t{table} + std::size_t{index} * 8;
        const std::optional<std::uint32_t> length = word(at), offset = word(at + 4);
        if (!length || !offset || *offset > m_bytes.size() || *length >= m_bytes.size() - *offset) return std::nullopt;
        return m_bytes.substr(*offset, *length);
    }

private:
    std::optional<std::uint32_t> word(std::size_t at, bool swapped) const {
        if (at > m_bytes.size() || m_bytes.size() - at < 4) return std::nullopt;
        std::uint32_t value = 0;
        for (int i = 0; i < 4; ++i) {
            const auto byte = static_cast<unsigned char>(m_bytes[at + (swapped ? 3 - i : i)]);
            value |= std::uint32_t{byte} << (8 * i);
        }
        return value;
    }

    std::string_view m_bytes;
    bool m_swapped = false;
};

std::string_view catalog_name(Language language) {
    switch (language) {
    case Language::en: return "";
    case Language::es: return "es";
    case Language::pt_BR: return "pt_BR";
    }
    return "";
}

}  // namespace

std::optional<Catalog> Catalog::read(std::string_view mo) {
    MoReader r(mo);
    if (!r.start()) return std::nullopt;
    const std::optional<std::uint32_t> count = r.word(8), originals = r.word(12), translations = r.word(16);
    if (!count || !originals || !translations) return std::nullopt;
    Catalog out;
    for (std::uint32_t i = 0; i < *count; ++i) {
        const std::optional<std::string_view> key = r.string(*originals, i), value = r.string(*translations, i);
        if (!key || !value) return std::nullopt;
        // A plural entry's key is "one\0many": it is found by its singular.
        const std::string_view msgid = key->substr(0, key->find('\0'));
        if (msgid.empty()) out.m_header = *value;
        else out.m_entries.emplace(msgid, *value);
    }
    return out;
}

std::optional<std::string_view> Catalog::find(std::string_view msgid) const {
    const auto found = m_entries.find(msgid);
    if (found == m_entries.end()) return std::nullopt;
    return found->second;
}

std::string_view Catalog::header() const { return m_header; }

const Catalog* catalog_for(Language language) {
    // English is the source language: it needs no catalog, so it reads none.
    if (catalog_name(language).empty()) return nullptr;
    // Read once, on first use; the embedded bytes outlive every view into them.
    static const std::map<std::string_view, Catalog> catalogs = [] {
        std::map<std::string_view, Catalog> read;
        for (const BundledCatalog& bundled : bundled_catalogs())
            if (std::optional<Catalog> catalog = Catalog::read(bundled.bytes)) read.emplace(bundled.name, std::move(*catalog));
        return read;
    }();
    const auto found = catalogs.find(catalog_name(language));
    return found == catalogs.end() ? nullptr : &found->second;
}

std::size_t plural_index(Language language, unsigned long long n) {
    switch (language) {
    case Language::en:
    case Language::es: return n != 1 ? 1 : 0;
    case Language::pt_BR: return n > 1 ? 1 : 0;
    }
    return n != 1 ? 1 : 0;
}

std::string_view plural_forms(Language language) {
    switch (language) {
    case Language::en:
    case Language::es: return "nplurals=2; plural=(n != 1);";
    case Language::pt_BR: return "nplurals=2; plural=(n > 1);";
    }
    return "nplurals=2; plural=(n != 1);";
}

}  // namespace wwc

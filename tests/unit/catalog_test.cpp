#include <catch2/catch.hpp>

#include <cstdint>
#include <map>
#include <utility>
#include <vector>
#include <string>

#include "cli/language_choice.hpp"
#include "report/catalog.hpp"
#include "report/words.hpp"

using namespace wwc;

namespace {

// A little-endian .mo file of `pairs` (msgid, msgstr), with no hash table.
std::string mo_file(const std::vector<std::pair<std::string, std::string>>& pairs) {
    std::string out;
    const auto word = [&](std::uint32_t v) {
        for (int i = 0; i < 4; ++i) out += static_cast<char>((v >> (8 * i)) & 0xff);
    };
    const auto n = static_cast<std::uint32_t>(pairs.size());
    const std::uint32_t originals = 28, translations = originals + 8 * n;
    std::uint32_t offset = translations + 8 * n;
    word(0x950412de);
    word(0);
    word(n);
    word(originals);
    word(translations);
    word(0);
    word(0);
    std::string strings;
    for (int table = 0; table < 2; ++table)
        for (const auto& [id, str] : pairs) {
            const std::string& s = table == 0 ? id : str;
            word(static_cast<std::uint32_t>(s.size()));
            word(offset);
            offset += static_cast<std::uint32_t>(s.size()) + 1;
            strings += s + '\0';
        }
    return out + strings;
}

Environment environment(std::map<std::string, std::string> values) {
    return [values = std::move(values)](const char* name) -> const char* {
        const auto found = values.find(name);
        return found == values.end() ? nullptr : found->second.c_str();
    };
}

}  // namespace

TEST_CASE("a .mo file is read, and bytes that are not one are refused") {
    const std::string mo = mo_file({{"", "Plural-Forms: nplurals=2; plural=(n != 1);\n"},
                                    {"Level", "Nivel"},
                                    {std::string("{0} point\0{0} points", 20), std::string("{0} punto\0{0} puntos", 20)}});
    const std::optional<Catalog> catalog = Catalog::read(mo);
    REQUIRE(catalog);
    CHECK(catalog->find("Level") == std::optional<std::string_view>("Nivel"));
    CHECK(catalog->find("{0} point") == std::optional<std::string_view>(std::string_view("{0} punto\0{0} puntos", 20)));
    CHECK_FALSE(catalog->find("Points"));
    CHECK(catalog->header().find("plural=(n != 1)") != std::string_view::npos);

    CHECK_FALSE(Catalog::read(""));
    CHECK_FALSE(Catalog::read("not a catalog at all"));
    CHECK_FALSE(Catalog::read(mo.substr(0, mo.size() - 10)));  // a string runs past the end
    std::string wild = mo;
    wild[15] = '\x7f';  // the table of originals points far outside the file
    CHECK_FALSE(Catalog::read(wild));
}

TEST_CASE("each embedded catalog carries the plural rule plural_index applies") {
    for (Language language : {Language::es, Language::pt_BR}) {
        INFO(language_tag(language));
        const Catalog* catalog = catalog_for(language);
        REQUIRE(catalog);
        CHECK(catalog->size() > 100);
        CHECK(catalog->header().find("Plural-Forms: " + std::string(plural_forms(language))) != std::string_view::npos);
    }
    CHECK(catalog_for(Language::en) == nullptr);
    // Portuguese (Brazil) treats 0 as singular, Spanish and English do not.
    CHECK(plural_index(Language::pt_BR, 0) == 0);
    CHECK(plural_index(Language::pt_BR, 1) == 0);
    CHECK(plural_index(Language::pt_BR, 2) == 1);
    CHECK(plural_index(Language::es, 0) == 1);
    CHECK(plural_index(Language::es, 1) == 0);
    CHECK(plural_index(Language::es, 2) == 1);
    CHECK(plural_index(Language::en, 0) == 1);
}

TEST_CASE("Words translate and pick each language's plural form") {
    CHECK(Words(Language::es).plural("{0} point", "{0} points", 0, {0}) == "0 puntos");
    CHECK(Words(Language::es).plural("{0} point", "{0} points", 1, {1}) == "1 punto");
    CHECK(Words(Language::pt_BR).plural("{0} point", "{0} points", 0, {0}) == "0 ponto");
    CHECK(Words(Language::pt_BR).plural("{0} point", "{0} points", 2, {2}) == "2 pontos");
    CHECK(Words(Language::es).say("Level") == "Nivel");
    CHECK(Words(Language::pt_BR).say("Level") == "Nível");
    // A template the catalogs do not hold stays English.
    CHECK(Words(Language::es).say("not in any catalog {0}", {1}) == "not in any catalog 1");
}

TEST_CASE("the language is --lang, else LANGUAGE, LC_ALL, LC_MESSAGES, LANG, else English") {
    const auto none = environment({});
    CHECK(choose_language({}, none) == Language::en);
    CHECK(choose_language({"score", "--lang", "es", "a.yaml"}, none) == Language::es);
    CHECK(choose_language({"--lang=pt-BR"}, none) == Language::pt_BR);
    CHECK(choose_language({"--lang", "pt_BR"}, environment({{"LANG", "es_AR.UTF-8"}})) == Language::pt_BR);
    CHECK(choose_language({"--", "--lang", "es"}, none) == Language::en);  // a file named --lang
    CHECK(choose_language({"--lang", "fr"}, environment({{"LANG", "es_MX.UTF-8"}})) == Language::es);

    CHECK(choose_language({}, environment({{"LANG", "es_AR.UTF-8"}})) == Language::es);
    CHECK(choose_language({}, environment({{"LANG", "pt_BR.UTF-8"}})) == Language::pt_BR);
    CHECK(choose_language({}, environment({{"LANG", "pt_PT"}})) == Language::pt_BR);
    CHECK(choose_language({}, environment({{"LANG", "fr_FR.UTF-8"}})) == Language::en);
    CHECK(choose_language({}, environment({{"LANG", "C.UTF-8"}, {"LC_MESSAGES", "es_CL"}})) == Language::es);
    CHECK(choose_language({}, environment({{"LC_ALL", "C"}, {"LANG", "es_CL"}})) == Language::en);
    CHECK(choose_language({}, environment({{"LANGUAGE", "fr:pt_BR:es"}, {"LC_ALL", "es_ES"}})) == Language::pt_BR);
    CHECK(choose_language({}, environment({{"LANGUAGE", ""}, {"LANG", "es_ES"}})) == Language::es);
    CHECK(choose_language({}, environment({{"LANGUAGE", "de"}, {"LANG", "es_ES"}})) == Language::es);
}

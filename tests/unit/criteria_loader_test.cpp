#include <catch2/catch.hpp>

#include "model/language.hpp"
#include "test_support.hpp"

using namespace wwc;
using wwc::test::bundled;
using wwc::test::errors_of;

TEST_CASE("bundled criteria sets load with every criterion") {
    const CriteriaSet& old = bundled("wwc-2017");
    CHECK(old.criteria.size() == 45);
    CHECK(old.practices.size() == 8);
    CHECK(old.status == SetStatus::reconstruction);
    CHECK(old.criteria[0].checklist.size() == 4);
    CHECK(old.criteria[0].checklist_min == 3);
    const CriteriaSet& now = bundled("wwc-2022");
    CHECK(now.criteria.size() == 43);
    CHECK(now.levels.size() == 3);
    CHECK(now.levels[0].required == std::vector<std::string>{"LC1", "DM1", "PA1"});
    REQUIRE(now.crosswalk);
    CHECK(now.crosswalk->from == "wwc-2017");
    CHECK(now.crosswalk->map.at("DM1") == std::vector<std::string>{"DG2"});
    CHECK(now.outcome("air_quality")->default_standard().at_most == 10.0);
    CHECK(now.eligibility.min_population == 30000);
}

TEST_CASE("criteria loader reports broken rules with their places") {
    const std::string yaml = R"(format: wwc-criteria/1
id: tiny
name: Tiny
version: "1"
practices: [{id: P, name: Practice}]
criteria:
  - {id: A, name: A, practice: P, provenance: read, prerequisites: [B]}
  - {id: B, name: B, practice: Q, provenance: guessed, prerequisites: [A]}
  - {id: B, name: B2, practice: P, provenance: read}
levels:
  - {id: silver, name: Silver, min_percent: 60, required: [C]}
  - {id: gold, name: Gold, min_percent: 50}
)";
    CHECK(errors_of([&] { load_criteria(yaml, "c.yaml"); }) ==
          std::vector<std::string>{
              "c.yaml:7:68: error: prerequisites form a cycle through criterion 'A'",
              "c.yaml:8:32: error: criterion 'B' names unknown practice 'Q'",
              "c.yaml:8:47: error: 'provenance' must be read, partial or inferred, not 'guessed'",
              "c.yaml:9:5: error: criterion 'B' is defined twice",
              "c.yaml:11:59: error: level 'silver' names unknown criterion 'C'",
              "c.yaml:12:41: error: level 'gold' must need a higher percent than the level below it",
          });
}

TEST_CASE("every text of the bundled sets is translated into every language") {
    for (const std::string id : {"wwc-2017", "wwc-2022"}) {
        const CriteriaSet& set = bundled(id);
        for (Language language : all_languages) {
            if (language == Language::en) continue;
            const std::string tag(language_tag(language));
            INFO(id << " in " << tag);
            REQUIRE(set.languages.count(tag) == 1);
            CHECK_FALSE(set.languages.at(tag).name.empty());
            CHECK(set.notice.empty() == set.languages.at(tag).notice.empty());
            // `fields` of `translations` are all there and not empty.
            const auto has = [&](const Translations& translations, std::initializer_list<const char*> fields,
                                 const std::string& who) {
                INFO(who);
                const auto found = translations.find(tag);
                REQUIRE(found != translations.end());
                for (const char* field : fields) {
                    INFO(field);
                    CHECK(found->second.count(field) == 1);
                }
            };
            for (const Practice& p : set.practices) has(p.translations, {"name"}, p.id);
            for (const Criterion& c : set.criteria) {
                if (c.summary.empty()) has(c.translations, {"name"}, c.id);
                else has(c.translations, {"name", "summary"}, c.id);
                for (const ChecklistItem& item : c.checklist) has(item.translations, {"text"}, c.id + " " + item.id);
            }
            for (const Outcome& o : set.outcomes) has(o.translations, {"name"}, o.id);
            for (const Level& l : set.levels) has(l.translations, {"name"}, l.id);
            has(set.eligibility.translations, {"description"}, "eligibility");
        }
    }
}

TEST_CASE("criteria loader checks translations") {
    const std::string yaml = R"(format: wwc-criteria/1
id: tiny
name: Tiny
version: "1"
languages: {es: {name: Diminuto, provenance: guessed}, fr: {name: Minuscule, provenance: ours}}
practices: [{id: P, name: Practice, translations: {pt-br: {name: Prática}}}]
criteria:
  - {id: A, name: A, practice: P, provenance: read, translations: {es: {name: A, sumary: x}}}
levels: [{id: l1, name: L1, min_percent: 50}]
)";
    CHECK(errors_of([&] { load_criteria(yaml, "c.yaml"); }) ==
          std::vector<std::string>{
              "c.yaml:5:46: error: 'provenance' of a translation must be ours or official, not 'guessed'",
              "c.yaml:5:56: error: unknown language 'fr' (known: es, pt-BR)",
              "c.yaml:6:52: error: unknown language 'pt-br' (known: es, pt-BR); did you mean 'pt-BR'?",
              "c.yaml:8:82: error: unknown key 'sumary' in the 'es' translation; did you mean 'summary'?",
          });
}

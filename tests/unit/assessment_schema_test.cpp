#include <algorithm>

#include <catch2/catch.hpp>

#include "input/country_codes.hpp"
#include "report/schema/assessment_schema.hpp"
#include "test_support.hpp"

using namespace wwc;
using wwc::test::bundled;

namespace {

std::string schema_of(const CriteriaSet& set, Language language = Language::en, bool markdown = false) {
    return assessment_schema(set, country_codes(), SchemaOptions{markdown}, Words(language));
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

const std::string tiny = R"(format: wwc-criteria/1
id: tiny
name: Tiny
version: "1"
practices: [{id: P, name: Practice}]
criteria: [{id: A, name: Answer A, practice: P, summary: "What A asks.", provenance: read}]
outcomes:
  - {id: measured, name: Measured, measure: A count, unit: things, at_least: 5}
  - {id: either, name: Either, measure: A share, unit: percent, at_least: 5, attestation: true}
  - {id: attested, name: Attested, measure: A promise, attestation: true}
levels: [{id: l1, name: L1, min_percent: 50}]
)";

}  // namespace

TEST_CASE("the schema fixes the format and the set, and lists the criterion ids and countries") {
    const std::string schema = schema_of(bundled("wwc-2022"));
    CHECK(schema.rfind("{\n  \"$schema\": \"http://json-schema.org/draft-07/schema#\",\n", 0) == 0);
    CHECK(has(schema, R"("const": "wwc-assessment/1")"));
    CHECK(has(schema, R"("const": "wwc-2022")"));
    CHECK(has(schema, "\"DM1\": {\n          \"title\": \"Implementing Data Strategy and Governance\",\n"));
    CHECK(has(schema, "\"AD\",\n"));
    CHECK(has(schema, "\"ZW\"\n"));
    CHECK(has(schema, "\"type\": \"integer\",\n          \"minimum\": 1\n"));
    CHECK_FALSE(has(schema, "markdownDescription"));
}

TEST_CASE("the schema's descriptions come from the criteria file in the language asked for") {
    const std::string es = schema_of(bundled("wwc-2022"), Language::es);
    CHECK(has(es, R"("title": "Implementación de la estrategia y la gobernanza de datos")"));
    CHECK(has(es, "Estrategia de datos y responsabilidades de gobernanza por escrito"));
    CHECK_FALSE(has(es, "Implementing Data Strategy and Governance"));
    CHECK(has(es, R"("title": "Calidad del aire")"));
    const std::string pt = schema_of(bundled("wwc-2017"), Language::pt_BR);
    CHECK(has(pt, "- method: Um método escrito para elaborar e atualizar o inventário"));
    // Keys and ids stay as they are.
    CHECK(has(pt, "\"enum\": [\n                      \"method\",\n"));
}

TEST_CASE("markdown descriptions are added only when asked for") {
    const std::string schema = schema_of(bundled("wwc-2017"), Language::en, true);
    CHECK(has(schema, R"("markdownDescription": "The checklist items that are met; 3 of 4 needed.\n\n- `method`: A written )"));
    CHECK(has(schema, "\"markdownEnumDescriptions\": [\n        \"done, and shown by evidence\",\n"));
}

TEST_CASE("each outcome accepts a value, an attestation, or either, as its standard allows") {
    const std::string schema = schema_of(load_criteria(tiny, "tiny.yml"));
    // The schema of outcome `id`, a key of `outcomes.properties`.
    const auto outcome = [&](const std::string& id) {
        const std::size_t at = schema.find("\n        \"" + id + "\": {");
        REQUIRE(at != std::string::npos);
        return schema.substr(at, schema.find("\n        }", at) - at);
    };
    CHECK(has(outcome("measured"), R"("const": false)"));
    CHECK(has(outcome("measured"), "\"required\": [\n            \"value\"\n"));
    CHECK(has(outcome("either"), "\"anyOf\": ["));
    CHECK_FALSE(has(outcome("either"), R"("const": false)"));
    CHECK_FALSE(has(outcome("attested"), "\"value\": {"));
    CHECK(has(outcome("attested"), "\"required\": [\n            \"attested\"\n"));
    CHECK(has(schema, R"("description": "What A asks.")"));
}

TEST_CASE("the country codes the schema lists are the ones check accepts") {
    const std::vector<std::string_view> codes = country_codes();
    CHECK(codes.size() == 249);
    CHECK(std::is_sorted(codes.begin(), codes.end()));
    for (std::string_view code : codes) CHECK(is_country_code(code));
}

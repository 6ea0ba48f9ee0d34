#include "report/schema/assessment_schema.hpp"

#include "model/status.hpp"
#include "report/wording.hpp"
#include "report/writers/json_writer.hpp"
#include "report/writers/markdown_writer.hpp"
#include "util/text.hpp"

namespace wwc {
namespace {

constexpr std::string_view draft_07 = "http://json-schema.org/draft-07/schema#";
constexpr std::string_view assessment_format = "wwc-assessment/1";
// YYYY-MM-DD with a month from 01 to 12 and a day from 01 to 31, as `check` reads
// dates (it also refuses 2023-02-30, which a pattern cannot say).
constexpr std::string_view date_pattern = "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$";
constexpr std::string_view status_ref = "#/definitions/status";
constexpr std::string_view status_value_ref = "#/definitions/status_value";
constexpr std::string_view evidence_ref = "#/definitions/evidence";
constexpr std::string_view notes_ref = "#/definitions/notes";

// The schema being written, and how its words are written.
struct Out {
    JsonWriter json;
    const Words& words;
    bool markdown;
};

// `title` (when not empty) and `description`; with markdown, `markdown` (or the
// description escaped) as markdownDescription.
void describe(Out& o, const std::string& title, const std::string& description, const std::string& markdown = "") {
    if (!title.empty()) o.json.key("title").value(title);
    o.json.key("description").value(description);
    if (o.markdown) o.json.key("markdownDescription").value(markdown.empty() ? markdown_escape(description) : markdown);
}

void ref(Out& o, std::string_view name, std::string_view target) {
    o.json.key(name).begin_object().key("$ref").value(target).end_object();
}

void string_list(Out& o, std::string_view name, const std::vector<std::string>& items) {
    o.json.key(name).begin_array();
    for (const std::string& item : items) o.json.value(item);
    o.json.end_array();
}

void date_value(Out& o) { o.json.key("type").value("string").key("pattern").value(date_pattern); }

// What an answer means, for the person choosing one.
std::string answer_meaning(Answer answer, const Words& w) {
    switch (answer) {
    case Answer::met: return w.say("done, and shown by evidence");
    case Answer::not_met: return w.say("not done");
    case Answer::in_progress: return w.say("under way (counts towards the projected level)");
    case Answer::planned: return w.say("planned, not started (counts towards the projected level)");
    }
    return "";
}

// The statuses, as values: no title of their own, so that an editor shows the
// criterion's when the short form `DM1: met` is hovered.
void status_definitions(Out& o) {
    const Words& w = o.words;
    std::vector<std::string> plain;
    std::vector<std::string> ids;
    std::vector<std::string> markdown;
    for (Answer a : all_answers) {
        ids.emplace_back(answer_id(a));
        plain.push_back(layout("{0}: {1}", {answer_id(a), answer_meaning(a, w)}));
        markdown.push_back(markdown_escape(answer_meaning(a, w)));
    }
    o.json.key("status_value").begin_object().key("type").value("string");
    string_list(o, "enum", ids);
    if (o.markdown) string_list(o, "markdownEnumDescriptions", markdown);
    o.json.end_object();
    o.json.key("status").begin_object();
    describe(o, w.say("Status"), w.say("The answer: {0}.", {join(plain, "; ")}));
    o.json.key("allOf").begin_array().begin_object().key("$ref").value(status_value_ref).end_object().end_array();
    o.json.end_object();
}

void evidence_definition(Out& o) {
    const Words& w = o.words;
    o.json.key("evidence").begin_object();
    describe(o, w.say("Evidence"),
             w.say("What shows the answer, one item each: a link or a title, or a mapping with 'url', 'title' and "
                   "'date'."));
    o.json.key("type").value("array").key("items").begin_object().key("anyOf").begin_array();
    o.json.begin_object().key("type").value("string").key("minLength").value(1).end_object();
    o.json.begin_object().key("type").value("object").key("properties").begin_object();
    o.json.key("url").begin_object();
    describe(o, "", w.say("A link to the evidence."));
    o.json.key("type").value("string").key("minLength").value(1).end_object();
    o.json.key("title").begin_object();
    describe(o, "", w.say("The evidence's title."));
    o.json.key("type").value("string").key("minLength").value(1).end_object();
    o.json.key("date").begin_object();
    describe(o, "", w.say("Optional: the evidence's date, written YYYY-MM-DD."));
    date_value(o);
    o.json.end_object();
    o.json.end_object().key("additionalProperties").value(false);
    o.json.key("anyOf").begin_array();
    o.json.begin_object().key("required").begin_array().value("url").end_array().end_object();
    o.json.begin_object().key("required").begin_array().value("title").end_array().end_object();
    o.json.end_array().end_object();
    o.json.end_array().end_object().end_object();
}

void notes_definition(Out& o) {
    o.json.key("notes").begin_object();
    describe(o, o.words.say("Notes"), o.words.say("Optional: notes, free text."));
    o.json.key("type").value("string").end_object();
}

void city_schema(Out& o, const std::vector<std::string_view>& countries) {
    const Words& w = o.words;
    o.json.key("city").begin_object();
    describe(o, w.say("City"), w.say("The city assessed."));
    o.json.key("type").value("object").key("properties").begin_object();
    o.json.key("name").begin_object();
    describe(o, w.say("Name"), w.say("The city's name."));
    o.json.key("type").value("string").key("pattern").value("\\S").end_object();
    o.json.key("region").begin_object();
    describe(o, w.say("Region"), w.say("Optional: the state or province, such as MA."));
    o.json.key("type").value("string").end_object();
    o.json.key("country").begin_object();
    describe(o, w.say("Country"), w.say("The country: an ISO 3166-1 alpha-2 code, such as US, CA or MX."));
    o.json.key("type").value("string").key("enum").begin_array();
    for (std::string_view code : countries) o.json.value(code);
    o.json.end_array().end_object();
    o.json.key("population").begin_object();
    describe(o, w.say("Population"), w.say("The number of residents: a whole number greater than 0."));
    o.json.key("type").value("integer").key("minimum").value(1).end_object();
    o.json.end_object().key("required").begin_array().value("name").value("country").value("population").end_array();
    o.json.key("additionalProperties").value(false).end_object();
}

// The status, checklist, evidence and notes of a criterion's long form.
void answer_mapping(Out& o, const Criterion& c) {
    const Words& w = o.words;
    o.json.begin_object().key("type").value("object").key("properties").begin_object();
    ref(o, "status", status_ref);
    if (!c.checklist.empty()) {
        std::vector<std::string> ids;
        std::vector<std::string> plain;
        std::vector<std::string> markdown;
        std::string markdown_list;
        for (const ChecklistItem& item : c.checklist) {
            const std::string& text = w.text(item);
            ids.push_back(item.id);
            plain.push_back(layout("- {0}: {1}", {item.id, text}));
            markdown.push_back(markdown_escape(text));
            markdown_list += layout("\n- `{0}`: {1}", {item.id, markdown_escape(text)});
        }
        const std::string needed =
            w.say("The checklist items that are met; {0} of {1} needed.", {c.checklist_min, c.checklist.size()});
        o.json.key("checklist").begin_object();
        describe(o, w.say("Checklist"), needed + "\n" + join(plain, "\n"), markdown_escape(needed) + "\n" + markdown_list);
        o.json.key("type").value("array").key("uniqueItems").value(true);
        o.json.key("items").begin_object().key("type").value("string");
        string_list(o, "enum", ids);
        if (o.markdown) string_list(o, "markdownEnumDescriptions", markdown);
        o.json.end_object().end_object();
    }
    ref(o, "evidence", evidence_ref);
    ref(o, "notes", notes_ref);
    o.json.end_object().key("additionalProperties").value(false);
    if (c.checklist.empty()) {
        o.json.key("required").begin_array().value("status").end_array();
    } else {
        o.json.key("anyOf").begin_array();
        o.json.begin_object().key("required").begin_array().value("status").end_array().end_object();
        o.json.begin_object().key("required").begin_array().value("checklist").end_array().end_object();
        o.json.end_array();
    }
    o.json.end_object();
}

void responses_schema(Out& o, const CriteriaSet& set) {
    const Words& w = o.words;
    o.json.key("responses").begin_object();
    describe(o, w.say("Responses"),
             w.say("One answer per criterion of {0}: its status (met, not_met, in_progress or planned), or a mapping "
                   "with 'status', 'evidence' and 'notes'.",
                   {set.id}));
    o.json.key("type").value("object").key("properties").begin_object();
    for (const Criterion& c : set.criteria) {
        const std::string& name = w.name(c);
        const std::string& summary = w.summary(c);
        o.json.key(c.id).begin_object();
        // Editors show the title above the description on hover, and the
        // description alone beside a completion.
        describe(o, name, summary.empty() ? name : summary);
        o.json.key("anyOf").begin_array();
        o.json.begin_object().key("$ref").value(status_value_ref).end_object();
        answer_mapping(o, c);
        o.json.end_array().end_object();
    }
    o.json.end_object().key("additionalProperties").value(false).end_object();
}

void outcome_schema(Out& o, const Outcome& outcome) {
    const Words& w = o.words;
    const bool measured = outcome.at_most || outcome.at_least;
    const std::string& name = w.name(outcome);
    const std::string& measure = w.in_language(outcome.translations, "measure", outcome.measure);
    const std::string& unit = w.in_language(outcome.translations, "unit", outcome.unit);
    const std::string standard = w.say("Standard: {0}.", {describe_standard(outcome, w)});
    o.json.key(outcome.id).begin_object();
    describe(o, name, measure.empty() ? standard : layout("{0}. {1}", {measure, standard}));
    o.json.key("type").value("object").key("properties").begin_object();
    if (measured) {
        o.json.key("value").begin_object();
        describe(o, w.say("Value"), unit.empty() ? w.say("The measured value.")
                                                 : w.say("The measured value, in {0}.", {unit}));
        o.json.key("type").value("number").end_object();
    }
    o.json.key("year").begin_object();
    describe(o, w.say("Year"), w.say("The year the value was measured."));
    o.json.key("type").value("integer").key("minimum").value(1900).key("maximum").value(2999).end_object();
    o.json.key("source").begin_object();
    describe(o, w.say("Source"), w.say("Where the value comes from: a link or a title."));
    o.json.key("type").value("string").end_object();
    o.json.key("attested").begin_object();
    if (outcome.attestation || !measured) {
        describe(o, w.say("Attested"), w.say("true when the city attests that it meets this outcome; list the evidence."));
        o.json.key("type").value("boolean");
    } else {
        describe(o, w.say("Attested"), w.say("This outcome must be measured: give a 'value'."));
        o.json.key("type").value("boolean").key("const").value(false);
    }
    o.json.end_object();
    o.json.key("goal").begin_object();
    describe(o, w.say("Goal"), w.say("The UN Sustainable Development Goal the outcome serves, 1 to 17."));
    o.json.key("type").value("integer").key("minimum").value(1).key("maximum").value(17).end_object();
    ref(o, "evidence", evidence_ref);
    ref(o, "notes", notes_ref);
    o.json.key("standard").begin_object();
    describe(o, w.say("Standard"),
             w.say("Optional: which of the outcome's accepted standards the value is held against; without it, the "
                   "default standard."));
    o.json.key("type").value("string").key("minLength").value(1).end_object();
    o.json.end_object().key("additionalProperties").value(false);
    if (measured && outcome.attestation) {
        o.json.key("anyOf").begin_array();
        o.json.begin_object().key("required").begin_array().value("value").end_array().end_object();
        o.json.begin_object().key("required").begin_array().value("attested").end_array().end_object();
        o.json.end_array();
    } else {
        o.json.key("required").begin_array().value(measured ? "value" : "attested").end_array();
    }
    o.json.end_object();
}

void outcomes_schema(Out& o, const CriteriaSet& set) {
    const Words& w = o.words;
    o.json.key("outcomes").begin_object();
    describe(o, w.say("Outcomes"),
             set.outcomes.empty()
                 ? w.say("{0} defines no outcomes; leave this out.", {set.id})
                 : w.say("The outcomes the city reports: a measured value, or an attestation where the criteria "
                         "set allows one."));
    o.json.key("type").value("object").key("properties").begin_object();
    for (const Outcome& outcome : set.outcomes) outcome_schema(o, outcome);
    o.json.end_object().key("additionalProperties").value(false).end_object();
}

}  // namespace

std::string assessment_schema(const CriteriaSet& set, const std::vector<std::string_view>& countries,
                              const SchemaOptions& options, const Words& words) {
    Out o{JsonWriter(), words, options.markdown};
    const Words& w = words;
    o.json.begin_object().key("$schema").value(draft_07);
    describe(o, w.say("{0}: a self-assessment for {1}", {set.id, set.name}),
             w.say("A city's self-assessment in the {0} format, answering the criteria set {1}. Check it with: "
                   "wwc-score check FILE",
                   {assessment_format, set.id}));
    o.json.key("type").value("object").key("properties").begin_object();
    o.json.key("format").begin_object();
    describe(o, w.say("Format"), w.say("The format of this file: {0}.", {assessment_format}));
    o.json.key("type").value("string").key("const").value(assessment_format).end_object();
    o.json.key("criteria").begin_object();
    describe(o, w.say("Criteria set"), w.say("The criteria set this file answers: {0}.", {set.id}));
    o.json.key("type").value("string").key("const").value(set.id).end_object();
    city_schema(o, countries);
    o.json.key("assessed_on").begin_object();
    describe(o, w.say("Assessed on"), w.say("The date of the assessment, written YYYY-MM-DD."));
    date_value(o);
    o.json.end_object();
    o.json.key("prepared_by").begin_object();
    describe(o, w.say("Prepared by"), w.say("Optional: the office or person who prepared the assessment."));
    o.json.key("type").value("string").end_object();
    responses_schema(o, set);
    outcomes_schema(o, set);
    o.json.end_object();
    o.json.key("required").begin_array();
    for (std::string_view key : {"format", "criteria", "city", "assessed_on", "responses"}) o.json.value(key);
    o.json.end_array().key("additionalProperties").value(false);
    o.json.key("definitions").begin_object();
    status_definitions(o);
    evidence_definition(o);
    notes_definition(o);
    o.json.end_object().end_object();
    return o.json.str();
}

}  // namespace wwc

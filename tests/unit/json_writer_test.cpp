#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <regex>
#include <string>
#include <string_view>

#include "report/writers/json_writer.hpp"
#include "util/text.hpp"

using namespace wwc;

namespace {

// A strict RFC 8259 validity check, small enough to trust by reading it.
struct JsonCheck {
    std::string_view s;
    std::size_t i = 0;
    bool at(std::string_view chars) const { return i < s.size() && chars.find(s[i]) != std::string_view::npos; }
    void ws() { while (at(" \t\r\n")) ++i; }
    bool eat(char c) { return ws(), at(std::string_view(&c, 1)) ? (++i, true) : false; }
    bool word(std::string_view w) { return s.substr(i, w.size()) == w ? (i += w.size(), true) : false; }
    bool string() {  // after the opening quote
        for (; i < s.size() && s[i] != '"'; ++i) {
            const auto c = static_cast<unsigned char>(s[i]);
            const std::size_t n = c >= 0x80 ? utf8_length(s, i) : 1;  // valid UTF-8 only
            if (c < 0x20 || n == 0 || (c == '\\' && (++i, !at("\"\\/bfnrtu")))) return false;
            const bool u = c == '\\' && s[i] == 'u';
            const std::string_view hex = u ? s.substr(i + 1, 4) : "0000";
            if (hex.size() < 4 || hex.find_first_not_of("0123456789abcdefABCDEF") < 4) return false;
            i += n - 1 + (u ? 4 : 0);
        }
        return i++ < s.size();
    }
    bool value() {
        static const std::regex number(R"(-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?)");
        const bool object = eat('{');
        if (object || eat('[')) {
            if (eat(object ? '}' : ']')) return true;
            do if (!(object ? eat('"') && string() && eat(':') && value() : value())) return false; while (eat(','));
            return eat(object ? '}' : ']');
        }
        if (eat('"')) return string();
        if (word("true") || word("false") || word("null")) return true;
        const std::size_t start = i;
        while (at("+-.0123456789eE")) ++i;
        return i > start && std::regex_match(s.begin() + start, s.begin() + i, number);
    }
    bool document() { return value() && (ws(), i == s.size()); }
};

bool is_json(std::string_view text) { return JsonCheck{text}.document(); }

// A one-value document: the value and the newline that ends it.
std::string document(const std::string& value) {
    JsonWriter j;
    j.value(value);
    return j.str();
}

}  // namespace

TEST_CASE("the JSON validity check tells valid documents from invalid ones") {
    CHECK(is_json("{\"a\": [1, -2.5e+3, true, false, null, {}, []], \"b\": \"\\u00e9\\n\"}\n"));
    CHECK_FALSE(is_json("{\"a\": 1,}"));
    CHECK_FALSE(is_json("[01]"));
    CHECK_FALSE(is_json("[NaN]"));
    CHECK_FALSE(is_json("\"a\nb\""));
    CHECK_FALSE(is_json("\"\\x41\""));
    CHECK_FALSE(is_json("\"\xff\""));
    CHECK_FALSE(is_json("{\"a\" 1}"));
    CHECK_FALSE(is_json("[1] [2]"));
}

TEST_CASE("JsonWriter nests objects and arrays with commas and two-space indentation") {
    JsonWriter j;
    j.begin_object();
    j.key("name").value("Tempe");
    j.key("levels").begin_array().value("silver").value("gold").end_array();
    j.key("city").begin_object().key("population").value(180000).key("us").value(true).end_object();
    j.key("empty_object").begin_object().end_object();
    j.key("empty_array").begin_array().end_array();
    j.key("nothing").null();
    j.key("rows").begin_array().begin_object().key("a").value(1).end_object().begin_array().end_array().end_array();
    j.end_object();
    const std::string expected = R"({
  "name": "Tempe",
  "levels": [
    "silver",
    "gold"
  ],
  "city": {
    "population": 180000,
    "us": true
  },
  "empty_object": {},
  "empty_array": [],
  "nothing": null,
  "rows": [
    {
      "a": 1
    },
    []
  ]
}
)";
    CHECK(j.str() == expected);
    CHECK(is_json(j.str()));
}

TEST_CASE("JsonWriter writes a bare value or an empty container as a whole document") {
    JsonWriter number;
    number.value(false);
    CHECK(number.str() == "false\n");
    JsonWriter array;
    array.begin_array().end_array();
    CHECK(array.str() == "[]\n");
}

TEST_CASE("JsonWriter writes a document in parts, as a streamed array is written") {
    JsonWriter begin;
    begin.begin_array();
    CHECK(begin.part() == "[");
    const auto element = [](bool after_another) {
        JsonWriter j({after_another});
        j.begin_object();
        j.key("file").value("a.yaml");
        j.key("result").begin_object().key("points").value(26).end_object();
        j.end_object();
        return j.part();
    };
    CHECK(element(false) == "\n  {\n    \"file\": \"a.yaml\",\n    \"result\": {\n      \"points\": 26\n    }\n  }");
    CHECK(element(true).substr(0, 5) == ",\n  {");
    JsonWriter end({true});
    end.end_array();
    const std::string streamed = begin.part() + element(false) + element(true) + end.str();
    CHECK(streamed.substr(streamed.size() - 3) == "\n]\n");
    CHECK(is_json(streamed));
    JsonWriter empty_end({false});
    empty_end.end_array();
    CHECK(begin.part() + empty_end.str() == "[]\n");
}

TEST_CASE("JsonWriter keeps keys in the order they are written") {
    JsonWriter j;
    j.begin_object().key("zeta").value(1).key("alpha").value(2).key("mu").value(3).end_object();
    CHECK(j.str() == "{\n  \"zeta\": 1,\n  \"alpha\": 2,\n  \"mu\": 3\n}\n");
}

TEST_CASE("JsonWriter writes numbers exactly, and a number JSON cannot hold as null") {
    JsonWriter j;
    j.begin_array();
    j.value(0).value(-42).value(std::numeric_limits<int>::min());
    j.value(std::numeric_limits<long long>::max()).value(std::numeric_limits<long long>::min());
    j.value(std::numeric_limits<unsigned long>::max());
    j.value(6.9).value(0.1).value(-2.5).value(1e21).value(0.30000000000000004);
    const double infinity = std::numeric_limits<double>::infinity();
    j.value(std::nan("")).value(infinity).value(-infinity);
    j.end_array();
    const std::string expected = R"([
  0,
  -42,
  -2147483648,
  9223372036854775807,
  -9223372036854775808,
  18446744073709551615,
  6.9,
  0.1,
  -2.5,
  1e+21,
  0.30000000000000004,
  null,
  null,
  null
]
)";
    CHECK(j.str() == expected);
    CHECK(is_json(j.str()));
}

TEST_CASE("JsonWriter escapes quotes, backslashes and the usual control characters") {
    CHECK(document("say \"hi\"") == "\"say \\\"hi\\\"\"\n");
    CHECK(document("C:\\path") == "\"C:\\\\path\"\n");
    CHECK(document("a\nb\rc\td") == "\"a\\nb\\rc\\td\"\n");
    CHECK(document("") == "\"\"\n");
    for (const char* text : {"say \"hi\"", "C:\\path", "a\nb\rc\td", ""}) CHECK(is_json(document(text)));
}

TEST_CASE("JsonWriter writes other controls, line separators and bidi overrides as \\u escapes") {
    CHECK(document(std::string("\x00\x01\x08\x0c\x1b\x1f", 6)) == "\"\\u0000\\u0001\\u0008\\u000c\\u001b\\u001f\"\n");
    CHECK(document("\x7f \xc2\x85") == "\"\\u007f \\u0085\"\n");
    CHECK(document("abc\xe2\x80\xae" "def") == "\"abc\\u202edef\"\n");
    CHECK(document("line\xe2\x80\xa8" "break\xe2\x80\xa9") == "\"line\\u2028break\\u2029\"\n");
    CHECK(document("\xef\xbb\xbf" "bom") == "\"\\ufeffbom\"\n");
    for (const char* text : {"\x01\x1f", "\x7f \xc2\x85", "abc\xe2\x80\xae", "line\xe2\x80\xa8"})
        CHECK(is_json(document(text)));
}

TEST_CASE("JsonWriter shows a byte that is not UTF-8 as the visible text \\xff") {
    // The JSON text holds \\xff: a reader decodes it to the four characters \xff.
    CHECK(document("caf\xff") == "\"caf\\\\xff\"\n");
    CHECK(document("\xc3") == "\"\\\\xc3\"\n");
    CHECK(document("\xed\xa0\x80") == "\"\\\\xed\\\\xa0\\\\x80\"\n");
    CHECK(is_json(document("caf\xff")));
    CHECK(is_json(document("\xed\xa0\x80")));
}

TEST_CASE("JsonWriter keeps non-ASCII text as it is") {
    CHECK(document("Montr\xc3\xa9" "al") == "\"Montr\xc3\xa9" "al\"\n");
    CHECK(document("Ado\xc3\xa7\xc3\xa3o") == "\"Ado\xc3\xa7\xc3\xa3o\"\n");
    CHECK(document("\xe2\x82\xac \xf0\x9f\x8c\x8d") == "\"\xe2\x82\xac \xf0\x9f\x8c\x8d\"\n");
    JsonWriter keys;
    keys.begin_object().key("ca\xc3\xa7\xc3\xa3o\n").value(1).end_object();
    CHECK(keys.str() == "{\n  \"ca\xc3\xa7\xc3\xa3o\\n\": 1\n}\n");
    CHECK(is_json(keys.str()));
}

TEST_CASE("JsonWriter writes the '[' of a CI runner's legacy command as \\u005b, the same data") {
    CHECK(json_quote("x ##[error]y # [z] ::a") == "\"x ##\\u005berror]y # [z] ::a\"");
    CHECK(is_json(json_quote("##[add-mask]secret")));
}

TEST_CASE("json_quote quotes and escapes as the writer does") {
    CHECK(json_quote("a\"\\\n\xe2\x80\xae\xff") == "\"a\\\"\\\\\\n\\u202e\\\\xff\"");
}

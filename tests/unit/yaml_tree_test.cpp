#include <catch2/catch.hpp>

#include "input/source_file.hpp"
#include "test_support.hpp"

using namespace wwc;
using wwc::test::errors_of;

namespace {
std::vector<std::string> parse_errors(const std::string& text) {
    return errors_of([&] {
        ParsedYaml parsed = parse_yaml(check_utf8(text, "f.yaml"), "f.yaml");
        if (!parsed.problems.empty()) throw InputError(std::move(parsed.problems));
    });
}
}  // namespace

TEST_CASE("yaml_tree keeps 1-based marks and file order") {
    const YamlNode root = wwc::test::yaml("b: 1\na:\n  - x\n  - {y: 2}\n");
    REQUIRE(root.kind == YamlNode::Kind::mapping);
    REQUIRE(root.entries.size() == 2);
    CHECK(root.entries[0].key == "b");
    CHECK(root.entries[1].line == 2);
    const YamlNode* a = root.find("a");
    REQUIRE(a);
    CHECK(a->items[1].find("y")->value == "2");
    CHECK(a->items[1].find("y")->line == 4);
    CHECK(a->items[1].find("y")->column == 9);
}

TEST_CASE("yaml_tree distinguishes plain and quoted scalars") {
    const YamlNode root = wwc::test::yaml("a: 1\nb: \"1\"\nc:\n");
    CHECK(root.find("a")->plain);
    CHECK_FALSE(root.find("b")->plain);
    CHECK(root.find("c")->kind == YamlNode::Kind::null);
}

TEST_CASE("yaml_tree rejects duplicate keys naming both places") {
    CHECK(parse_errors("a: 1\nb:\n  c: 1\n  c: 2\n") ==
          std::vector<std::string>{"f.yaml:4:3: error: duplicate key 'c' (first defined at line 3, column 3)"});
}

TEST_CASE("yaml_tree rejects trailing content and second documents") {
    CHECK(parse_errors("- a\nb: 1\n") ==
          std::vector<std::string>{"f.yaml:2:1: error: unexpected content after the end of the document"});
    CHECK(parse_errors("a: 1\n---\nb: 2\n") ==
          std::vector<std::string>{"f.yaml:2:1: error: more than one YAML document in the file"});
}

TEST_CASE("yaml_tree reports an unterminated quoted string where it opens") {
    CHECK(parse_errors("a: \"abc\nb: 1\n") ==
          std::vector<std::string>{"f.yaml:1:4: error: unterminated quoted string"});
}

TEST_CASE("yaml_tree caps nesting depth") {
    const std::string deep = std::string(100, '[') + std::string(100, ']');
    CHECK(parse_errors(deep) == std::vector<std::string>{"f.yaml:1:65: error: nesting deeper than 64 levels"});
}

TEST_CASE("yaml_tree expands plain aliases and rejects cycles and bombs") {
    const YamlNode root = wwc::test::yaml("a: &e [x, y]\nb: *e\n");
    CHECK(root.find("b")->items.size() == 2);
    CHECK(parse_errors("a: &x [*x]\n") ==
          std::vector<std::string>{"f.yaml:1:8: error: alias refers to an anchor that is still open (a cycle)"});
    std::string bomb = "a0: &a0 [x, x, x, x, x, x, x, x, x]\n";
    for (int i = 1; i < 9; ++i) {
        bomb += "a" + std::to_string(i) + ": &a" + std::to_string(i) + " [";
        for (int k = 0; k < 9; ++k) bomb += (k ? ", *a" : "*a") + std::to_string(i - 1);
        bomb += "]\n";
    }
    const std::vector<std::string> errors = parse_errors(bomb);
    REQUIRE(errors.size() == 1);
    CHECK_THAT(errors[0], Catch::Contains("expands to more than 200000 nodes"));
}

TEST_CASE("yaml_tree counts the copy an anchor keeps against the limits") {
    // 40 anchors nested around a list of 6,000 items: each anchor copies the
    // list, so the copies alone are 240,000 nodes.
    std::string nested = "[x";
    for (int i = 1; i < 6000; ++i) nested += ", x";
    nested += "]";
    for (int depth = 0; depth < 40; ++depth) nested = "&n" + std::to_string(depth) + " [" + nested + "]";
    const std::vector<std::string> errors = parse_errors("a: " + nested + "\n");
    REQUIRE(errors.size() == 1);
    CHECK_THAT(errors[0], Catch::Contains("expands to more than 200000 nodes"));
    // Text: a 700 KB value, its anchor's copy and one alias are past the 2 MiB a small file may expand to.
    const std::string big(700'000, 'x');
    CHECK_THAT(parse_errors("a: &a " + big + "\nb: *a\n").at(0),
               Catch::Contains("expands to more than 2097152 bytes of text"));
    CHECK(parse_errors("a: &a " + big + "\n").empty());
}

TEST_CASE("yaml_tree reads the escapes \\N and \\_ as UTF-8 (yaml-cpp 0.7 gives Latin-1 bytes)") {
    const YamlNode root = wwc::test::yaml("a: \"x\\_y\"\nb: \"x\\Ny\"\nc: \"\\xe9\\u00e0 \\L\"\n");
    CHECK(root.find("a")->value == "x\xc2\xa0y");
    CHECK(root.find("b")->value == "x\xc2\x85y");
    CHECK(root.find("c")->value == "\xc3\xa9\xc3\xa0 \xe2\x80\xa8");
}

TEST_CASE("check_utf8 locates bad bytes and rejects UTF-16") {
    CHECK(parse_errors("a: 1\nb: \xff\n") ==
          std::vector<std::string>{"f.yaml:2:4: error: invalid UTF-8 byte 0xFF; save the file as UTF-8"});
    CHECK(parse_errors(std::string("a: 1\n\0", 6)) == std::vector<std::string>{"f.yaml:2:1: error: NUL byte in file"});
    CHECK(parse_errors("\xff\xfe" "a\0:\0") ==
          std::vector<std::string>{"f.yaml:1:1: error: file is UTF-16 or UTF-32; save it as UTF-8"});
    CHECK(parse_errors("\xEF\xBB\xBF" "a: 1\n").empty());
}

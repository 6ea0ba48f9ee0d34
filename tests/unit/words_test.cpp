#include <catch2/catch.hpp>

#include <optional>
#include <string>

#include "report/words.hpp"

using namespace wwc;

TEST_CASE("Words::say fills positional fields and escapes the values") {
    const Words words;
    CHECK(words.say("criterion '{0}' is {1}", {"DG1", "met"}) == "criterion 'DG1' is met");
    CHECK(words.say("{1} before {0}", {"a", "b"}) == "b before a");
    CHECK(words.say("{0}", {"a\nb"}) == "a\\nb");
    CHECK(words.say("name '{0}'", {"x\x1b[2J\xe2\x80\xae\xff"}) == "name 'x\\x1b[2J\\u202e\\xff'");
    CHECK(words.say("{0} of {1} ({2})", {3, 45L, 6.5}) == "3 of 45 (6.5)");
    CHECK(words.say("no fields") == "no fields");
}

TEST_CASE("Words::say leaves verbatim values as they are") {
    CHECK(Words().say("{0}!", {verbatim("\x1b[1mbold\x1b[0m")}) == "\x1b[1mbold\x1b[0m!");
    CHECK(Words().say("{0} {1}", {verbatim("<b>\n</b>"), "<b>\n</b>"}) == "<b>\n</b> <b>\\n</b>");
}

TEST_CASE("Words::plural picks one or many for English") {
    const Words words;
    CHECK(words.plural("{0} criterion", "{0} criteria", 1, {1}) == "1 criterion");
    CHECK(words.plural("{0} criterion", "{0} criteria", 2, {2}) == "2 criteria");
    CHECK(words.plural("{0} criterion", "{0} criteria", 0, {0}) == "0 criteria");
    CHECK(words.plural("one file in {0}", "files in {0}", 1, {"a\tb"}) == "one file in a\\tb");
}

TEST_CASE("Words::render adds the suggestion and renders nested messages") {
    const Words words;
    CHECK(words.render(msg("unknown key '{0}'", "regoin")) == "unknown key 'regoin'");
    CHECK(words.render(suggesting(msg("unknown key '{0}'", "regoin"), "region")) ==
          "unknown key 'regoin'; did you mean 'region'?");
    CHECK(words.render(suggesting(msg("unknown key '{0}'", "x"), std::nullopt)) == "unknown key 'x'");
    CHECK(words.render(suggesting(msg("unknown '{0}'", "a\nb"), "a\rb")) == "unknown 'a\\nb'; did you mean 'a\\rb'?");
    const Message inner = suggesting(msg("criterion '{0}'", "DG9"), "DG1");
    CHECK(words.render(msg("{0} in {1}", inner, msg("file {0}", "c\nd.yaml"))) ==
          "criterion 'DG9'; did you mean 'DG1'? in file c\\nd.yaml");
}

TEST_CASE("layout fills a pattern, aligned, with escaped values") {
    CHECK(layout("{0:<6}|{1:>4}|", {"ab", "c"}) == "ab    |   c|");
    CHECK(layout("{0} {1}", {"x\ny", verbatim("\x1b[0m")}) == "x\\ny \x1b[0m");
    CHECK(layout("{0}", {msg("criterion '{0}'", "DG1")}) == "criterion 'DG1'");
}

TEST_CASE("language_from_name reads --lang values and locale names") {
    CHECK(language_from_name("es_AR.UTF-8") == Language::es);
    CHECK(language_from_name("es") == Language::es);
    CHECK(language_from_name("pt") == Language::pt_BR);
    CHECK(language_from_name("pt_BR") == Language::pt_BR);
    CHECK(language_from_name("pt-BR") == Language::pt_BR);
    CHECK(language_from_name("pt_BR.UTF-8") == Language::pt_BR);
    CHECK(language_from_name("C") == Language::en);
    CHECK(language_from_name("C.UTF-8") == Language::en);
    CHECK(language_from_name("POSIX") == Language::en);
    CHECK(language_from_name("en_US.UTF-8") == Language::en);
    CHECK(language_from_name("fr_FR") == std::nullopt);
    CHECK(language_from_name("") == std::nullopt);
    CHECK(language_from_name("esperanto") == std::nullopt);
}

TEST_CASE("language_tag names each language as --lang and HTML write it") {
    CHECK(language_tag(Language::en) == "en");
    CHECK(language_tag(Language::es) == "es");
    CHECK(language_tag(Language::pt_BR) == "pt-BR");
}

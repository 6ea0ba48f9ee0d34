#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "util/dates.hpp"
#include "util/text.hpp"

using namespace wwc;

namespace {

// What find_unsafe finds, as "U+001B at 2", or "none".
std::string unsafe(std::string_view text, bool multiline = false) {
    const std::optional<UnsafeCharacter> found = find_unsafe(text, multiline);
    return found ? code_point_name(found->character) + " at " + std::to_string(found->offset) : "none";
}

}  // namespace

TEST_CASE("utf8_length measures valid sequences of one to four bytes") {
    CHECK(utf8_length("a", 0) == 1);
    CHECK(utf8_length("\x7f", 0) == 1);
    CHECK(utf8_length("\xc3\xa9", 0) == 2);              // U+00E9
    CHECK(utf8_length("\xc2\x80", 0) == 2);              // U+0080, the smallest two-byte form
    CHECK(utf8_length("\xe2\x80\xae", 0) == 3);          // U+202E
    CHECK(utf8_length("\xef\xbf\xbf", 0) == 3);          // U+FFFF
    CHECK(utf8_length("\xf0\x9f\x8c\x8d", 0) == 4);      // U+1F30D
    CHECK(utf8_length("\xf4\x8f\xbf\xbf", 0) == 4);      // U+10FFFF, the largest
    CHECK(utf8_length("Niter\xc3\xb3i", 5) == 2);        // at an offset
    CHECK(utf8_length("Niter\xc3\xb3i", 7) == 1);
}

TEST_CASE("utf8_length is 0 for overlong forms, surrogates, truncations and stray bytes") {
    CHECK(utf8_length("\xc0\x80", 0) == 0);              // overlong NUL
    CHECK(utf8_length("\xc1\xbf", 0) == 0);              // overlong U+007F
    CHECK(utf8_length("\xe0\x80\x80", 0) == 0);          // overlong three-byte NUL
    CHECK(utf8_length("\xe0\x9f\xbf", 0) == 0);          // overlong U+07FF
    CHECK(utf8_length("\xf0\x8f\xbf\xbf", 0) == 0);      // overlong U+FFFF
    CHECK(utf8_length("\xed\xa0\x80", 0) == 0);          // U+D800, a surrogate
    CHECK(utf8_length("\xed\xbf\xbf", 0) == 0);          // U+DFFF
    CHECK(utf8_length("\xf4\x90\x80\x80", 0) == 0);      // U+110000, past Unicode
    CHECK(utf8_length("\xf5\x80\x80\x80", 0) == 0);
    CHECK(utf8_length("\xe2\x80", 0) == 0);              // truncated at the end
    CHECK(utf8_length("\xc3", 0) == 0);
    CHECK(utf8_length("\xf0\x9f\x8c", 0) == 0);
    CHECK(utf8_length("\xe2\x80" "a", 0) == 0);          // truncated by an ASCII byte
    CHECK(utf8_length("\x80", 0) == 0);                  // a lone continuation byte
    CHECK(utf8_length("\xff", 0) == 0);
    CHECK(utf8_length("\xc3\xa9", 1) == 0);              // inside a sequence
}

TEST_CASE("utf8_decode returns the code point of a valid sequence") {
    CHECK(utf8_decode("\xc3\xa9", 0, 2) == char32_t{0xE9});
    CHECK(utf8_decode("x\xe2\x80\xae", 1, 3) == char32_t{0x202E});
    CHECK(utf8_decode("\xf4\x8f\xbf\xbf", 0, 4) == char32_t{0x10FFFF});
}

TEST_CASE("find_unsafe allows tab and line feed only in multiline text") {
    CHECK(unsafe("plain Niter\xc3\xb3i \xc2\xa0 text") == "none");
    CHECK(unsafe("a\tb") == "U+0009 at 1");
    CHECK(unsafe("a\tb", true) == "none");
    CHECK(unsafe("ab\nc") == "U+000A at 2");
    CHECK(unsafe("ab\nc", true) == "none");
    CHECK(unsafe("a\tb\r\n", true) == "U+000D at 3");
    CHECK(unsafe("", true) == "none");
}

TEST_CASE("find_unsafe finds controls, bidi marks and a byte-order mark with their offset") {
    CHECK(unsafe("ok\x1b[31m") == "U+001B at 2");
    CHECK(unsafe("x\x7f", true) == "U+007F at 1");
    CHECK(unsafe(std::string("ab\0", 3)) == "U+0000 at 2");
    CHECK(unsafe("\xc3\xa9\xc2\x85") == "U+0085 at 2");
    CHECK(unsafe("caf\xc3\xa9 \xe2\x80\xae" "evil") == "U+202E at 6");
    CHECK(unsafe("\xe2\x81\xa6" "x") == "U+2066 at 0");
    CHECK(unsafe("a\xe2\x80\xa8") == "U+2028 at 1");
    CHECK(unsafe("\xef\xbb\xbf" "key", true) == "U+FEFF at 0");
    CHECK(unsafe("\xd8\x9c") == "U+061C at 0");
}

TEST_CASE("find_unsafe reports a byte that is not UTF-8 as 0xFFFFFFFF") {
    CHECK(unsafe("ok\xff") == "U+FFFFFFFF at 2");
    CHECK(unsafe("\xc3\xa9\xed\xa0\x80", true) == "U+FFFFFFFF at 2");
    CHECK(unsafe("abc\xe2\x80") == "U+FFFFFFFF at 3");
    REQUIRE(find_unsafe("\xc0\x80"));
    CHECK(find_unsafe("\xc0\x80")->character == 0xFFFFFFFF);
}

TEST_CASE("escape_unsafe shows every unsafe character as a visible escape") {
    CHECK(escape_unsafe("\n::error file=x::forged") == "\\n::error file=x::forged");
    CHECK(escape_unsafe("\x1b[31mred") == "\\x1b[31mred");
    CHECK(escape_unsafe("a\tb\rc") == "a\\tb\\rc");
    CHECK(escape_unsafe(std::string("\0\x01\x1f\x7f", 4)) == "\\x00\\x01\\x1f\\x7f");
    CHECK(escape_unsafe("abc\xe2\x80\xae" "fed") == "abc\\u202efed");
    CHECK(escape_unsafe("\xc2\x85\xe2\x80\xa8\xe2\x81\xa9\xef\xbb\xbf") == "\\u0085\\u2028\\u2069\\ufeff");
    CHECK(escape_unsafe("bad \xff byte") == "bad \\xff byte");
    CHECK(escape_unsafe("\xed\xa0\x80") == "\\xed\\xa0\\x80");
    CHECK(escape_unsafe("\xe2\x80" "a") == "\\xe2\\x80a");
    CHECK(escape_unsafe("Niter\xc3\xb3i, Ado\xc3\xa7\xc3\xa3o \xc2\xa0\xf0\x9f\x8c\x8d") ==
          "Niter\xc3\xb3i, Ado\xc3\xa7\xc3\xa3o \xc2\xa0\xf0\x9f\x8c\x8d");
}

TEST_CASE("escape_unsafe leaves no workflow command for a CI runner to read") {
    // GitHub's runner reads "::" at a line's start after white space, and "##[" anywhere.
    CHECK(escape_unsafe("::error::forged") == "\\x3a:error::forged");
    CHECK(escape_unsafe("  ::add-mask::x") == "  \\x3a:add-mask::x");
    CHECK(escape_unsafe("\xc2\xa0\xe3\x80\x80::stop-commands::t") == "\xc2\xa0\xe3\x80\x80\\x3a:stop-commands::t");
    CHECK(escape_unsafe("x ##[error]y ##[add-mask]z") == "x ##\\x5berror]y ##\\x5badd-mask]z");
    CHECK(escape_unsafe("a::b https://x.example/ :: c # [d] #[e]") == "a::b https://x.example/ :: c # [d] #[e]");
    CHECK(escape_unsafe(":x") == ":x");
    // A line break shown escaped starts no line; a kept one does.
    CHECK(escape_unsafe("a\n::error::x") == "a\\n::error::x");
    CHECK(escape_unsafe("a\n \t::error::x", true) == "a\n \t\\x3a:error::x");
    CHECK(escape_unsafe("a\nb ::x", true) == "a\nb ::x");
    CHECK(escape_unsafe("\x1b::x") == "\\x1b::x");
}

TEST_CASE("escape_unsafe keeps tab and line feed in multiline text, and nothing else") {
    CHECK(escape_unsafe("a\tb\nc", true) == "a\tb\nc");
    CHECK(escape_unsafe("a\r\nb\x1b\xe2\x80\xae\xff", true) == "a\\r\nb\\x1b\\u202e\\xff");
}

TEST_CASE("escape_unsafe changes nothing when applied twice") {
    const std::vector<std::string> inputs = {"\n::error",   "::error",     " ##[x",    "\x1b[1m",
                                             "\xe2\x80\xae", "\xff\xfe",    "a\tb\r\n", "\\n already",
                                             "caf\xc3\xa9", std::string("\0x", 2), ""};
    for (const std::string& text : inputs) {
        for (bool multiline : {false, true}) {
            INFO("input '" << escape_unsafe(text) << "' multiline " << multiline);
            const std::string once = escape_unsafe(text, multiline);
            CHECK(escape_unsafe(once, multiline) == once);
            CHECK_FALSE(find_unsafe(once, multiline));
        }
    }
}

TEST_CASE("display_width counts code points, and combining marks as none") {
    CHECK(display_width("Niter\xc3\xb3i") == 7);        // 8 bytes
    CHECK(display_width("Nitero\xcc\x81i") == 7);       // o and U+0301 COMBINING ACUTE ACCENT
    CHECK(display_width("e\xcc\x81\xcc\xa7") == 1);     // two marks on one letter
    CHECK(display_width("S\xc3\xa3o Paulo") == 9);
    CHECK(display_width("\xe2\x82\xac" "5") == 2);
    CHECK(display_width("") == 0);
}

TEST_CASE("join puts the separator between items only") {
    CHECK(join({}) == "");
    CHECK(join({"DG1"}) == "DG1");
    CHECK(join({"DG1", "DG2", "EV1"}) == "DG1, DG2, EV1");
    CHECK(join({"a", "", "b"}, " | ") == "a |  | b");
}

TEST_CASE("is_iso_date accepts real calendar dates written YYYY-MM-DD") {
    CHECK(is_iso_date("2024-02-29"));   // divisible by 4
    CHECK_FALSE(is_iso_date("2023-02-29"));
    CHECK_FALSE(is_iso_date("1900-02-29"));  // divisible by 100, not by 400
    CHECK(is_iso_date("2000-02-29"));   // divisible by 400
    CHECK(is_iso_date("2023-02-28"));
    CHECK(is_iso_date("2024-12-31"));
    CHECK(is_iso_date("0001-01-01"));
    CHECK_FALSE(is_iso_date("2024-04-31"));
    CHECK_FALSE(is_iso_date("2024-13-01"));
    CHECK_FALSE(is_iso_date("2024-00-10"));
    CHECK_FALSE(is_iso_date("2024-01-00"));
    CHECK_FALSE(is_iso_date("2024-01-32"));
}

TEST_CASE("is_iso_date rejects other shapes") {
    for (const char* text : {"", "2024-1-01", "2024-01-1", "24-01-01", "2024/01/01", "20240101", "2024-01-01T00:00",
                             "2024-01-01 ", " 2024-01-01", "2024-0a-01", "+024-01-01", "2024-01--1"}) {
        INFO(text);
        CHECK_FALSE(is_iso_date(text));
    }
}

TEST_CASE("months_before clamps the day to the month") {
    CHECK(months_before("2024-03-31", 1) == "2024-02-29");
    CHECK(months_before("2024-01-15", 24) == "2022-01-15");
    CHECK(months_before("2024-01-31", 13) == "2022-12-31");
    CHECK(months_before("2023-03-31", 1) == "2023-02-28");
    CHECK(months_before("2024-05-31", 1) == "2024-04-30");
    CHECK(months_before("2024-02-29", 12) == "2023-02-28");
    CHECK(months_before("2024-03-15", 3) == "2023-12-15");
    CHECK(months_before("2024-06-30", 0) == "2024-06-30");
    CHECK(months_before("0100-01-01", 1) == "0099-12-01");
}

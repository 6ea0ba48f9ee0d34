#pragma once
// UTF-8 text and the characters no value may carry into an output: controls,
// line breaks and bidirectional overrides, which could hide or forge lines in
// a terminal or a CI log.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace wwc {

/// Length of the valid UTF-8 sequence that starts at `text[i]`, or 0 when the
/// bytes there are not one (overlong forms and surrogates included).
std::size_t utf8_length(std::string_view text, std::size_t i);

/// The code point of the valid sequence of `length` bytes at `text[i]`.
char32_t utf8_decode(std::string_view text, std::size_t i, std::size_t length);

/// True for C0 and C1 controls, DEL, U+2028 and U+2029 (line and paragraph
/// separators), U+FEFF and the bidirectional marks and overrides (U+061C,
/// U+200E, U+200F, U+202A-U+202E, U+2066-U+2069).
bool is_unsafe_character(char32_t c);

/// The first unsafe character of `text` (tab and line feed allowed when
/// `multiline`), or of an invalid UTF-8 byte (returned as 0xFFFFFFFF), with
/// its byte offset; nullopt when there is none.
struct UnsafeCharacter {
    char32_t character;
    std::size_t offset;
};
std::optional<UnsafeCharacter> find_unsafe(std::string_view text, bool multiline = false);

/// `text` with every unsafe character and invalid byte shown as a visible
/// escape (`\n`, `\t`, `\r`, `\x1b`, `\u202e`, `\xff` for a bad byte), so that
/// it stays on one line and carries no control into an output; with
/// `multiline`, tab and line feed are kept as they are. No CI runner can read
/// a workflow command in it either: a "::" at its start or at a line's start
/// (after white space) is shown as `\x3a:`, and the '[' of "##[" as `\x5b`.
std::string escape_unsafe(std::string_view text, bool multiline = false);

/// How many columns `text` (valid UTF-8) takes in a terminal: one per code
/// point, combining marks none. Enough for the Latin scripts of our languages.
std::size_t display_width(std::string_view text);

/// `text` in lines of at most `width` columns (display width), broken at
/// spaces; a word longer than `width` gets a line of its own.
std::vector<std::string> wrap_words(std::string_view text, std::size_t width);

/// The last component of a path ("reports/city.yaml" -> "city.yaml"); the path
/// itself when it ends in '/' or has no '/'.
std::string_view file_name(std::string_view path);

/// `items` joined by `separator`.
std::string join(const std::vector<std::string>& items, std::string_view separator = ", ");

/// How a character is written in a message: U+00A0 style.
std::string code_point_name(char32_t c);

}  // namespace wwc

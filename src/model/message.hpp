#pragma once
// Words for a person, not yet in any language: an English template and its
// values. The layers below the report say what happened with a Message; the
// report layer puts it into words, in the language asked for.

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace wwc {

struct Message;

/// A value in a message: shown as it is (an id, a number, text from a file,
/// escaped when it carries a control character), or a message of its own.
struct MessageArg {
    MessageArg(std::string value) : text(std::move(value)) {}
    MessageArg(std::string_view value) : text(value) {}
    MessageArg(const char* value) : text(value) {}
    MessageArg(int number);
    MessageArg(long number);
    MessageArg(long long number);
    MessageArg(unsigned number);
    MessageArg(unsigned long number);
    MessageArg(double number);
    MessageArg(Message value);

    std::string text;
    std::vector<Message> message;  ///< one element when the value is a message
    bool verbatim = false;         ///< text the program wrote itself (markup, colour): never escaped
};

/// A value the program wrote itself, shown exactly as it is.
MessageArg verbatim(std::string text);

struct Message {
    /// The English template, with positional fields {0}, {1}, ...: the msgid
    /// of the translation catalogs. Always a string literal.
    std::string_view text;
    std::vector<MessageArg> args;
    /// A close match for what was written: "did you mean" it.
    std::optional<std::string> suggestion;
};

/// A message from a template literal and its values. Translatable templates are
/// found by their call to `msg` (docs/translations.md).
template <typename... Args>
Message msg(std::string_view text, Args&&... args) {
    return Message{text, {MessageArg(std::forward<Args>(args))...}, std::nullopt};
}

/// `message` with `suggestion` (when there is one) as what was probably meant.
Message suggesting(Message message, std::optional<std::string> suggestion);

}  // namespace wwc

#include "model/message.hpp"

#include <fmt/format.h>

namespace wwc {

MessageArg::MessageArg(int number) : text(std::to_string(number)) {}
MessageArg::MessageArg(long number) : text(std::to_string(number)) {}
MessageArg::MessageArg(long long number) : text(std::to_string(number)) {}
MessageArg::MessageArg(unsigned number) : text(std::to_string(number)) {}
MessageArg::MessageArg(unsigned long number) : text(std::to_string(number)) {}
MessageArg::MessageArg(double number) : text(fmt::format("{}", number)) {}
MessageArg::MessageArg(Message value) : message{std::move(value)} {}

MessageArg verbatim(std::string text) {
    MessageArg arg(std::move(text));
    arg.verbatim = true;
    return arg;
}

Message suggesting(Message message, std::optional<std::string> suggestion) {
    message.suggestion = std::move(suggestion);
    return message;
}

}  // namespace wwc

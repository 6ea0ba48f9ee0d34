#pragma once
// What each layout mistake says: short plain sentences for people who are not
// programmers, each a translatable template.

#include <cstddef>
#include <string_view>
#include <utility>

#include "input/yaml_levels.hpp"
#include "model/message.hpp"

namespace wwc {

Message tab_message();
Message nbsp_message();
/// A key that starts at byte `begin` of `line` and lacks its ':' ("DM6 met")
/// or the space after it ("status:met"): the column where that goes, and what to say.
std::pair<int, Message> missing_colon_mistake(std::string_view line, std::size_t begin);
Message colon_in_value_message();
Message uncommented_message();
/// What to say about a line that sits where `m` says (an uncommented template
/// line, or a line indented differently from the lines above it).
Message misplacement_message(const Misplacement& m);
/// `key` (evidence, notes, checklist) written under `criterion`, answered `criterion: status` on one line.
Message short_form_message(std::string_view criterion, std::string_view key, std::string_view status);
/// The line after the mistakes that stopped the YAML parser at `line`.
Message not_read_past_message(int line);

}  // namespace wwc

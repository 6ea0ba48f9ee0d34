#pragma once
// Typed, located reading of a YamlNode tree: shared by the criteria and assessment
// loaders. Problems are collected, not thrown, so a file reports all of them.

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "input/yaml_tree.hpp"
#include "model/diagnostics.hpp"
#include "util/suggest.hpp"

namespace wwc {

class TreeReader {
public:
    explicit TreeReader(std::string file) : m_file(std::move(file)) {}

    const std::string& file() const { return m_file; }
    std::vector<Diagnostic> take_diagnostics() { return std::move(m_diagnostics); }

    Location at(const YamlNode& node) const { return {m_file, node.line, node.column}; }
    Location at(const YamlEntry& entry) const { return {m_file, entry.line, entry.column}; }
    void error(const YamlNode& node, Message message) { error(at(node), std::move(message)); }
    void error(Location where, Message message);
    void warning(const YamlNode& node, Message message) { warning(at(node), std::move(message)); }
    void warning(Location where, Message message);

    /// Throws InputError with everything collected when any error was found.
    void throw_if_errors();

    /// False (and an error naming `what`) when `node` is not of `kind`.
    bool expect(const YamlNode& node, YamlNode::Kind kind, std::string_view what);

    /// What `word` probably meant among `candidates`, on this file's suggestion budget.
    std::optional<std::string> suggest(std::string_view word, const std::vector<std::string>& candidates) {
        return m_suggester.closest(word, candidates);
    }

    /// Reports every key of `map` not in `known`, with a suggestion; `where`
    /// says whose keys they are ("in the assessment").
    void check_keys(const YamlNode& map, std::initializer_list<std::string_view> known, const Message& where);

    /// The value under `key`, or nullptr with an error at `map`.
    const YamlNode* required(const YamlNode& map, std::string_view key, const Message& where);

    // Typed values: nullopt, with an error unless `node` is nullptr, when the value
    // does not fit. `what` names the value (its key) in messages.

    /// One line of text: no control character, line break or bidirectional override.
    std::optional<std::string> text(const YamlNode* node, std::string_view what);
    /// Text that may span lines: tab and line feed allowed, other controls not.
    std::optional<std::string> multiline_text(const YamlNode* node, std::string_view what);
    /// A whole number from `min` to `max`.
    std::optional<long long> integer(const YamlNode* node, std::string_view what, long long min, long long max);
    std::optional<double> number(const YamlNode* node, std::string_view what);
    std::optional<bool> boolean(const YamlNode* node, std::string_view what);
    /// A calendar date written YYYY-MM-DD.
    std::optional<std::string> date(const YamlNode* node, std::string_view what);
    /// A list of one-line values (a lone value is not accepted as a list).
    std::vector<std::string> text_list(const YamlNode* node, std::string_view what);

private:
    std::optional<std::string> scalar(const YamlNode* node, std::string_view what, bool multiline);

    std::string m_file;
    std::vector<Diagnostic> m_diagnostics;
    Suggester m_suggester;
};

}  // namespace wwc

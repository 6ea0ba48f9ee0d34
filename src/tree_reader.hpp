#pragma once
// Typed, located reading of a YamlNode tree: shared by the criteria and assessment
// loaders. Problems are collected, not thrown, so a file reports all of them.

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostics.hpp"
#include "yaml_tree.hpp"

namespace wwc {

class TreeReader {
public:
    explicit TreeReader(std::string file) : file_(std::move(file)) {}

    const std::string& file() const { return file_; }
    const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }
    std::vector<Diagnostic> take_diagnostics() { return std::move(diagnostics_); }

    Location at(const YamlNode& node) const { return {file_, node.line, node.column}; }
    void error(const YamlNode& node, std::string message);
    void error(Location where, std::string message);
    void warning(const YamlNode& node, std::string message);
    void warning(Location where, std::string message);

    /// Throws InputError with everything collected when any error was found.
    void throw_if_errors();

    /// False (and an error naming `what`) when `node` is not of `kind`.
    bool expect(const YamlNode& node, YamlNode::Kind kind, std::string_view what);

    /// Reports every key of `map` not in `known`, with a suggestion.
    void check_keys(const YamlNode& map, std::initializer_list<std::string_view> known,
                    std::string_view where);

    /// The value under `key`, or nullptr with an error at `map` naming `where`.
    const YamlNode* required(const YamlNode& map, std::string_view key, std::string_view where);

    // Typed values: nullopt, with an error unless `node` is nullptr, when the value
    // does not fit. `what` names the value in messages.
    std::optional<std::string> text(const YamlNode* node, std::string_view what);
    std::optional<long long> integer(const YamlNode* node, std::string_view what);
    std::optional<double> number(const YamlNode* node, std::string_view what);
    std::optional<bool> boolean(const YamlNode* node, std::string_view what);
    /// A calendar date written YYYY-MM-DD.
    std::optional<std::string> date(const YamlNode* node, std::string_view what);
    /// A list of single values (a lone value is not accepted as a list).
    std::vector<std::string> text_list(const YamlNode* node, std::string_view what);

private:
    std::string file_;
    std::vector<Diagnostic> diagnostics_;
};

/// True when `text` is a real calendar date written YYYY-MM-DD.
bool is_iso_date(std::string_view text);

/// The date `months` months before `date` (YYYY-MM-DD), the day clamped to the
/// month's length.
std::string months_before(const std::string& date, int months);

}  // namespace wwc

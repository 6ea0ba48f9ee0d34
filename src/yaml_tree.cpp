#include "yaml_tree.hpp"

#include <optional>
#include <sstream>

#include <fmt/format.h>
#include <yaml-cpp/anchor.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include "diagnostics.hpp"

namespace wwc {

const YamlNode* YamlNode::find(std::string_view key) const {
    for (const YamlEntry& entry : entries)
        if (entry.key == key) return &entry.value;
    return nullptr;
}

const char* kind_name(YamlNode::Kind kind) {
    switch (kind) {
    case YamlNode::Kind::null: return "nothing";
    case YamlNode::Kind::scalar: return "a single value";
    case YamlNode::Kind::sequence: return "a list";
    case YamlNode::Kind::mapping: return "a mapping";
    }
    return "?";
}

namespace {

std::size_t count_nodes(const YamlNode& node) {
    std::size_t n = 1;
    for (const YamlNode& item : node.items) n += count_nodes(item);
    for (const YamlEntry& entry : node.entries) n += 1 + count_nodes(entry.value);
    return n;
}

// Builds the tree from parser events; every check that needs a mark happens here.
class TreeBuilder : public YAML::EventHandler {
public:
    TreeBuilder(std::string file, const YamlLimits& limits) : file_(std::move(file)), limits_(limits) {}

    std::optional<YamlNode> root;
    std::vector<Diagnostic> duplicates;
    int documents = 0;
    YAML::Mark last_document_mark;
    YAML::Mark last_mark;

    void OnDocumentStart(const YAML::Mark& mark) override {
        ++documents;
        last_document_mark = mark;
    }
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        add(start(YamlNode::Kind::null, mark), anchor);
    }

    void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  const std::string& value) override {
        YamlNode node = start(YamlNode::Kind::scalar, mark);
        node.value = value;
        node.plain = tag == "?";
        add(std::move(node), anchor);
    }

    void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        last_mark = mark;
        if (anchor >= anchors_.size() || !anchors_[anchor])
            fail(mark, "alias refers to an anchor that is still open (a cycle)");
        YamlNode copy = *anchors_[anchor];
        nodes_ += count_nodes(copy);
        if (nodes_ > limits_.max_nodes) too_many_nodes(mark);
        copy.line = mark.line + 1;
        copy.column = mark.column + 1;
        add(std::move(copy), YAML::NullAnchor);
    }

    void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override {
        open(start(YamlNode::Kind::sequence, mark), anchor, mark);
    }
    void OnSequenceEnd() override { close(); }

    void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override {
        open(start(YamlNode::Kind::mapping, mark), anchor, mark);
    }
    void OnMapEnd() override { close(); }

    [[noreturn]] void fail(const YAML::Mark& mark, const std::string& message) const {
        throw InputError({file_, mark.line + 1, mark.column + 1}, message);
    }

private:
    [[noreturn]] void fail_at(const YamlNode& node, const std::string& message) const {
        throw InputError({file_, node.line, node.column}, message);
    }

    struct Open {
        YamlNode node;
        YAML::anchor_t anchor = YAML::NullAnchor;
        bool awaiting_value = false;  // mappings: a key has been read
        bool duplicate = false;       // mappings: that key was seen before
        std::string key;
        int key_line = 0;
        int key_column = 0;
    };

    YamlNode start(YamlNode::Kind kind, const YAML::Mark& mark) {
        last_mark = mark;
        if (++nodes_ > limits_.max_nodes) too_many_nodes(mark);
        YamlNode node;
        node.kind = kind;
        node.line = mark.line + 1;
        node.column = mark.column + 1;
        return node;
    }

    [[noreturn]] void too_many_nodes(const YAML::Mark& mark) const {
        fail(mark, fmt::format("document expands to more than {} nodes (aliases included)",
                               limits_.max_nodes));
    }

    void open(YamlNode node, YAML::anchor_t anchor, const YAML::Mark& mark) {
        if (static_cast<int>(stack_.size()) >= limits_.max_depth)
            fail(mark, fmt::format("nesting deeper than {} levels", limits_.max_depth));
        if (anchor != YAML::NullAnchor) remember(anchor, std::nullopt);
        Open entry;
        entry.node = std::move(node);
        entry.anchor = anchor;
        stack_.push_back(std::move(entry));
    }

    void close() {
        Open done = std::move(stack_.back());
        stack_.pop_back();
        add(std::move(done.node), done.anchor);
    }

    void remember(YAML::anchor_t anchor, std::optional<YamlNode> node) {
        if (anchor >= anchors_.size()) anchors_.resize(anchor + 1);
        anchors_[anchor] = std::move(node);
    }

    void add(YamlNode node, YAML::anchor_t anchor) {
        if (anchor != YAML::NullAnchor) remember(anchor, node);
        if (stack_.empty()) {
            root = std::move(node);
            return;
        }
        Open& parent = stack_.back();
        if (parent.node.kind == YamlNode::Kind::sequence) {
            parent.node.items.push_back(std::move(node));
        } else if (!parent.awaiting_value) {
            add_key(parent, node);
        } else {
            if (!parent.duplicate)
                parent.node.entries.push_back(
                    YamlEntry{std::move(parent.key), parent.key_line, parent.key_column, std::move(node)});
            parent.awaiting_value = false;
        }
    }

    void add_key(Open& parent, const YamlNode& key) {
        if (key.kind != YamlNode::Kind::scalar)
            fail_at(key, fmt::format("a key must be a single value, not {}", kind_name(key.kind)));
        parent.duplicate = false;
        for (const YamlEntry& entry : parent.node.entries)
            if (entry.key == key.value) {
                duplicates.push_back({Severity::error, {file_, key.line, key.column},
                                      fmt::format("duplicate key '{}' (first defined at line {}, column {})",
                                                  key.value, entry.line, entry.column)});
                parent.duplicate = true;
            }
        parent.key = key.value;
        parent.key_line = key.line;
        parent.key_column = key.column;
        parent.awaiting_value = true;
    }

    std::string file_;
    YamlLimits limits_;
    std::vector<Open> stack_;
    std::vector<std::optional<YamlNode>> anchors_;
    std::size_t nodes_ = 0;
};

std::size_t offset_of(std::string_view text, const YAML::Mark& mark) {
    std::size_t offset = 0;
    for (int line = 0; line < mark.line && offset < text.size(); ++line) {
        const std::size_t next = text.find('\n', offset);
        if (next == std::string_view::npos) return text.size();
        offset = next + 1;
    }
    return std::min(text.size(), offset + static_cast<std::size_t>(mark.column));
}

// yaml-cpp gives no mark for the opening quote: find it after the last event.
YAML::Mark opening_quote(std::string_view text, const YAML::Mark& after) {
    std::size_t offset = offset_of(text, after);
    offset = text.find_first_of("\"'", offset);
    YAML::Mark mark = after;
    if (offset == std::string_view::npos) return mark;
    mark.line = 0;
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < offset; ++i)
        if (text[i] == '\n') { ++mark.line; line_start = i + 1; }
    mark.column = static_cast<int>(offset - line_start);
    return mark;
}

// Throws when '[' and '{' outside quotes and comments nest deeper than the limit.
// Brackets inside plain scalars count too, so the limit is far above max_depth.
void check_raw_brackets(std::string_view text, const std::string& file, int limit) {
    int depth = 0;
    int line = 1;
    std::size_t line_start = 0;
    char quote = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\n') {
            ++line;
            line_start = i + 1;
        } else if (quote) {
            if (quote == '"' && c == '\\') ++i;
            else if (c == quote) quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '#' && (i == 0 || text[i - 1] == ' ' || text[i - 1] == '\t' || text[i - 1] == '\n')) {
            while (i + 1 < text.size() && text[i + 1] != '\n') ++i;
        } else if (c == '[' || c == '{') {
            if (++depth > limit)
                throw InputError({file, line, static_cast<int>(i - line_start) + 1},
                                 fmt::format("brackets nested more than {} deep", limit));
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
}

}  // namespace

YamlNode parse_yaml(std::string_view text, const std::string& file, const YamlLimits& limits,
                    std::vector<Diagnostic>* duplicates) {
    // The sentinel turns an unclosed quote, which yaml-cpp would extend to the end
    // of the file, into an error.
    check_raw_brackets(text, file, limits.max_raw_brackets);
    std::string input(text);
    input += "\n...\n";
    std::istringstream stream(input);
    TreeBuilder builder(file, limits);
    try {
        YAML::Parser parser(stream);
        parser.HandleNextDocument(builder);
        if (parser.HandleNextDocument(builder)) {
            const YAML::Mark& at = builder.last_document_mark;
            const bool marker = text.substr(offset_of(text, at), 3) == "---";
            builder.fail(at, marker ? "more than one YAML document in the file"
                                    : "unexpected content after the end of the document");
        }
    } catch (const YAML::ParserException& e) {
        if (e.msg == "illegal document indicator in scalar" || e.msg == "illegal EOF in scalar")
            builder.fail(opening_quote(text, builder.last_mark), "unterminated quoted string");
        builder.fail(e.mark, fmt::format("YAML syntax error: {}", e.msg));
    } catch (const YAML::Exception& e) {
        builder.fail(e.mark, fmt::format("cannot read YAML: {}", e.msg));
    }
    if (duplicates) duplicates->insert(duplicates->end(), builder.duplicates.begin(), builder.duplicates.end());
    else if (!builder.duplicates.empty()) throw InputError(std::move(builder.duplicates));
    if (!builder.root) {
        YamlNode empty;
        empty.line = empty.column = 1;
        return empty;
    }
    return std::move(*builder.root);
}

}  // namespace wwc

#include "input/yaml_tree.hpp"

#include <algorithm>
#include <optional>
#include <sstream>
#include <unordered_map>
#include <utility>

#include <yaml-cpp/anchor.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include "input/yaml_text_checks.hpp"
#include "util/text.hpp"

namespace wwc {

const YamlNode* YamlNode::find(std::string_view key) const {
    for (const YamlEntry& entry : entries)
        if (entry.key == key) return &entry.value;
    return nullptr;
}

Message kind_name(YamlNode::Kind kind) {
    switch (kind) {
    case YamlNode::Kind::null: return msg("nothing");
    case YamlNode::Kind::scalar: return msg("a single value");
    case YamlNode::Kind::sequence: return msg("a list");
    case YamlNode::Kind::mapping: return msg("a mapping");
    }
    return msg("nothing");
}

namespace {

// Nodes and text bytes of a tree, for the alias-expansion limits.
struct Size {
    std::size_t nodes = 0;
    std::size_t bytes = 0;
};

Size size_of(const YamlNode& node) {
    Size s{1, node.value.size()};
    for (const YamlNode& item : node.items) {
        const Size i = size_of(item);
        s.nodes += i.nodes;
        s.bytes += i.bytes;
    }
    for (const YamlEntry& entry : node.entries) {
        const Size v = size_of(entry.value);
        s.nodes += 1 + v.nodes;
        s.bytes += entry.key.size() + v.bytes;
    }
    return s;
}

// yaml-cpp 0.7 decodes the escapes \N (U+0085) and \_ (U+00A0) of a
// double-quoted scalar to the single bytes 0x85 and 0xA0, which are not UTF-8.
// The file itself was checked to be UTF-8, so a byte that is not part of a
// UTF-8 sequence came from one of those escapes: it is encoded again here.
std::string utf8_escapes(const std::string& value) {
    std::size_t i = 0;
    while (i < value.size() && utf8_length(value, i) != 0) i += utf8_length(value, i);
    if (i == value.size()) return value;
    std::string out = value.substr(0, i);
    for (; i < value.size();) {
        if (const std::size_t length = utf8_length(value, i)) {
            out.append(value, i, length);
            i += length;
            continue;
        }
        const auto byte = static_cast<unsigned char>(value[i++]);
        out += static_cast<char>(0xC0 | (byte >> 6));
        out += static_cast<char>(0x80 | (byte & 0x3F));
    }
    return out;
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
        count_bytes(value.size(), mark);
        node.value = utf8_escapes(value);
        node.plain = tag == "?";
        add(std::move(node), anchor);
    }

    void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        last_mark = mark;
        if (anchor >= anchors_.size() || !anchors_[anchor])
            fail(mark, msg("alias refers to an anchor that is still open (a cycle)"));
        const Size size = size_of(*anchors_[anchor]);
        nodes_ += size.nodes;
        if (nodes_ > limits_.max_nodes) too_many_nodes(mark);
        count_bytes(size.bytes, mark);
        YamlNode copy = *anchors_[anchor];
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

    [[noreturn]] void fail(const YAML::Mark& mark, Message message) const {
        throw InputError({file_, mark.line + 1, mark.column + 1}, std::move(message));
    }

private:
    [[noreturn]] void fail_at(const YamlNode& node, Message message) const {
        throw InputError({file_, node.line, node.column}, std::move(message));
    }

    struct Open {
        YamlNode node;
        YAML::anchor_t anchor = YAML::NullAnchor;
        bool awaiting_value = false;  // mappings: a key has been read
        bool duplicate = false;       // mappings: that key was seen before
        std::string key;
        int key_line = 0;
        int key_column = 0;
        std::unordered_map<std::string, std::pair<int, int>> seen;  // mappings: key -> where first defined
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
        fail(mark, msg("document expands to more than {0} nodes (aliases included)",
                       static_cast<unsigned long>(limits_.max_nodes)));
    }

    void count_bytes(std::size_t bytes, const YAML::Mark& mark) {
        bytes_ += bytes;
        if (bytes_ > limits_.max_text_bytes)
            fail(mark, msg("document expands to more than {0} bytes of text (aliases included)",
                           static_cast<unsigned long>(limits_.max_text_bytes)));
    }

    void open(YamlNode node, YAML::anchor_t anchor, const YAML::Mark& mark) {
        if (static_cast<int>(stack_.size()) >= limits_.max_depth)
            fail(mark, msg("nesting deeper than {0} levels", limits_.max_depth));
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
        if (anchor != YAML::NullAnchor) {
            // The anchor keeps a copy for its aliases: that copy counts against the
            // limits too, or anchors nested 60 deep would copy a big list 60 times.
            YAML::Mark at;
            at.line = node.line - 1;
            at.column = node.column - 1;
            const Size size = size_of(node);
            nodes_ += size.nodes;
            if (nodes_ > limits_.max_nodes) too_many_nodes(at);
            count_bytes(size.bytes, at);
            remember(anchor, node);
        }
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
            fail_at(key, msg("a key must be a single value, not {0}", kind_name(key.kind)));
        if (const auto bad = find_unsafe(key.value))
            fail_at(key, msg("the key '{0}' holds the control character {1}", key.value,
                             code_point_name(bad->character)));
        const auto [first, inserted] = parent.seen.try_emplace(key.value, key.line, key.column);
        parent.duplicate = !inserted;
        if (!inserted)
            duplicates.push_back({Severity::error, {file_, key.line, key.column},
                                  msg("duplicate key '{0}' (first defined at line {1}, column {2})", key.value,
                                      first->second.first, first->second.second)});
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
    std::size_t bytes_ = 0;
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
        if (text[i] == '\n') {
            ++mark.line;
            line_start = i + 1;
        }
    mark.column = static_cast<int>(offset - line_start);
    return mark;
}

}  // namespace

ParsedYaml parse_yaml(std::string_view text, const std::string& file, const YamlLimits& limits) {
    check_raw_brackets(text, file, limits.max_raw_brackets);
    std::string input(text);
    // The sentinel turns an unclosed quote, which yaml-cpp would extend to the end
    // of the file, into an error.
    input += "\n...\n";
    std::istringstream stream(input);
    YamlLimits effective = limits;
    effective.max_text_bytes = std::max(limits.max_text_bytes, 2 * text.size());
    TreeBuilder builder(file, effective);
    try {
        YAML::Parser parser(stream);
        parser.HandleNextDocument(builder);
        if (parser.HandleNextDocument(builder)) {
            const YAML::Mark& at = builder.last_document_mark;
            const bool marker = text.substr(offset_of(text, at), 3) == "---";
            builder.fail(at, marker ? msg("more than one YAML document in the file")
                                    : msg("unexpected content after the end of the document"));
        }
    } catch (const YAML::ParserException& e) {
        // yaml-cpp's own wording of an unclosed quote, pinned by tests/hostile/unterminated-quote.
        if (e.msg == "illegal document indicator in scalar" || e.msg == "illegal EOF in scalar")
            builder.fail(opening_quote(text, builder.last_mark), msg("unterminated quoted string"));
        // Layout mistakes in plain words, at their own lines; yaml-cpp's words when none explains it.
        throw explain_yaml_failure(text, file, {Severity::error, {file, e.mark.line + 1, e.mark.column + 1},
                                                msg("YAML syntax error: {0}", e.msg)});
    } catch (const YAML::Exception& e) {
        builder.fail(e.mark, msg("cannot read YAML: {0}", e.msg));
    }
    if (std::vector<Diagnostic> mistakes = silent_yaml_mistakes(text, file); !mistakes.empty())
        throw InputError(std::move(mistakes));
    ParsedYaml out;
    out.problems = std::move(builder.duplicates);
    if (builder.root) {
        out.root = std::move(*builder.root);
    } else {
        out.root.line = out.root.column = 1;
    }
    return out;
}

}  // namespace wwc

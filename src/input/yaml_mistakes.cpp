#include "input/yaml_mistakes.hpp"

#include <algorithm>
#include <optional>
#include <utility>

#include "input/yaml_levels.hpp"
#include "input/yaml_line.hpp"
#include "input/yaml_mistake_words.hpp"

namespace wwc {
namespace {

using Kind = YamlMistakeKind;
constexpr std::size_t npos = std::string_view::npos;

// A key or dash with nothing after it: its block follows on the next lines.
struct Opener {
    int indent = 0;
    bool dash = false;
};

// The last entry's plain value, which may go on over more indented lines.
struct PlainValue {
    int min_indent = 0;  // lines indented this much or more go on with it
    int bare_line = 0;   // it stood alone on its line under a key (0 when not)
    int bare_indent = 0;
    int bare_column = 0;  // where its ':' is missing
    Message bare_message;
    std::string short_form;  // "DM1" when it is a criterion's status written "DM1: met"
    std::string status;
};

struct Line {
    std::string_view text;
    int number = 0;
    Indentation indentation;
    int column() const { return column_of(text, indentation.content); }
};

bool is_answer_key(std::string_view key) { return key == "evidence" || key == "notes" || key == "checklist"; }

class Finder {
public:
    explicit Finder(std::string_view text) : text_(text), commented_(text) {}

    std::vector<YamlMistake> run() {
        for_each_line(text_, [this](std::string_view line, int number) {
            if (!stopped_) read_line(line, number);
        });
        std::stable_sort(found_.begin(), found_.end(), [](const YamlMistake& a, const YamlMistake& b) {
            return a.line != b.line ? a.line < b.line : a.column < b.column;
        });
        return std::move(found_);
    }

private:
    void add(Kind kind, int line, int column, Message message) {
        found_.push_back({kind, line, column, std::move(message)});
    }

    void read_line(std::string_view text, int number) {
        if (in_multiline(text)) return;
        const Line line{text, number, read_indentation(text)};
        const Indentation& ind = line.indentation;
        if (ind.content == text.size()) return;
        if (text[ind.content] == '#') {
            // yaml-cpp takes a tab that starts a comment line for indentation.
            if (ind.tab_column == 1) add(Kind::tab, number, 1, tab_message());
            return;
        }
        if (ind.content == 0 && is_document_marker(text)) {
            stopped_ = started_ || text[0] == '.' || text.find_first_not_of(" \t", 3) != npos;
            return;
        }
        started_ = true;
        if (ind.tab_column) {
            add(Kind::tab, number, ind.tab_column, tab_message());
            lost_ = true;
        } else if (lost_) {
            lost_ = !return_to_level(ind.width);
        }
        if (ind.nbsp_column && !is_value_text(line))
            add(Kind::non_breaking_space, number, ind.nbsp_column, nbsp_message());
        read_content(line);
    }

    // A line of plain text under a key or going on with a value: a non-breaking
    // space at its start is part of the text.
    bool is_value_text(const Line& line) const {
        const int indent = line.indentation.width;
        return read_node(line.text, line.indentation.content).kind == NodeKind::plain &&
               ((plain_ && indent >= plain_->min_indent) || (opener_ && indent > opener_->indent));
    }

    // Lines inside a block scalar, a quoted scalar or a flow collection.
    bool in_multiline(std::string_view text) {
        if (block_parent_ >= 0) {
            const std::size_t content = text.find_first_not_of(" \t");
            const std::size_t spaces = std::min(text.find_first_not_of(' '), text.size());
            if (content == npos || static_cast<int>(spaces) > block_parent_) return true;
            block_parent_ = -1;
        }
        if (open_.quote == 0 && open_.depth == 0) return false;
        read_open(text, 0, open_);
        return true;
    }

    // After a tab, the indentation is known again at a line that lines up with a level.
    bool return_to_level(int indent) {
        const auto at =
            std::find_if(levels_.begin(), levels_.end(), [&](const IndentLevel& l) { return l.indent == indent; });
        if (!levels_.empty() && at == levels_.end()) return false;
        if (at != levels_.end()) levels_.erase(at + 1, levels_.end());
        opener_.reset();
        plain_.reset();
        return true;
    }

    void read_content(const Line& line) {
        const LineNode node = read_node(line.text, line.indentation.content);
        if (node.kind == NodeKind::unsupported) {
            stopped_ = true;
            return;
        }
        const bool entry = node.kind == NodeKind::key || node.kind == NodeKind::dash;
        if (!lost_ && !(entry ? place_entry(line, node) : place_bare(line, node))) return;
        if (node.kind == NodeKind::dash) return follow_dash(line, node);
        follow(line, node, line.indentation.width);
    }

    bool place_entry(const Line& line, const LineNode& node) {
        const int indent = line.indentation.width;
        const bool dash = node.kind == NodeKind::dash;
        if (const std::optional<Opener> o = std::exchange(opener_, std::nullopt)) {
            plain_.reset();
            if (indent > o->indent || (indent == o->indent && dash && !o->dash)) {
                levels_.push_back({indent, dash, {line.number}});
                return true;
            }
        }
        const std::optional<PlainValue> p = std::exchange(plain_, std::nullopt);
        if (p && indent >= p->min_indent) {
            if (p->bare_line && !dash && indent >= p->bare_indent) return bare_key(*p, line);
            const std::string key = dash ? "evidence" : std::string(key_of(line.text, node));
            if (!p->short_form.empty() && is_answer_key(key)) {
                add(Kind::status_on_same_line, line.number, line.column(),
                    short_form_message(p->short_form, key, p->status));
                levels_.push_back({indent, dash, {line.number}});
                return true;
            }
        }
        return place(line, dash);
    }

    // A word alone under a key turned out to be a key without its ':'.
    bool bare_key(const PlainValue& p, const Line& line) {
        add(Kind::missing_colon, p.bare_line, p.bare_column, p.bare_message);
        levels_.push_back({p.bare_indent, false, {p.bare_line}});
        if (line.indentation.width == p.bare_indent)
            levels_.back().lines.push_back(line.number);
        else
            levels_.push_back({line.indentation.width, false, {line.number}});
        return true;
    }

    // A line that holds a value alone: under a key, going on with a value, or a
    // key that lacks its ':'.
    bool place_bare(const Line& line, const LineNode& node) {
        const int indent = line.indentation.width;
        auto [column, message] = missing_colon_mistake(line.text, node.begin);
        if (const std::optional<Opener> o = std::exchange(opener_, std::nullopt); o && indent > o->indent) {
            plain_.reset();
            if (node.kind == NodeKind::plain)
                plain_ = PlainValue{o->indent + 1, line.number, indent, column, std::move(message), {}, {}};
            return true;
        }
        if (plain_ && indent >= plain_->min_indent) return false;  // the value goes on: quotes in it are text
        plain_.reset();
        if (node.kind != NodeKind::plain || levels_.empty()) {
            stopped_ = true;
            return false;
        }
        add(Kind::missing_colon, line.number, column, std::move(message));
        place(line, false);
        if (node.begin + first_word(line.text, node.begin).size() == line.text.size())
            opener_ = Opener{indent, false};
        else
            plain_ = PlainValue{indent + 1, 0, 0, 0, {}, {}, {}};
        return false;
    }

    bool place(const Line& line, bool dash) {
        const auto from_template = [&](int number, int indent) {
            return (number == line.number && is_outcomes_key(line)) || section_ == "outcomes" ||
                   commented_.beside(number, indent);
        };
        const std::optional<Misplacement> m =
            place_line(levels_, line.indentation.width, dash, line.number, from_template);
        if (m) report(*m, line);
        return true;
    }

    static bool is_outcomes_key(const Line& line) {
        const LineNode node = read_node(line.text, line.indentation.content);
        return node.kind == NodeKind::key && key_of(line.text, node) == "outcomes";
    }

    void report(const Misplacement& m, const Line& line) {
        const bool indentation =
            m.kind == Misplacement::Kind::indentation || m.kind == Misplacement::Kind::dash_among_keys;
        const Kind kind = indentation ? Kind::indentation : Kind::uncommented;
        if (m.kind != Misplacement::Kind::uncommented_level)
            return add(kind, line.number, line.column(), misplacement_message(m));
        for (int n : m.lines) add(kind, n, line.indentation.width + 2, misplacement_message(m));
    }

    void follow_dash(const Line& line, const LineNode& dash) {
        plain_.reset();
        const LineNode item = read_node(line.text, dash.value);
        const int item_indent = column_of(line.text, dash.value) - 1;
        if (item.kind == NodeKind::unsupported || item.kind == NodeKind::dash) {
            stopped_ = true;
        } else if (item.kind == NodeKind::empty) {
            opener_ = Opener{line.indentation.width, true};
        } else if (item.kind == NodeKind::key) {
            if (!lost_) levels_.push_back({item_indent, false, {line.number}});
            follow(line, item, item_indent);
        } else {
            follow(line, item, line.indentation.width);
            if (item.kind == NodeKind::plain) plain_ = PlainValue{line.indentation.width + 1, 0, 0, 0, {}, {}, {}};
        }
    }

    // What follows a key, or a value alone on its line; `owner` is the key's indentation.
    void follow(const Line& line, const LineNode& node, int owner) {
        const bool key = node.kind == NodeKind::key;
        const std::size_t at = key ? node.value : node.begin;
        if (key) {
            plain_.reset();
            if (node.nbsp_column) add(Kind::non_breaking_space, line.number, node.nbsp_column, nbsp_message());
            if (levels_.size() == 1 && !lost_) section_ = key_of(line.text, node);
        }
        const NodeKind value = key ? node.value_kind : node.kind;
        if (value == NodeKind::empty) {
            opener_ = Opener{owner, false};
        } else if (value == NodeKind::block_scalar) {
            block_parent_ = owner;
        } else if (value == NodeKind::quoted) {
            open_ = {line.text[at], 0};
            read_open(line.text, at + 1, open_);
        } else if (value == NodeKind::flow) {
            open_ = {};
            read_open(line.text, at, open_);
        } else if (value == NodeKind::plain) {
            if (key) follow_plain(line, node, owner);
        } else {
            stopped_ = true;
        }
    }

    void follow_plain(const Line& line, const LineNode& node, int owner) {
        if (colon_in_plain(line.text, node.value) != npos)
            add(Kind::colon_in_value, line.number, column_of(line.text, node.value), colon_in_value_message());
        PlainValue p;
        p.min_indent = owner + 1;
        if (section_ == "responses" && levels_.size() == 2 && !lost_) {
            p.short_form = key_of(line.text, node);
            p.status = plain_text(line.text, node.value);
        }
        plain_ = std::move(p);
    }

    std::string_view text_;
    CommentedKeys commented_;
    std::vector<YamlMistake> found_;
    std::vector<IndentLevel> levels_;
    std::optional<Opener> opener_;
    std::optional<PlainValue> plain_;
    std::string section_;    // the top-level key the lines are under
    int block_parent_ = -1;  // inside a block scalar ('|' or '>') under a key indented this much
    OpenNode open_;          // inside a quoted scalar or a flow collection
    bool lost_ = false;      // after a tab: the indentation is unknown until a line lines up with a level
    bool stopped_ = false;
    bool started_ = false;
};

}  // namespace

std::vector<YamlMistake> find_yaml_mistakes(std::string_view text) { return Finder(text).run(); }

}  // namespace wwc

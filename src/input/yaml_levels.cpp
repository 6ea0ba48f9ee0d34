#include "input/yaml_levels.hpp"

#include <utility>

namespace wwc {
namespace {

using Kind = Misplacement::Kind;

IndentedLike like(const IndentLevel& level) { return {level.indent, level.lines.back()}; }

// A line between the level above (`top`) and the level just closed
// (`closed`), or deeper than the lines above it.
Misplacement misplaced(std::vector<IndentLevel>& levels, int indent, bool dash, int line,
                       const TemplateTest& from_template, std::optional<IndentLevel> closed) {
    IndentLevel* top = levels.empty() ? nullptr : &levels.back();
    if (closed && closed->indent == indent + 1 && from_template(closed->lines.front(), closed->indent)) {
        Misplacement m{Kind::uncommented_level, closed->lines, {}};
        levels.push_back({indent, dash, {line}});
        return m;
    }
    if (top && indent == top->indent + 1 && from_template(line, indent)) {
        top->lines.push_back(line);
        return {Kind::uncommented, {}, {}};
    }
    const int above = top ? indent - top->indent : 0;
    const int below = closed ? closed->indent - indent : 0;
    if (top && (!closed || above < below)) {
        Misplacement m{Kind::indentation, {}, {like(*top)}};
        top->lines.push_back(line);
        return m;
    }
    // Halfway between two levels: either may be meant; the line joins the deeper one.
    Misplacement m{Kind::indentation, {}, {like(*closed)}};
    if (top && above == below) m.like.insert(m.like.begin(), like(*top));
    closed->lines.push_back(line);
    levels.push_back(std::move(*closed));
    return m;
}

}  // namespace

std::optional<Misplacement> place_line(std::vector<IndentLevel>& levels, int indent, bool dash, int line,
                                       const TemplateTest& from_template) {
    std::optional<IndentLevel> closed;
    while (!levels.empty() && levels.back().indent > indent) {
        closed = std::move(levels.back());
        levels.pop_back();
    }
    if (levels.empty() && !closed) {
        levels.push_back({indent, dash, {line}});
        return std::nullopt;
    }
    if (levels.empty() || levels.back().indent != indent)
        return misplaced(levels, indent, dash, line, from_template, std::move(closed));
    IndentLevel& top = levels.back();
    if (top.sequence && !dash) {  // a key after the list under a key: the list ends
        levels.pop_back();
        return place_line(levels, indent, dash, line, from_template);
    }
    top.lines.push_back(line);
    if (!top.sequence && dash) return Misplacement{Kind::dash_among_keys, {}, {}};
    return std::nullopt;
}

}  // namespace wwc

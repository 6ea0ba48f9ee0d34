#include "input/yaml_snapshot.hpp"

#include <cstdint>
#include <limits>

namespace wwc {

// The format: the 8 bytes of `magic`, the FNV-1a hash (8 bytes, little-endian)
// of everything after the hash, then the root node. A node is a tag byte
// (bits 0-1 the kind, bit 2 set when not plain, bits 3-5 set when a value,
// items or entries follow), its line and column, then what the tag announces:
// the value as a length and bytes, the items as a count and nodes, the entries
// as a count and, for each, the key as a length and bytes, its line and column,
// and its value node. Numbers are unsigned LEB128 of at most 31 bits.
namespace {

constexpr std::string_view magic("wwcyaml\x01", 8);

constexpr unsigned kind_bits = 0x03;
static_assert(static_cast<unsigned>(YamlNode::Kind::mapping) == kind_bits, "every kind fits in the kind bits");
constexpr unsigned quoted_bit = 0x04;
constexpr unsigned value_bit = 0x08;
constexpr unsigned items_bit = 0x10;
constexpr unsigned entries_bit = 0x20;

constexpr std::uint32_t max_number = std::numeric_limits<std::int32_t>::max();

constexpr std::size_t hash_bytes = 8;

// FNV-1a, 64 bits: any one byte changed changes it, so an altered snapshot is
// refused rather than read as another tree.
std::uint64_t fnv1a(std::string_view bytes) {
    std::uint64_t h = 0xcbf29ce484222325u;
    for (const char c : bytes) h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3u;
    return h;
}

// The fewest bytes a node and an entry take, to refuse counts the rest of the
// bytes cannot hold before reserving room for them.
constexpr std::size_t min_node_bytes = 3;
constexpr std::size_t min_entry_bytes = 3 + min_node_bytes;

void put_number(std::string& out, std::size_t n) {
    if (n > max_number) throw YamlSnapshotError("yaml snapshot: a length or position too large to write");
    while (n >= 0x80) {
        out += static_cast<char>(0x80 | (n & 0x7f));
        n >>= 7;
    }
    out += static_cast<char>(n);
}

void put_position(std::string& out, int line, int column) {
    if (line < 0 || column < 0) throw YamlSnapshotError("yaml snapshot: a negative line or column");
    put_number(out, static_cast<std::size_t>(line));
    put_number(out, static_cast<std::size_t>(column));
}

void put_text(std::string& out, const std::string& text) {
    put_number(out, text.size());
    out += text;
}

void put_node(std::string& out, const YamlNode& node, int depth) {
    if (depth > max_snapshot_depth) throw YamlSnapshotError("yaml snapshot: the tree is nested too deeply");
    unsigned tag = static_cast<unsigned>(node.kind);
    if (!node.plain) tag |= quoted_bit;
    if (!node.value.empty()) tag |= value_bit;
    if (!node.items.empty()) tag |= items_bit;
    if (!node.entries.empty()) tag |= entries_bit;
    out += static_cast<char>(tag);
    put_position(out, node.line, node.column);
    if (!node.value.empty()) put_text(out, node.value);
    if (!node.items.empty()) {
        put_number(out, node.items.size());
        for (const YamlNode& item : node.items) put_node(out, item, depth + 1);
    }
    if (!node.entries.empty()) {
        put_number(out, node.entries.size());
        for (const YamlEntry& entry : node.entries) {
            put_text(out, entry.key);
            put_position(out, entry.line, entry.column);
            put_node(out, entry.value, depth + 1);
        }
    }
}

// Reads one snapshot; every read checks the bytes left first.
class Reader {
public:
    explicit Reader(std::string_view bytes) : bytes_(bytes) {}

    YamlNode document() {
        if (bytes_.substr(0, magic.size()) != magic) fail("not a snapshot of this version");
        at_ = magic.size();
        if (left() < hash_bytes) fail("unexpected end");
        std::uint64_t hash = 0;
        for (std::size_t i = 0; i < hash_bytes; ++i) hash |= std::uint64_t{byte()} << (8 * i);
        if (hash != fnv1a(bytes_.substr(at_))) fail("bytes that differ from those written");
        YamlNode root;
        node(root, 0);
        if (at_ != bytes_.size()) fail("bytes after the end of the tree");
        return root;
    }

private:
    [[noreturn]] void fail(const char* what) const {
        throw YamlSnapshotError("yaml snapshot: " + std::string(what) + " at byte " + std::to_string(at_));
    }

    std::size_t left() const { return bytes_.size() - at_; }

    unsigned byte() {
        if (left() == 0) fail("unexpected end");
        return static_cast<unsigned char>(bytes_[at_++]);
    }

    std::uint32_t number() {
        std::uint32_t n = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            const unsigned b = byte();
            if (shift > 0 && b == 0) fail("a number written too long");
            if (shift == 28 && (b & 0xf8) != 0) fail("a number out of range");
            n |= static_cast<std::uint32_t>(b & 0x7f) << shift;
            if ((b & 0x80) == 0) return n;
        }
        fail("a number out of range");
    }

    int position() { return static_cast<int>(number()); }

    // A count of things that take at least `min_bytes` each, which the bytes left can hold.
    std::size_t count(std::size_t min_bytes) {
        const std::size_t n = number();
        if (n == 0) fail("an empty list announced");
        if (n > left() / min_bytes) fail("a count past the end");
        return n;
    }

    std::string text() {
        const std::size_t n = number();
        if (n > left()) fail("a text past the end");
        std::string out(bytes_.substr(at_, n));
        at_ += n;
        return out;
    }

    // Reads a node into `out`, built in place: a tree has thousands of them.
    void node(YamlNode& out, int depth) {
        if (depth > max_snapshot_depth) fail("a tree nested too deeply");
        const unsigned tag = byte();
        if ((tag & ~(kind_bits | quoted_bit | value_bit | items_bit | entries_bit)) != 0) fail("an unknown node tag");
        out.kind = static_cast<YamlNode::Kind>(tag & kind_bits);
        out.plain = (tag & quoted_bit) == 0;
        out.line = position();
        out.column = position();
        if (tag & value_bit) {
            out.value = text();
            if (out.value.empty()) fail("an empty value announced");
        }
        if (tag & items_bit) {
            out.items.resize(count(min_node_bytes));
            for (YamlNode& item : out.items) node(item, depth + 1);
        }
        if (tag & entries_bit) {
            out.entries.resize(count(min_entry_bytes));
            for (YamlEntry& entry : out.entries) {
                entry.key = text();
                entry.line = position();
                entry.column = position();
                node(entry.value, depth + 1);
            }
        }
    }

    std::string_view bytes_;
    std::size_t at_ = 0;
};

}  // namespace

std::string write_yaml_snapshot(const YamlNode& root) {
    std::string body;
    put_node(body, root, 0);
    std::string out(magic);
    for (std::uint64_t hash = fnv1a(body), i = 0; i < hash_bytes; ++i, hash >>= 8)
        out += static_cast<char>(hash & 0xff);
    return out + body;
}

YamlNode read_yaml_snapshot(std::string_view bytes) { return Reader(bytes).document(); }

}  // namespace wwc

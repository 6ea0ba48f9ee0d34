// Snapshots of parsed YAML trees: the bundled criteria sets load from the
// snapshot made at build time exactly as from their text, and a snapshot that
// is not whole is refused.

#include <catch2/catch.hpp>

#include <cstdint>
#include <memory>
#include <string>

#include "input/criteria_catalog.hpp"
#include "input/criteria_loader.hpp"
#include "input/source_file.hpp"
#include "input/yaml_snapshot.hpp"
#include "report/formats.hpp"
#include "report/renderers.hpp"
#include "report/words.hpp"
#include "test_support.hpp"

using namespace wwc;

namespace {

// Where `a` and `b` first differ ("" when they are equal), as a path of keys and indexes.
std::string difference(const YamlNode& a, const YamlNode& b, const std::string& path) {
    if (a.kind != b.kind) return path + ": kind";
    if (a.line != b.line || a.column != b.column) return path + ": place";
    if (a.value != b.value) return path + ": value";
    if (a.plain != b.plain) return path + ": plain";
    if (a.items.size() != b.items.size()) return path + ": number of items";
    if (a.entries.size() != b.entries.size()) return path + ": number of entries";
    for (std::size_t i = 0; i < a.items.size(); ++i)
        if (std::string d = difference(a.items[i], b.items[i], path + "[" + std::to_string(i) + "]"); !d.empty())
            return d;
    for (std::size_t i = 0; i < a.entries.size(); ++i) {
        const YamlEntry& x = a.entries[i];
        const YamlEntry& y = b.entries[i];
        const std::string at = path + "." + x.key;
        if (x.key != y.key || x.line != y.line || x.column != y.column) return at + ": key";
        if (std::string d = difference(x.value, y.value, at); !d.empty()) return d;
    }
    return "";
}

std::string show_json(const CriteriaSet& set) {
    const Words words;
    return render_criteria_show_json(set, RenderOptions{words});
}

const std::string tricky = R"(plain: 1
quoted: "1"
single: 'it''s'
empty: ""
nothing:
tilde: ~
unicode: "São Paulo · Ciudad de México"
block: |
  two
  lines
list: [a, {b: c}, [], {}, "", null]
anchored: &a {x: [1, 2]}
alias: *a
? long key
: value
)";

}  // namespace

TEST_CASE("every bundled snapshot holds the tree parse_yaml gives for its text, node for node") {
    REQUIRE(!bundled_criteria().empty());
    for (const BundledCriteria& b : bundled_criteria()) {
        INFO(b.id);
        const std::string name = "criteria/" + std::string(b.id) + ".yaml";
        const ParsedYaml parsed = parse_yaml(check_utf8(b.text, name), name);
        CHECK(parsed.problems.empty());
        CHECK(difference(read_yaml_snapshot(b.snapshot), parsed.root, "root").empty());
        CHECK(write_yaml_snapshot(parsed.root) == b.snapshot);
    }
}

TEST_CASE("a bundled set loads from its snapshot as it loads from its text") {
    CriteriaCatalog catalog(default_max_file_size);
    for (const BundledCriteria& b : bundled_criteria()) {
        INFO(b.id);
        const CriteriaSet from_text = load_criteria(b.text, "criteria/" + std::string(b.id) + ".yaml");
        const std::shared_ptr<const CriteriaSet> from_snapshot = catalog.bundled(std::string(b.id));
        REQUIRE(from_snapshot);
        CHECK(from_snapshot->file == from_text.file);
        CHECK(from_snapshot->sha256 == from_text.sha256);
        CHECK(show_json(*from_snapshot) == show_json(from_text));
        CHECK(render_criteria_show_text(*from_snapshot, RenderOptions{Words()}) ==
              render_criteria_show_text(from_text, RenderOptions{Words()}));
    }
}

TEST_CASE("a snapshot gives back every kind of node, place and value") {
    const YamlNode root = wwc::test::yaml(tricky);
    const std::string snapshot = write_yaml_snapshot(root);
    CHECK(difference(read_yaml_snapshot(snapshot), root, "root").empty());
    CHECK_FALSE(read_yaml_snapshot(snapshot).find("quoted")->plain);
    CHECK(read_yaml_snapshot(snapshot).find("alias")->line == 13);
    CHECK(difference(read_yaml_snapshot(write_yaml_snapshot(YamlNode())), YamlNode(), "root").empty());
}

TEST_CASE("a truncated, altered or extended snapshot is refused") {
    const std::string snapshot = write_yaml_snapshot(wwc::test::yaml(tricky));
    for (std::size_t size = 0; size < snapshot.size(); ++size) {
        INFO(size);
        CHECK_THROWS_AS(read_yaml_snapshot(snapshot.substr(0, size)), YamlSnapshotError);
    }
    for (std::size_t at = 0; at < snapshot.size(); ++at)
        for (const unsigned flip : {0x01u, 0x80u, 0xffu}) {
            INFO(at << " ^ " << flip);
            std::string altered = snapshot;
            altered[at] = static_cast<char>(static_cast<unsigned char>(altered[at]) ^ flip);
            CHECK_THROWS_AS(read_yaml_snapshot(altered), YamlSnapshotError);
        }
    CHECK_THROWS_AS(read_yaml_snapshot(snapshot + '\0'), YamlSnapshotError);
    CHECK_THROWS_WITH(read_yaml_snapshot("wwcyaml\x02" + snapshot.substr(8)),
                      "yaml snapshot: not a snapshot of this version at byte 0");
}

TEST_CASE("a snapshot's structure is checked even when its hash matches") {
    // Snapshots written by hand with a correct hash, to reach the checks past it.
    const auto with_hash = [](const std::string& body) {
        std::uint64_t h = 0xcbf29ce484222325u;
        for (const char c : body) h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3u;
        std::string out("wwcyaml\x01", 8);
        for (int i = 0; i < 8; ++i, h >>= 8) out += static_cast<char>(h & 0xff);
        return out + body;
    };
    const YamlNode hi = read_yaml_snapshot(with_hash(std::string("\x09\x02\x03\x02hi", 6)));
    CHECK((hi.kind == YamlNode::Kind::scalar && hi.plain && hi.line == 2 && hi.column == 3 && hi.value == "hi"));
    CHECK_THROWS_WITH(read_yaml_snapshot(with_hash(std::string("\x41\x01\x01", 3))),
                      "yaml snapshot: an unknown node tag at byte 17");
    CHECK_THROWS_WITH(read_yaml_snapshot(with_hash(std::string("\x09\x01\x01\x09hi", 6))),
                      "yaml snapshot: a text past the end at byte 20");
    CHECK_THROWS_WITH(read_yaml_snapshot(with_hash(std::string("\x12\x01\x01\xff\xff\xff\x07", 7))),
                      "yaml snapshot: a count past the end at byte 23");
    CHECK_THROWS_WITH(read_yaml_snapshot(with_hash(std::string("\x01\xff\xff\xff\xff\x0f\x01", 7))),
                      "yaml snapshot: a number out of range at byte 22");
    CHECK_THROWS_WITH(read_yaml_snapshot(with_hash(std::string("\x01\x81\x00\x01", 4))),
                      "yaml snapshot: a number written too long at byte 19");
    CHECK_THROWS_WITH(read_yaml_snapshot(with_hash(std::string("\x09\x01\x01\x00", 4))),
                      "yaml snapshot: an empty value announced at byte 20");
    std::string deep;
    for (int i = 0; i <= max_snapshot_depth + 1; ++i) deep += std::string("\x12\x01\x01\x01", 4);
    CHECK_THROWS_WITH(read_yaml_snapshot(with_hash(deep + std::string("\x00\x01\x01", 3))),
                      Catch::Contains("a tree nested too deeply"));
}

TEST_CASE("a tree deeper than a snapshot may hold is not written") {
    YamlNode root;
    YamlNode* node = &root;
    for (int i = 0; i <= max_snapshot_depth; ++i) {
        node->kind = YamlNode::Kind::sequence;
        node = &node->items.emplace_back();
    }
    CHECK_THROWS_AS(write_yaml_snapshot(root), YamlSnapshotError);
}

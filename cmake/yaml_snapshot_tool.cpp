// Build-time tool: parses a bundled criteria file with parse_yaml and writes the
// snapshot of its tree (input/yaml_snapshot.hpp), which embed_files.cmake then
// compiles in beside the text.
//
//   wwc_yaml_snapshot INPUT.yaml OUTPUT NAME
//
// NAME is how diagnostics name the file (criteria/ID.yaml). A file that does
// not parse, or parses with problems, fails the build with them.
#include <cstdio>
#include <exception>
#include <fstream>
#include <string>
#include <vector>

#include "input/source_file.hpp"
#include "input/yaml_snapshot.hpp"
#include "input/yaml_tree.hpp"
#include "model/diagnostics.hpp"

namespace {

// The English of a message, its fields filled in: enough for a build log.
std::string english(const wwc::Message& message) {
    std::string out(message.text);
    for (std::size_t i = 0; i < message.args.size(); ++i) {
        const wwc::MessageArg& arg = message.args[i];
        const std::string field = "{" + std::to_string(i) + "}";
        const std::string value = arg.message.empty() ? arg.text : english(arg.message.front());
        for (std::size_t at = out.find(field); at != std::string::npos; at = out.find(field, at + value.size()))
            out.replace(at, field.size(), value);
    }
    return out;
}

int fail(const std::vector<wwc::Diagnostic>& diagnostics) {
    for (const wwc::Diagnostic& d : diagnostics)
        std::fprintf(stderr, "%s:%d:%d: error: %s\n", d.where.file.c_str(), d.where.line, d.where.column,
                     english(d.message).c_str());
    return 1;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 4) {
        std::fprintf(stderr, "usage: wwc_yaml_snapshot INPUT.yaml OUTPUT NAME\n");
        return 64;
    }
    const std::string name = argv[3];
    try {
        const std::string text = wwc::read_source_file(argv[1], std::size_t{1} << 30);
        const wwc::ParsedYaml parsed = wwc::parse_yaml(wwc::check_utf8(text, name), name);
        if (!parsed.problems.empty()) return fail(parsed.problems);
        const std::string snapshot = wwc::write_yaml_snapshot(parsed.root);
        std::ofstream out(argv[2], std::ios::binary | std::ios::trunc);
        out.write(snapshot.data(), static_cast<std::streamsize>(snapshot.size()));
        if (!out.flush()) {
            std::fprintf(stderr, "wwc_yaml_snapshot: cannot write %s\n", argv[2]);
            std::remove(argv[2]);  // no half snapshot left to look up to date
            return 1;
        }
    } catch (const wwc::InputError& e) {
        return fail(e.diagnostics());
    } catch (const std::exception& e) {
        std::fprintf(stderr, "wwc_yaml_snapshot: %s: %s\n", name.c_str(), e.what());
        return 1;
    }
    return 0;
}

// Benchmark reference: the cost of parsing the files with yaml-cpp alone.
// Usage: wwc_bench_parse_only PATH...  (a folder is searched recursively for
// *.yaml and *.yml). Loads each file with YAML::LoadFile, walks every node,
// and prints the number of files and nodes. Exit 1 on any error.
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cstddef>
#include <exception>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

std::size_t count_nodes(const YAML::Node& node) {
  std::size_t count = 1;
  if (node.IsSequence()) {
    for (const auto& child : node) count += count_nodes(child);
  } else if (node.IsMap()) {
    for (const auto& pair : node) count += count_nodes(pair.first) + count_nodes(pair.second);
  }
  return count;
}

bool is_yaml(const fs::path& path) {
  return path.extension() == ".yaml" || path.extension() == ".yml";
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    const fs::path arg = argv[i];
    if (fs::is_directory(arg)) {
      for (const auto& entry : fs::recursive_directory_iterator(arg))
        if (entry.is_regular_file() && is_yaml(entry.path())) files.push_back(entry.path().string());
    } else {
      files.push_back(arg.string());
    }
  }
  std::sort(files.begin(), files.end());
  std::size_t nodes = 0;
  try {
    for (const auto& file : files) nodes += count_nodes(YAML::LoadFile(file));
  } catch (const std::exception& e) {
    std::cerr << "wwc_bench_parse_only: " << e.what() << '\n';
    return 1;
  }
  std::cout << files.size() << " files, " << nodes << " nodes\n";
  return 0;
}

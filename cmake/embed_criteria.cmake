# Generates a C++ source that holds the bundled criteria files as byte arrays.
# Usage: cmake -DOUTPUT=file.cpp -DINPUTS="a.yaml|b.yaml" -P embed_criteria.cmake
string(REPLACE "|" ";" INPUTS "${INPUTS}")
set(arrays "")
set(rows "")
set(n 0)
list(SORT INPUTS)
foreach(input IN LISTS INPUTS)
  get_filename_component(id "${input}" NAME_WLE)
  file(READ "${input}" hex HEX)
  string(LENGTH "${hex}" hex_length)
  math(EXPR size "${hex_length} / 2")
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
  string(APPEND arrays "const unsigned char data${n}[] = {${bytes}0x00};\n")
  string(APPEND rows "        {\"${id}\", {reinterpret_cast<const char*>(data${n}), ${size}}},\n")
  math(EXPR n "${n} + 1")
endforeach()
file(WRITE "${OUTPUT}.new" "// Generated from criteria/*.yaml by cmake/embed_criteria.cmake. Do not edit.
#include \"criteria_catalog.hpp\"

namespace wwc {
namespace {
${arrays}}  // namespace

const std::vector<BundledCriteria>& bundled_criteria() {
    static const std::vector<BundledCriteria> sets = {
${rows}    };
    return sets;
}

}  // namespace wwc
")
file(COPY_FILE "${OUTPUT}.new" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.new")

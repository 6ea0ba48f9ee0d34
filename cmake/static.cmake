# WWC_STATIC: one self-contained wwc-score that runs on any x86-64 Linux, in an
# empty root or a FROM scratch image. Debian ships no static libfmt, so fmt is
# used header-only; yaml-cpp comes from Debian's libyaml-cpp.a.
#
# Sets WWC_FMT_TARGET and WWC_YAML_TARGET (what to link for fmt and yaml-cpp)
# and defines wwc_static_executable(target). Needs find_package(fmt) and
# find_package(yaml-cpp) first.
option(WWC_STATIC "Link wwc-score statically" OFF)

if(WWC_STATIC)
  find_library(WWC_YAML_CPP_STATIC NAMES libyaml-cpp.a REQUIRED)
  get_target_property(yaml_cpp_include yaml-cpp INTERFACE_INCLUDE_DIRECTORIES)
  add_library(wwc_yaml_cpp_static STATIC IMPORTED)
  set_target_properties(wwc_yaml_cpp_static PROPERTIES IMPORTED_LOCATION ${WWC_YAML_CPP_STATIC}
                                                       INTERFACE_INCLUDE_DIRECTORIES ${yaml_cpp_include})
  set(WWC_FMT_TARGET fmt::fmt-header-only)
  set(WWC_YAML_TARGET wwc_yaml_cpp_static)
  # -static-pie links every object into one position-independent executable.
  set(CMAKE_POSITION_INDEPENDENT_CODE ON)
else()
  set(WWC_FMT_TARGET fmt::fmt)
  set(WWC_YAML_TARGET yaml-cpp)
endif()

# Links TARGET with no shared library at all when WWC_STATIC is on. -static-pie
# rather than -static: CLI11 answers --version with an exception, and in a
# non-PIE static binary the first throw sorts every unwind entry of the binary
# (--version took 2.7x /bin/true that way, 1.5x with -static-pie).
function(wwc_static_executable target)
  if(WWC_STATIC)
    target_link_options(${target} PRIVATE -static-pie)
  endif()
endfunction()

# One static library per layer of src/, each seeing only the headers of the
# layers it links: a layer's headers are reachable as "<layer>/x.hpp" through
# an include root that holds that layer alone, so an include that points up
# the layers fails to compile (docs/architecture.md; tested by `layers`).
#
#   wwc_layer(NAME [LAYER layer] SOURCES... [PUBLIC deps...] [PRIVATE deps...])
#
# LAYER builds part of another layer's folder as a library of its own, wwc_NAME,
# with that layer's include root (default: the folder src/NAME).
set(WWC_LAYER_ROOTS ${PROJECT_BINARY_DIR}/layers)

function(wwc_layer name)
  cmake_parse_arguments(PARSE_ARGV 1 arg "" "LAYER" "SOURCES;PUBLIC;PRIVATE")
  if(NOT arg_LAYER)
    set(arg_LAYER ${name})
  endif()
  set(root ${WWC_LAYER_ROOTS}/${arg_LAYER})
  file(MAKE_DIRECTORY ${root})
  file(CREATE_LINK ${PROJECT_SOURCE_DIR}/src/${arg_LAYER} ${root}/${arg_LAYER} SYMBOLIC)
  add_library(wwc_${name} STATIC ${arg_SOURCES})
  target_include_directories(wwc_${name} PUBLIC ${root})
  target_link_libraries(wwc_${name} PUBLIC ${arg_PUBLIC} PRIVATE ${arg_PRIVATE} wwc_warnings wwc_settings)
endfunction()

# Fails the configure step when a source includes a header with "..": every
# include names its layer, so the include roots decide what it may see.
function(wwc_check_includes)
  file(GLOB_RECURSE sources ${PROJECT_SOURCE_DIR}/src/*.cpp ${PROJECT_SOURCE_DIR}/src/*.hpp)
  foreach(source IN LISTS sources)
    file(STRINGS ${source} relative REGEX "^#include \"\\.\\./")
    if(relative)
      message(FATAL_ERROR "${source}: includes a path with '..'; include \"<layer>/<file>.hpp\" instead")
    endif()
  endforeach()
endfunction()

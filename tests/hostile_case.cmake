# Runs `wwc-score check` on one hostile file (`wwc-score criteria lint` on a
# criteria-*.yaml file) and compares its exit code and the whole first error
# line on stderr (the first line when there is no error) with NAME.expected
# ("exit: N", then the line).
#   cmake -DBINARY=... -DFILE=dir/name.yaml -DEXPECTED=name.expected -P hostile_case.cmake
get_filename_component(name ${FILE} NAME)
get_filename_component(dir ${FILE} DIRECTORY)
# The text is handled as strings, never as CMake lists: a line may hold '[' or ';'.
file(READ ${EXPECTED} expected)
if(NOT expected MATCHES "^exit: [0-9]+\n[^\n]*\n?$")
  message(FATAL_ERROR "${EXPECTED}: expected two lines, the exit code and the first line on stderr")
endif()
string(REGEX MATCH "^exit: [0-9]+" wanted_exit "${expected}")
string(REGEX REPLACE "^exit: [0-9]+\n([^\n]*)\n?$" "\\1" wanted_error "${expected}")
if(name MATCHES "^criteria-")
  set(command criteria lint)
else()
  set(command check)
endif()
execute_process(COMMAND ${BINARY} ${command} ${name} WORKING_DIRECTORY ${dir}
                RESULT_VARIABLE code OUTPUT_QUIET ERROR_VARIABLE errors)
if(NOT wanted_exit STREQUAL "exit: ${code}")
  message(FATAL_ERROR "${name}: exit ${code}, expected '${wanted_exit}'\n${errors}")
endif()
string(REGEX MATCH "(^|\n)[^\n]*: error: [^\n]*" first "${errors}")
if(first STREQUAL "")
  string(REGEX MATCH "^[^\n]*" first "${errors}")
endif()
string(REGEX REPLACE "^\n" "" first "${first}")
if(NOT first STREQUAL wanted_error)
  message(FATAL_ERROR "${name}: expected the first line\n  ${wanted_error}\ngot\n  ${first}\n(all of stderr:\n${errors})")
endif()

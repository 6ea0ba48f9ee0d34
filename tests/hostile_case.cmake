# Runs `wwc-score check` on one hostile file (from the tests/hostile folder) and
# compares the exit code and the first error line with NAME.expected.
get_filename_component(name ${FILE} NAME_WE)
get_filename_component(dir ${FILE} DIRECTORY)
file(STRINGS ${dir}/${name}.expected expected)
execute_process(COMMAND ${BINARY} check ${name}.yaml WORKING_DIRECTORY ${dir}
                RESULT_VARIABLE code OUTPUT_QUIET ERROR_VARIABLE errors)
list(GET expected 0 wanted_exit)
if(NOT wanted_exit STREQUAL "exit: ${code}")
  message(FATAL_ERROR "${name}: exit ${code}, expected '${wanted_exit}'\n${errors}")
endif()
list(LENGTH expected lines)
if(lines GREATER 1)
  list(GET expected 1 wanted_error)
  string(FIND "${errors}" "${wanted_error}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "${name}: expected the error\n  ${wanted_error}\ngot\n${errors}")
  endif()
endif()

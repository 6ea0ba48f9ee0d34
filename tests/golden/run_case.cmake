# Runs one golden case: CASE_DIR/args holds the command line (one argument per
# line, relative to the repository); expected.<format> the output of
# `--format <format>`, expected.out the output with no format. A mismatch
# writes actual.<format> beside it; UPDATE_GOLDEN=1 rewrites the expectation.
file(STRINGS ${CASE_DIR}/args args)
file(GLOB expectations ${CASE_DIR}/expected.*)
foreach(expected IN LISTS expectations)
  get_filename_component(ext ${expected} EXT)
  string(SUBSTRING ${ext} 1 -1 format)
  set(format_args --format ${format} --color never)
  if(format STREQUAL "out")
    set(format_args "")
  endif()
  execute_process(COMMAND ${BINARY} ${args} ${format_args}
                  OUTPUT_VARIABLE actual ERROR_VARIABLE errors RESULT_VARIABLE code)
  set(actual "${actual}exit: ${code}\n")
  if(errors)
    set(actual "${actual}stderr:\n${errors}")
  endif()
  file(READ ${expected} wanted)
  if(NOT actual STREQUAL wanted)
    if("$ENV{UPDATE_GOLDEN}" STREQUAL "1")
      file(WRITE ${expected} "${actual}")
      message(STATUS "updated ${expected}")
    else()
      file(WRITE ${CASE_DIR}/actual.${format} "${actual}")
      message(FATAL_ERROR "${expected} differs; see ${CASE_DIR}/actual.${format} "
                          "(UPDATE_GOLDEN=1 ctest rewrites it)")
    endif()
  else()
    file(REMOVE ${CASE_DIR}/actual.${format})
  endif()
endforeach()

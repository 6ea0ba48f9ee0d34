# Runs one golden case (tests/golden/README.md): CASE_DIR/args holds the command
# line, one argument per line, relative to the repository; expected.<format> the
# output of `--format <format>`, expected.out the output with no --format. A
# mismatch writes actual.<format> into ACTUAL_DIR; UPDATE_GOLDEN=1 rewrites the
# expectation instead. An expectation that starts with "<body" holds an HTML
# page from its <body> on: the head (the style sheet) is checked by one case only.
file(STRINGS ${CASE_DIR}/args args)
file(GLOB expectations ${CASE_DIR}/expected.*)
if(NOT expectations)
  message(FATAL_ERROR "${CASE_DIR} has no expected.* file: the case would check nothing")
endif()
foreach(expected IN LISTS expectations)
  get_filename_component(ext ${expected} EXT)
  string(SUBSTRING ${ext} 1 -1 format)
  # No --color: check and batch have none, and output captured here is never
  # a terminal, so text reports are plain.
  set(format_args --format ${format})
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
  string(FIND "${wanted}" "<body" body_at)
  if(body_at EQUAL 0)
    string(FIND "${actual}" "<body" actual_body)
    if(actual_body GREATER_EQUAL 0)
      string(SUBSTRING "${actual}" ${actual_body} -1 actual)
    endif()
  endif()
  # An expected page whose stylesheet is written <style>…</style> is compared
  # without it: its head (lang, title) is checked, the stylesheet only once, in
  # the case that keeps a whole page.
  set(elided "<style>…</style>")
  string(FIND "${wanted}" "${elided}" elided_at)
  string(FIND "${actual}" "<style>" style_at)
  string(FIND "${actual}" "</style>" style_end)
  if(elided_at GREATER_EQUAL 0 AND style_at GREATER_EQUAL 0 AND style_end GREATER style_at)
    string(SUBSTRING "${actual}" 0 ${style_at} before)
    math(EXPR after_at "${style_end} + 8")
    string(SUBSTRING "${actual}" ${after_at} -1 after)
    set(actual "${before}${elided}${after}")
  endif()
  if(NOT actual STREQUAL wanted)
    if("$ENV{UPDATE_GOLDEN}" STREQUAL "1")
      file(WRITE ${expected} "${actual}")
      message(STATUS "updated ${expected}")
    else()
      file(WRITE ${ACTUAL_DIR}/actual.${format} "${actual}")
      message(FATAL_ERROR "${expected} differs; see ${ACTUAL_DIR}/actual.${format} "
                          "(diff -u ${expected} ${ACTUAL_DIR}/actual.${format}; UPDATE_GOLDEN=1 ctest rewrites it)")
    endif()
  else()
    file(REMOVE ${ACTUAL_DIR}/actual.${format})
  endif()
endforeach()

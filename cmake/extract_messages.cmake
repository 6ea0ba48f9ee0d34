# Writes the message template OUTPUT (a .pot) from the sources under SOURCE_DIR/src:
# every English template given to say, plural, msg and translatable.
# Usage: cmake -DSOURCE_DIR=. -DOUTPUT=po/wwc-score.pot -DXGETTEXT=xgettext -P extract_messages.cmake
get_filename_component(SOURCE_DIR "${SOURCE_DIR}" ABSOLUTE)
file(GLOB_RECURSE sources RELATIVE ${SOURCE_DIR} ${SOURCE_DIR}/src/*.cpp ${SOURCE_DIR}/src/*.hpp)
list(SORT sources)
execute_process(
  COMMAND ${XGETTEXT} --language=C++ --from-code=UTF-8 --no-wrap --sort-output --add-comments=TRANSLATORS:
          --keyword= --keyword=say:1 --keyword=plural:1,2 --keyword=msg:1 --keyword=translatable:1
          --add-location=file --package-name=wwc-score
          --msgid-bugs-address=https://github.com/wwc-score/wwc-score/issues --output=${OUTPUT} ${sources}
  WORKING_DIRECTORY ${SOURCE_DIR}
  RESULT_VARIABLE failed)
if(failed)
  message(FATAL_ERROR "xgettext failed")
endif()
# The template carries no creation date, so that it changes only when a message does.
file(READ ${OUTPUT} pot)
string(REGEX REPLACE "\"POT-Creation-Date: [^\"]*\\\\n\"\n" "" pot "${pot}")
string(REPLACE "# SOME DESCRIPTIVE TITLE.\n" "# Messages of wwc-score: the template the translations follow.\n" pot "${pot}")
string(REGEX REPLACE "# Copyright \\(C\\) YEAR[^\n]*\n" "" pot "${pot}")
string(REGEX REPLACE "# FIRST AUTHOR[^\n]*\n" "" pot "${pot}")
file(WRITE ${OUTPUT} "${pot}")

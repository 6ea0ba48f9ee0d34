# The message catalogs: po/LANG.po compiled with `msgfmt --check` and embedded
# in the binary (report/catalog.hpp reads them). `cmake --build build -t update-po`
# re-extracts po/wwc-score.pot from the sources and merges it into each .po.
find_program(WWC_MSGFMT msgfmt)
find_program(WWC_XGETTEXT xgettext)
find_program(WWC_MSGMERGE msgmerge)
find_program(WWC_MSGATTRIB msgattrib)
if(NOT WWC_MSGFMT)
  message(FATAL_ERROR "msgfmt not found: install gettext (apt install gettext)")
endif()

file(GLOB WWC_PO_FILES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/po/*.po)
set(WWC_MO_FILES "")
foreach(po IN LISTS WWC_PO_FILES)
  get_filename_component(lang ${po} NAME_WE)
  set(mo ${PROJECT_BINARY_DIR}/generated/po/${lang}.mo)
  add_custom_command(
    OUTPUT ${mo}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/generated/po
    COMMAND ${WWC_MSGFMT} --check --output-file=${mo} ${po}
    DEPENDS ${po}
    COMMENT "Compiling the ${lang} messages"
    VERBATIM)
  list(APPEND WWC_MO_FILES ${mo})
endforeach()

set(WWC_CATALOGS ${PROJECT_BINARY_DIR}/generated/bundled_catalogs.cpp)
string(REPLACE ";" "|" WWC_MO_ARG "${WWC_MO_FILES}")
add_custom_command(
  OUTPUT ${WWC_CATALOGS}
  COMMAND ${CMAKE_COMMAND} -DOUTPUT=${WWC_CATALOGS} "-DINPUTS=${WWC_MO_ARG}" -DHEADER=report/catalog.hpp
          -DFUNCTION=bundled_catalogs -DROW=BundledCatalog -P ${PROJECT_SOURCE_DIR}/cmake/embed_files.cmake
  DEPENDS ${WWC_MO_FILES} ${PROJECT_SOURCE_DIR}/cmake/embed_files.cmake
  COMMENT "Embedding message catalogs"
  VERBATIM)

if(WWC_XGETTEXT AND WWC_MSGMERGE AND WWC_MSGATTRIB)
  set(update_commands "")
  foreach(po IN LISTS WWC_PO_FILES)
    list(APPEND update_commands COMMAND ${WWC_MSGMERGE} --quiet --update --backup=none --no-wrap --sort-output --add-location=file
                                        ${po} ${PROJECT_SOURCE_DIR}/po/wwc-score.pot
                                COMMAND ${WWC_MSGATTRIB} --no-obsolete --no-wrap --sort-output --output-file=${po} ${po})
  endforeach()
  add_custom_target(update-po
    COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${PROJECT_SOURCE_DIR} -DOUTPUT=${PROJECT_SOURCE_DIR}/po/wwc-score.pot
            -DXGETTEXT=${WWC_XGETTEXT} -P ${PROJECT_SOURCE_DIR}/cmake/extract_messages.cmake
    ${update_commands}
    COMMENT "Extracting messages into po/wwc-score.pot and merging them into po/*.po"
    VERBATIM)
endif()

# What `cmake --install` puts beside the binary (man page, bash completion,
# documentation, Debian copyright and changelog), and the packages CPack
# makes from it: `cpack -G DEB` (installs under /usr) and `cpack -G TGZ`.
# The Debian files are what lintian asks of a package: a machine-readable
# copyright, a changelog and a compressed man page. Needs GNUInstallDirs.

set(WWC_HOMEPAGE "https://github.com/wwc-score/wwc-score" CACHE STRING "Home page named by the packages")
set(WWC_MAINTAINER "wwc-score maintainers <wwc-score@users.noreply.github.com>"
    CACHE STRING "Maintainer named by the packages: Name <address>")

set(packaging_dir ${PROJECT_BINARY_DIR}/packaging)

# The man page, compressed reproducibly (man reads .gz; lintian wants it).
add_custom_command(
  OUTPUT ${packaging_dir}/wwc-score.1.gz
  COMMAND ${CMAKE_COMMAND} -DINPUT=${PROJECT_SOURCE_DIR}/docs/wwc-score.1 -DOUTPUT=${packaging_dir}/wwc-score.1.gz
          -P ${PROJECT_SOURCE_DIR}/cmake/gzip.cmake
  DEPENDS ${PROJECT_SOURCE_DIR}/docs/wwc-score.1 ${PROJECT_SOURCE_DIR}/cmake/gzip.cmake
  VERBATIM)

# The Debian changelog of this version, made from its docs/changelog.md section.
# Named changelog.gz, not changelog.Debian.gz: the package version is the
# upstream version with no Debian revision, which makes it a native package.
add_custom_command(
  OUTPUT ${packaging_dir}/changelog.gz
  COMMAND ${CMAKE_COMMAND} -DCHANGELOG=${PROJECT_SOURCE_DIR}/docs/changelog.md -DVERSION=${PROJECT_VERSION}
          -DMAINTAINER=${WWC_MAINTAINER} -DOUTPUT=${packaging_dir}/changelog.Debian
          -P ${PROJECT_SOURCE_DIR}/cmake/debian_changelog.cmake
  COMMAND ${CMAKE_COMMAND} -DINPUT=${packaging_dir}/changelog.Debian -DOUTPUT=${packaging_dir}/changelog.gz
          -P ${PROJECT_SOURCE_DIR}/cmake/gzip.cmake
  DEPENDS ${PROJECT_SOURCE_DIR}/docs/changelog.md ${PROJECT_SOURCE_DIR}/cmake/debian_changelog.cmake
          ${PROJECT_SOURCE_DIR}/cmake/gzip.cmake
  VERBATIM)
add_custom_target(wwc_packaging_files ALL DEPENDS ${packaging_dir}/wwc-score.1.gz ${packaging_dir}/changelog.gz)

# debian/copyright in the machine-readable format 1.0, from LICENSE (MIT is
# called Expat there): its copyright line, then its text as the licence.
file(READ ${PROJECT_SOURCE_DIR}/LICENSE license)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/LICENSE)
if(NOT license MATCHES "\nCopyright \\(c\\) ([^\n]+)\n\n(.*)$")
  message(FATAL_ERROR "LICENSE: no 'Copyright (c) ...' line followed by the licence text")
endif()
set(copyright_holder ${CMAKE_MATCH_1})
string(STRIP "${CMAKE_MATCH_2}" license_text)
string(REGEX REPLACE "\n\n+" "\n.\n" license_text "${license_text}")
string(REPLACE "\n" "\n " license_text "${license_text}")
file(CONFIGURE OUTPUT ${packaging_dir}/copyright CONTENT [[
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: wwc-score
Upstream-Contact: @WWC_MAINTAINER@
Source: @WWC_HOMEPAGE@

Files: *
Copyright: @copyright_holder@
License: Expat
 @license_text@
]] @ONLY)

install(FILES ${packaging_dir}/wwc-score.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES README.md LICENSE ${packaging_dir}/copyright ${packaging_dir}/changelog.gz
        DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(DIRECTORY docs/ DESTINATION ${CMAKE_INSTALL_DOCDIR} FILES_MATCHING PATTERN "*.md"
        PATTERN screenshots EXCLUDE)
install(FILES contrib/wwc-score.bash DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
        RENAME wwc-score)

set(CPACK_GENERATOR DEB TGZ)
set(CPACK_PACKAGE_NAME wwc-score)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The wwc-score authors")
set(CPACK_PACKAGE_CONTACT ${WWC_MAINTAINER})
set(CPACK_PACKAGE_HOMEPAGE_URL ${WWC_HOMEPAGE})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "score cities against the What Works Cities Certification")
set(CPACK_PACKAGE_DESCRIPTION [[
wwc-score reads a city's self-assessment (a YAML file) and scores it against
the What Works Cities Certification standard: the level the city reaches,
the level it is heading for, and what stands between it and each higher
level (points short, required criteria, outcomes, blocked criteria and the
shortest road there).

The 2022 standard and a reconstruction of the 2018 revision are built in.
Reports come as text, JSON, Markdown, HTML, CSV, JUnit, SARIF and GitHub
annotations; gates such as --require-level make it fit for CI.]])
set(CPACK_PACKAGE_FILE_NAME wwc-score-${PROJECT_VERSION}-${CMAKE_SYSTEM_NAME}-${CMAKE_SYSTEM_PROCESSOR})
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# The .deb installs under /usr; the tarball keeps bin/, share/ at its top.
set(CPACK_PROJECT_CONFIG_FILE ${PROJECT_SOURCE_DIR}/cmake/cpack_options.cmake)
include(CPack)

# cmake -DCHANGELOG=docs/changelog.md -DVERSION=X.Y.Z -DMAINTAINER="Name <mail>"
#       -DOUTPUT=changelog.Debian -P debian_changelog.cmake
# Writes the Debian changelog entry of VERSION from its section of the Keep a
# Changelog file: "## [X.Y.Z] - YYYY-MM-DD", bullets "- " with continuation
# lines indented by two spaces; "### Added" headings are dropped. Without such
# a section (a version bumped before its changelog) the [Unreleased] section
# is used, dated by SOURCE_DATE_EPOCH or now, with distribution UNRELEASED.
file(READ ${CHANGELOG} text)
string(REPLACE "." "\\." version_regex "${VERSION}")
if(text MATCHES "\n## \\[${version_regex}\\] - ([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])\n")
  set(year ${CMAKE_MATCH_1})
  set(month ${CMAKE_MATCH_2})
  set(day ${CMAKE_MATCH_3})
  set(heading "\n## [${VERSION}]")
  set(distribution unstable)
else()
  message(WARNING "${CHANGELOG} has no '## [${VERSION}] - YYYY-MM-DD' section: "
                  "the package changelog takes [Unreleased] (see docs/release.md)")
  string(TIMESTAMP year "%Y" UTC)
  string(TIMESTAMP month "%m" UTC)
  string(TIMESTAMP day "%d" UTC)
  set(heading "\n## [Unreleased]")
  set(distribution UNRELEASED)
endif()

# The section's body: from the line after its heading to the next heading or
# link definition.
string(FIND "${text}" "${heading}" start)
string(SUBSTRING "${text}" ${start} -1 body)
string(REGEX REPLACE "^\n[^\n]*\n" "" body "${body}")
string(REGEX REPLACE "\n(## |\\[)[^\n]*.*$" "" body "\n${body}")
string(REGEX REPLACE "\n### [^\n]*" "" body "${body}")
string(REGEX REPLACE "\n\n+" "\n" body "${body}")
string(REPLACE "\n  " "\n    " body "${body}")
string(REPLACE "\n- " "\n  * " body "${body}")
string(STRIP "${body}" body)
if(body STREQUAL "")
  set(body "* Release ${VERSION}.")
endif()

# Day of the week (Sakamoto's method), as RFC 5322 dates need it.
math(EXPR m "${month}")
math(EXPR d "${day}")
math(EXPR y "${year}")
if(m LESS 3)
  math(EXPR y "${y} - 1")
endif()
math(EXPR month_index "${m} - 1")
set(offsets 0 3 2 5 0 3 5 1 4 6 2 4)
set(weekdays Sun Mon Tue Wed Thu Fri Sat)
set(months Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec)
list(GET offsets ${month_index} offset)
math(EXPR weekday "(${y} + ${y} / 4 - ${y} / 100 + ${y} / 400 + ${offset} + ${d}) % 7")
list(GET weekdays ${weekday} weekday_name)
list(GET months ${month_index} month_name)

file(WRITE ${OUTPUT} "wwc-score (${VERSION}) ${distribution}; urgency=medium\n\n  ${body}\n\n"
                     " -- ${MAINTAINER}  ${weekday_name}, ${day} ${month_name} ${year} 00:00:00 +0000\n")

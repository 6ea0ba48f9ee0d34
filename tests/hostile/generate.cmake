# Writes the hostile files too large to keep in git into OUTPUT_DIR: a file
# just over the 1 MiB limit, and one just under it that is mostly one scalar.
set(head "format: wwc-assessment/1\ncriteria: wwc-2022\ncity: {name: X, country: US, population: 40000}\nassessed_on: 2024-01-01\nresponses: {DM1: met}\n")
string(REPEAT "x" 60 sixty)
string(REPEAT "# ${sixty}\n" 16644 comments)
file(WRITE ${OUTPUT_DIR}/too-large.yaml "${head}${comments}")
string(REPEAT "x" 900000 scalar)
file(WRITE ${OUTPUT_DIR}/huge-scalar.yaml "${head}prepared_by: ${scalar}\n")

# cmake -DINPUT=FILE -DOUTPUT=FILE.gz -P gzip.cmake
# gzip -9n: no file name and no time stamp in the header, so the same input
# always gives the same bytes (a reproducible package).
execute_process(COMMAND gzip -9n -c ${INPUT} OUTPUT_FILE ${OUTPUT} RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  file(REMOVE ${OUTPUT})
  message(FATAL_ERROR "gzip -9n ${INPUT} failed: ${status}")
endif()

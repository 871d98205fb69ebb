# Runs `lede extract ARTICLE -o OUTPUT`, then validates OUTPUT against the schema.
execute_process(COMMAND ${LEDE} extract ${ARTICLE} -o ${OUTPUT} RESULT_VARIABLE extract_status)
if(NOT extract_status EQUAL 0)
    message(FATAL_ERROR "lede extract failed with ${extract_status}")
endif()
execute_process(COMMAND ${PYTHON} ${SOURCE_DIR}/tests/schema/validate-sidecar.py
        ${SOURCE_DIR}/docs/sidecar.schema.json ${OUTPUT} ${ARTICLE}
    RESULT_VARIABLE validate_status)
if(NOT validate_status EQUAL 0)
    message(FATAL_ERROR "the sidecar does not validate")
endif()

# Runs lupdate over the sources into a copy of the French catalogue, then
# lrelease on it: any new, changed or untranslated string makes this fail.
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
file(COPY ${SOURCE_DIR}/resources/translations/tiller_fr.ts DESTINATION ${WORK_DIR})
execute_process(COMMAND ${LUPDATE} -no-obsolete -locations none -silent ${SOURCE_DIR}/src ${SOURCE_DIR}/include
                        -ts ${WORK_DIR}/tiller_fr.ts
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed: ${out}${err}")
endif()
execute_process(COMMAND ${LRELEASE} ${WORK_DIR}/tiller_fr.ts -qm ${WORK_DIR}/tiller_fr.qm
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
message(STATUS "${out}")
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lrelease failed: ${out}${err}")
endif()
if(NOT out MATCHES "Generated [0-9]+ translation\\(s\\) \\([0-9]+ finished and 0 unfinished\\)")
    message(FATAL_ERROR "French translation incomplete:\n${out}")
endif()
if(out MATCHES "Ignored [0-9]+ untranslated")
    message(FATAL_ERROR "French translation has untranslated strings:\n${out}")
endif()

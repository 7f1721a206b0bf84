# ctest helper: run SIM on ELF and pass when the exit status is EXPECT.
execute_process(COMMAND "${SIM}" -M "${MACHINE}" -cpu "${CPU}" -smp "${SMP}" -m 256 -semihosting -nographic -kernel "${ELF}"
                RESULT_VARIABLE rc)
if(NOT rc STREQUAL "${EXPECT}")
    message(FATAL_ERROR "exit status ${rc}, expected ${EXPECT}")
endif()

# Building bare-metal AArch64 ELF programs (the arch test suite, the examples) with the
# GNU cross compiler. Include this file, then call trapeze_baremetal_elf() when
# AARCH64_CC was found:
#
#   trapeze_baremetal_elf(NAME <name> SOURCES <files...>
#                         [OUTPUT_DIR <dir>]          # default: the current binary dir
#                         [LINKER_SCRIPT <file>]      # default: testsuites/arch/lib/link.ld
#                         [INCLUDE_DIRS <dirs...>] [DEFINES <defs...>] [FLAGS <flags...>]
#                         [NO_COMMON_LIB])            # leave out testsuites/arch/lib
#
# It builds <OUTPUT_DIR>/<name>.elf through a custom target <name>_elf (part of ALL) and
# sets <name>_ELF in the caller's scope to the ELF's path.

find_program(AARCH64_CC NAMES aarch64-linux-gnu-gcc aarch64-none-elf-gcc aarch64-elf-gcc
             DOC "AArch64 GNU cross compiler for the bare-metal test programs")

set(TRAPEZE_BAREMETAL_LIB_DIR "${CMAKE_CURRENT_LIST_DIR}/../testsuites/arch/lib"
    CACHE INTERNAL "common library of the bare-metal programs")

set(TRAPEZE_BAREMETAL_CFLAGS
    -nostdlib -ffreestanding -static -O2 -g
    -march=armv8.1-a+lse -mgeneral-regs-only -mstrict-align
    -fno-pie -no-pie -fno-stack-protector -mbranch-protection=none
    -fno-tree-loop-distribute-patterns -fno-asynchronous-unwind-tables
    -Wall -Wextra -Wno-unused-parameter
    -Wl,--build-id=none -Wl,--no-warn-rwx-segments
    CACHE INTERNAL "flags for the bare-metal programs")

function(trapeze_baremetal_elf)
    cmake_parse_arguments(BM "NO_COMMON_LIB" "NAME;OUTPUT_DIR;LINKER_SCRIPT"
                          "SOURCES;INCLUDE_DIRS;DEFINES;FLAGS" ${ARGN})
    if(NOT BM_NAME OR NOT BM_SOURCES)
        message(FATAL_ERROR "trapeze_baremetal_elf: NAME and SOURCES are required")
    endif()
    if(NOT AARCH64_CC)
        message(FATAL_ERROR "trapeze_baremetal_elf: no AArch64 cross compiler (AARCH64_CC)")
    endif()
    if(NOT BM_OUTPUT_DIR)
        set(BM_OUTPUT_DIR "${CMAKE_CURRENT_BINARY_DIR}")
    endif()
    if(NOT BM_LINKER_SCRIPT)
        set(BM_LINKER_SCRIPT "${TRAPEZE_BAREMETAL_LIB_DIR}/link.ld")
    endif()

    set(sources)
    foreach(src IN LISTS BM_SOURCES)
        get_filename_component(abs "${src}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
        list(APPEND sources "${abs}")
    endforeach()
    set(deps ${sources} "${BM_LINKER_SCRIPT}")
    set(incs)
    if(NOT BM_NO_COMMON_LIB)
        file(GLOB lib_sources CONFIGURE_DEPENDS
             "${TRAPEZE_BAREMETAL_LIB_DIR}/*.c" "${TRAPEZE_BAREMETAL_LIB_DIR}/*.S")
        file(GLOB lib_headers CONFIGURE_DEPENDS "${TRAPEZE_BAREMETAL_LIB_DIR}/*.h")
        list(SORT lib_sources)
        list(APPEND sources ${lib_sources})
        list(APPEND deps ${lib_sources} ${lib_headers})
        list(APPEND incs "-I${TRAPEZE_BAREMETAL_LIB_DIR}")
    endif()
    foreach(dir IN LISTS BM_INCLUDE_DIRS)
        get_filename_component(abs "${dir}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
        list(APPEND incs "-I${abs}")
    endforeach()
    set(defs "-DTEST_NAME=\"${BM_NAME}\"")
    foreach(d IN LISTS BM_DEFINES)
        list(APPEND defs "-D${d}")
    endforeach()

    file(MAKE_DIRECTORY "${BM_OUTPUT_DIR}")
    set(elf "${BM_OUTPUT_DIR}/${BM_NAME}.elf")
    add_custom_command(
        OUTPUT "${elf}"
        COMMAND "${AARCH64_CC}" ${TRAPEZE_BAREMETAL_CFLAGS} ${BM_FLAGS} ${incs} ${defs}
                -T "${BM_LINKER_SCRIPT}" -o "${elf}" ${sources}
        DEPENDS ${deps}
        COMMENT "Building bare-metal AArch64 program ${BM_NAME}.elf"
        VERBATIM)
    add_custom_target("${BM_NAME}_elf" ALL DEPENDS "${elf}")
    set(${BM_NAME}_ELF "${elf}" PARENT_SCOPE)
endfunction()

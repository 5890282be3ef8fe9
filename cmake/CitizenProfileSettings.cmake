# The one place that applies the project's common settings to a target:
# language level, warnings, Qt strictness and hardening. Every target of the
# tree calls cp_apply_settings().

option(CP_WARNINGS_AS_ERRORS "Treat compiler warnings as errors (CI turns this on)" OFF)
option(CP_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
# The fuzz preset (clang only): every target is instrumented for libFuzzer with
# AddressSanitizer and UBSan; tests/fuzz links its targets with -fsanitize=fuzzer.
option(CP_FUZZ "Build the libFuzzer targets of tests/fuzz (clang)" OFF)
if(CP_FUZZ AND NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "CP_FUZZ needs clang (libFuzzer); use the fuzz preset")
endif()

function(cp_apply_settings target)
    target_compile_features(${target} PUBLIC cxx_std_20)
    set_target_properties(${target} PROPERTIES
        CXX_EXTENSIONS OFF
        POSITION_INDEPENDENT_CODE ON)

    target_compile_definitions(${target} PRIVATE
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_CAST_FROM_BYTEARRAY
        QT_NO_CAST_TO_ASCII
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
        QT_USE_QSTRINGBUILDER
        QT_DISABLE_DEPRECATED_BEFORE=0x060400
        CP_VERSION="${PROJECT_VERSION}")

    target_compile_options(${target} PRIVATE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align
        -Woverloaded-virtual -Wformat=2 -Wimplicit-fallthrough
        -Wnull-dereference -Wdouble-promotion)
    if(CP_WARNINGS_AS_ERRORS)
        target_compile_options(${target} PRIVATE -Werror)
    endif()

    # Hardening: stack protector, fortified libc calls, full RELRO, PIE.
    target_compile_options(${target} PRIVATE -fstack-protector-strong -fstack-clash-protection)
    if(NOT CMAKE_BUILD_TYPE STREQUAL "Debug" AND NOT CP_SANITIZE AND NOT CP_FUZZ)
        target_compile_definitions(${target} PRIVATE _FORTIFY_SOURCE=2)
    endif()
    target_link_options(${target} PRIVATE -Wl,-z,relro -Wl,-z,now -Wl,-z,noexecstack)
    get_target_property(type ${target} TYPE)
    if(type STREQUAL "EXECUTABLE")
        target_compile_options(${target} PRIVATE -fPIE)
        target_link_options(${target} PRIVATE -pie)
    endif()

    if(CP_SANITIZE)
        target_compile_options(${target} PRIVATE
            -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
        target_link_options(${target} PRIVATE -fsanitize=address,undefined)
    endif()
    if(CP_FUZZ)
        # Instrumented for coverage, not linked with libFuzzer's main: only the
        # fuzz targets link -fsanitize=fuzzer (cp_add_fuzz_target in tests/fuzz).
        target_compile_options(${target} PRIVATE
            -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
            -fno-sanitize-recover=undefined)
        target_link_options(${target} PRIVATE -fsanitize=address,undefined)
    endif()
endfunction()

# A library target of the project: settings applied, headers found from the
# folder above so that includes read "domain/consent.h".
function(cp_add_library target)
    cmake_parse_arguments(ARG "" "" "SOURCES" ${ARGN})
    add_library(${target} STATIC ${ARG_SOURCES})
    cp_apply_settings(${target})
    target_include_directories(${target} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/..)
endfunction()

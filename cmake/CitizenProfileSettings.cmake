# The one place that applies the project's common settings to a target:
# language level, warnings, Qt strictness and hardening. Every target of the
# tree calls cp_apply_settings().

option(CP_WARNINGS_AS_ERRORS "Treat compiler warnings as errors (CI turns this on)" OFF)
option(CP_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
# With clang (the asan and fuzz presets) the sanitized tree also builds the
# libFuzzer targets of tests/fuzz: the core libraries (app/) are instrumented
# for coverage and only the fuzz targets link -fsanitize=fuzzer; every other
# target is an ordinary sanitized program. CP_FUZZ implies the sanitizers.
option(CP_FUZZ "Build the libFuzzer targets of tests/fuzz (clang)" OFF)
if(CP_FUZZ AND NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "CP_FUZZ needs clang (libFuzzer); use the asan or fuzz preset")
endif()
if(CP_FUZZ)
    set(CP_SANITIZE ON CACHE BOOL "" FORCE)
endif()

# Every sanitized executable carries its default sanitizer options (fatal
# UBSan, leak checks with the suppressions of tests/sanitizers/lsan.supp), so
# a test, and every program a test starts, behaves the same under ctest, by
# hand or in CI; ASAN_OPTIONS, UBSAN_OPTIONS and LSAN_OPTIONS still override.
if(CP_SANITIZE)
    add_library(cp_sanitizer_defaults OBJECT
        ${CMAKE_CURRENT_LIST_DIR}/../tests/sanitizers/sanitizerdefaults.cpp)
    target_compile_definitions(cp_sanitizer_defaults PRIVATE
        CP_LSAN_SUPPRESSIONS="${CMAKE_CURRENT_LIST_DIR}/../tests/sanitizers/lsan.supp")
    target_compile_options(cp_sanitizer_defaults PRIVATE -Wall -Wextra)
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
        # Any UBSan finding ends the program (-fno-sanitize-recover=all).
        target_compile_options(${target} PRIVATE
            -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
        target_link_options(${target} PRIVATE -fsanitize=address,undefined)
        if(type STREQUAL "EXECUTABLE")
            target_link_libraries(${target} PRIVATE cp_sanitizer_defaults)
        endif()
    endif()
endfunction()

# A library target of the project: settings applied, headers found from the
# folder above so that includes read "domain/consent.h".
function(cp_add_library target)
    cmake_parse_arguments(ARG "" "" "SOURCES" ${ARGN})
    add_library(${target} STATIC ${ARG_SOURCES})
    cp_apply_settings(${target})
    target_include_directories(${target} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/..)
    # The core's libraries are what the fuzz targets exercise: coverage
    # instrumentation for libFuzzer (without its main). The widgets and the
    # server are left out; they would only slow the sanitized suite down.
    if(CP_FUZZ AND CMAKE_CURRENT_SOURCE_DIR MATCHES "^${PROJECT_SOURCE_DIR}/app/")
        target_compile_options(${target} PRIVATE -fsanitize=fuzzer-no-link)
    endif()
endfunction()

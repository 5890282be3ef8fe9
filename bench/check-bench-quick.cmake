# bench_quick: runs scripts/bench.sh --quick on the built tree and checks
# that it printed the table with a row for every figure, each measured one
# with numbers. No timing is asserted: the machine may be busy.
execute_process(
    COMMAND ${SCRIPT} --quick --no-build --build-dir ${BUILD_DIR}
    OUTPUT_VARIABLE out
    ERROR_VARIABLE err
    RESULT_VARIABLE rc)
message("${out}")
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "bench.sh --quick failed (${rc}):\n${err}")
endif()
if(NOT out MATCHES "\\| figure \\| our result \\| baseline \\| ratio \\| target \\| met\\? \\|")
    message(FATAL_ERROR "bench.sh --quick printed no table:\n${err}")
endif()
# Every figure has its row; those measured so far carry a number, a
# numeric ratio and a yes/no.
foreach(figure 1 2 3 4 5a 5b 6 7 8)
    if(NOT out MATCHES "\n\\| ${figure}\\. ")
        message(FATAL_ERROR "no row for figure ${figure}")
    endif()
endforeach()
string(REPLACE "," ";" measured "${CP_BENCH_MEASURED}")
foreach(figure ${measured})
    if(NOT out MATCHES "\n\\| ${figure}\\. [^|]+\\| [0-9][^|]*\\| [0-9][^|]*\\| [0-9]+\\.[0-9]+ \\| [^|]+\\| (yes|no) \\|")
        message(FATAL_ERROR "figure ${figure} has no numeric result")
    endif()
endforeach()

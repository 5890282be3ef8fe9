# One fuzz test of the fuzz preset (see CMakeLists.txt):
#   cmake -DFUZZER=<exe> -DSEEDS=<corpus dir> -DWORK=<scratch dir> -DSECONDS=<n> -P runfuzz.cmake
# Fuzzes for SECONDS with a fresh working corpus in WORK (new inputs go there;
# the seed folder is only read), keeps the log in WORK/fuzz.log, prints one
# summary line (also written to WORK/summary.txt) and fails when libFuzzer
# exits non-zero or leaves a crash, leak or timeout artifact.
foreach(var FUZZER SEEDS WORK SECONDS)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "runfuzz.cmake: ${var} is not set")
    endif()
endforeach()
get_filename_component(name "${FUZZER}" NAME)

# The targets' scratch files (backups imported, chunked files) go to tmpfs when
# there is one: the fsyncs of every restored file then cost nothing, which
# makes the backup target several times faster.
if(IS_DIRECTORY /dev/shm)
    set(ENV{TMPDIR} /dev/shm)
endif()

file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}/corpus" "${WORK}/artifacts")
execute_process(
    COMMAND "${FUZZER}" -max_total_time=${SECONDS} -timeout=30 -print_final_stats=1
            -artifact_prefix=${WORK}/artifacts/ "${WORK}/corpus" "${SEEDS}"
    RESULT_VARIABLE rc
    OUTPUT_FILE "${WORK}/fuzz.log"
    ERROR_FILE "${WORK}/fuzz.log")

file(READ "${WORK}/fuzz.log" log)
set(runs "?")
set(seconds "?")
if(log MATCHES "stat::number_of_executed_units: ([0-9]+)")
    set(runs ${CMAKE_MATCH_1})
endif()
if(log MATCHES "Done [0-9]+ runs in ([0-9]+) second")
    set(seconds ${CMAKE_MATCH_1})
endif()
file(GLOB artifacts "${WORK}/artifacts/*")
list(LENGTH artifacts crashes)
set(summary "${name}: ${seconds} s, ${runs} executions, ${crashes} crashes (exit ${rc})")
file(WRITE "${WORK}/summary.txt" "${summary}\n")
message(STATUS "${summary}")

if(NOT rc EQUAL 0 OR crashes GREATER 0)
    string(LENGTH "${log}" length)
    if(length GREATER 8000)
        math(EXPR start "${length} - 8000")
        string(SUBSTRING "${log}" ${start} -1 log)
    endif()
    message("${log}")
    message(FATAL_ERROR "${name} failed; inputs kept in ${WORK}/artifacts: ${artifacts}")
endif()

// The default options of AddressSanitizer, UBSan and LeakSanitizer, linked
// into every executable of a sanitized build (CP_SANITIZE): the runtime asks
// for them before main, so a test and every program it starts (the server,
// the CLI, the reliability driver) run with the same checks without any
// environment. ASAN_OPTIONS, UBSAN_OPTIONS and LSAN_OPTIONS override them.

extern "C" {

// Leaks are reported at exit; the exit code then becomes non-zero. The
// allocation stacks are unwound the slow way: Debian's Qt and OpenSSL have no
// frame pointers, and the fast unwinder would stop at their first frame,
// leaving the suppressions of lsan.supp nothing narrow to match. Unwinding
// the slow way costs, mostly in deep widget stacks, so only 8 frames are kept.
// That was enough for every entry of lsan.supp in the suite; with 5, the
// CLI runs of tst_cli ended with exit code 1 (a suppressed frame deeper).
// A finding's own stack is always whole.
const char *__asan_default_options()
{
    return "detect_leaks=1:fast_unwind_on_malloc=0:malloc_context_size=8";
}

// Every finding is fatal (the code is also built with
// -fno-sanitize-recover=all) and shows where it happened.
const char *__ubsan_default_options()
{
    return "halt_on_error=1:print_stacktrace=1";
}

// Only the known leaks of Qt and OpenSSL themselves are suppressed, each
// explained in lsan.supp; the count of suppressed leaks is not printed.
const char *__lsan_default_options()
{
    return "suppressions=" CP_LSAN_SUPPRESSIONS ":print_suppressions=0";
}
}

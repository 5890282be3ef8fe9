#!/usr/bin/env bash
# Runs the reliability suite (ctest -L reliability: kills, resumes, network
# faults, a full disk, damaged archives, a hostile server, the privacy of
# debug logs) the way scripts/test.sh runs the whole suite — dependencies,
# build, a private D-Bus session with an unlocked keyring, a temporary HOME —
# then once more with every logging category at debug level (its output is
# searched for the demo citizen's personal values and passwords), and prints
# one table from the result lines the tests write:
#
#   scenario | runs | passed | decisions lost | decisions doubled | plaintext hits
#
# and the fuzzing time per target (from the suite's own fuzz_* tests under the
# asan preset, else from scripts/fuzz.sh). Exits non-zero
# when a test failed, a scenario is missing or failed a run, or any of the
# last three columns is not zero.
#
#   scripts/reliability-report.sh                 the CI preset
#   scripts/reliability-report.sh --preset asan   under the sanitizers
#   scripts/reliability-report.sh --no-build      reuse the built tree (and the
#                                                 current session's keyring)
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

preset=ci
build=1
while [ $# -gt 0 ]; do
  case "$1" in
    --preset) preset="$2"; shift 2 ;;
    --no-build) build=0; shift ;;
    -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
    *) echo "reliability-report.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done

builddir="$root/build/$preset"
results="$builddir/reliability-results"
rm -rf "$results"
started=$(date +%s)
if [ "$build" = 1 ]; then
  "$root/scripts/test.sh" --preset "$preset" -- -L reliability
  suite=$?
else
  ctest --test-dir "$builddir" -L reliability --output-on-failure
  suite=$?
fi

# The whole suite once more with every logging category at debug level (the
# tests pass CP_RELIABILITY_LOG_RULES on to QT_LOGGING_RULES, for themselves
# and what they start), all its output kept; then searched for the demo
# citizen's personal values and the demo passwords. (tst_reliability_privacy
# also searches for the tokens and keys of its own run.)
debuglog="$builddir/reliability-debug-pass.log"
mkdir -p "$results"
sandbox=$(mktemp -d "${TMPDIR:-/tmp}/citizen-profile-reliability.XXXXXX")
mkdir -p "$sandbox"/{home,data,config,cache,runtime}
chmod 0700 "$sandbox"/*
(
  export HOME="$sandbox/home" XDG_DATA_HOME="$sandbox/data" XDG_CONFIG_HOME="$sandbox/config"
  export XDG_CACHE_HOME="$sandbox/cache" XDG_RUNTIME_DIR="$sandbox/runtime"
  export QT_QPA_PLATFORM=offscreen CP_RELIABILITY_LOG_RULES='*.debug=true'
  ctest --test-dir "$builddir" -L reliability -V >"$debuglog" 2>&1
)
debugsuite=$?
rm -rf "$sandbox"
# From server/demo/demorecords.cpp: names, passport numbers, phone, e-mails,
# addresses. The --demo banner's "demo password:" lines print the public demo
# sign-in on purpose and are left out.
secrets=("Кольцова" "Сергеевна" "412563" "683920" "+79855550143" "anna.koltsova@example.com"
         "a.koltsova@example.org" "ул. Профсоюзная" "ул. Молодёжная" "demo-2026" "demo2-2026")
hits=0
for s in "${secrets[@]}"; do
  n=$(grep -v 'demo password: ' "$debuglog" | grep -cF -- "$s" || true)
  [ "$n" -gt 0 ] && echo "reliability-report: the debug pass printed a personal value or password ${n} time(s)" >&2
  hits=$((hits + n))
done
dtests=$(grep -cE '^ *[0-9]+/[0-9]+ Test +#' "$debuglog" || true)
dpassed=$(grep -cE '^ *[0-9]+/[0-9]+ Test +#.* Passed' "$debuglog" || true)
echo "RELIABILITY scenario=debug-logs-pass runs=$dtests passed=$dpassed lost=0 doubled=0 plaintext=$hits" \
  >"$results/debug-logs-pass.result"
[ "$debugsuite" = 0 ] || suite=$debugsuite
elapsed=$(( $(date +%s) - started ))

expected=(kill-sync kill-decisions resume network disk-full corrupt hostile-server privacy-logs
          debug-logs-pass)
status=0
echo
echo "## Reliability report ($preset preset, suite ${elapsed} s, ctest exit ${suite})"
echo
echo "| scenario | runs | passed | decisions lost | decisions doubled | plaintext hits |"
echo "|---|---:|---:|---:|---:|---:|"
for scenario in "${expected[@]}"; do
  file="$results/$scenario.result"
  if [ ! -f "$file" ]; then
    echo "| $scenario | – | – | – | – | – (no result: the test did not get that far) |"
    status=1
    continue
  fi
  line=$(cat "$file")
  value() { sed -n "s/.* $1=\([0-9-]*\).*/\1/p" <<<"$line"; }
  runs=$(value runs); passed=$(value passed); lost=$(value lost)
  doubled=$(value doubled); plaintext=$(value plaintext)
  echo "| $scenario | $runs | $passed | $lost | $doubled | $plaintext |"
  if [ "$runs" != "$passed" ] || [ "$lost" != 0 ] || [ "$doubled" != 0 ] || [ "$plaintext" != 0 ]; then
    status=1
  fi
done
echo

# The asan preset fuzzes every target inside the suite (tests fuzz_*): show
# what that run did; otherwise run scripts/fuzz.sh.
fuzzwork="$builddir/tests/fuzz/work"
if compgen -G "$fuzzwork/*/summary.txt" >/dev/null; then
  echo "fuzzing (the fuzz_* tests of this run, $preset preset):"
  for summary in "$fuzzwork"/*/summary.txt; do
    echo "  $(cat "$summary")"
    grep -q ' 0 crashes (exit 0)$' "$summary" || status=1
  done
elif [ -x "$root/scripts/fuzz.sh" ]; then
  echo "fuzzing (scripts/fuzz.sh):"
  if ! "$root/scripts/fuzz.sh"; then
    echo "fuzzing: scripts/fuzz.sh failed"
    status=1
  fi
else
  echo "fuzzing: not run (scripts/fuzz.sh absent)"
fi

[ "$suite" = 0 ] || status=1
if [ "$status" = 0 ]; then
  echo "reliability-report: every scenario passed; nothing lost, nothing doubled, no plaintext"
else
  echo "reliability-report: FAILED (see the table and the test output above)" >&2
fi
exit "$status"

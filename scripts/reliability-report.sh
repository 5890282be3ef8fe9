#!/usr/bin/env bash
# Runs the reliability suite (ctest -L reliability: kills, resumes, network
# faults, a full disk, damaged archives, a hostile server, the privacy of
# debug logs) the way scripts/test.sh runs the whole suite — dependencies,
# build, a private D-Bus session with an unlocked keyring, a temporary HOME —
# then prints one table from the result lines the tests write:
#
#   scenario | runs | passed | decisions lost | decisions doubled | plaintext hits
#
# and the fuzzing time per target when scripts/fuzz.sh exists. Exits non-zero
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
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
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
elapsed=$(( $(date +%s) - started ))

expected=(kill-sync kill-decisions resume network disk-full corrupt hostile-server privacy-logs)
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

if [ -x "$root/scripts/fuzz.sh" ]; then
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

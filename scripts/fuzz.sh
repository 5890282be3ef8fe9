#!/usr/bin/env bash
# Configures and builds the fuzz preset (clang, libFuzzer, ASan and UBSan) and
# runs every fuzz target of tests/fuzz for the given number of seconds
# (default 60), one after the other, each from a copy of its seed corpus.
# Prints per target the seconds run, the executions and the crashes; exits
# non-zero when a target crashed (the input is kept under
# build/fuzz/tests/fuzz/work/<target>/artifacts/).
#
#   scripts/fuzz.sh          60 s per target
#   scripts/fuzz.sh 300      5 minutes per target
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

seconds="${1:-60}"
case "$seconds" in
  ''|*[!0-9]*) echo "fuzz.sh: the argument is a number of seconds (see the header of $0)" >&2; exit 2 ;;
esac

echo "fuzz.sh: configuring and building the fuzz preset"
cmake --preset fuzz -DCP_FUZZ_SECONDS="$seconds" >/dev/null
cmake --build --preset fuzz --parallel "$(nproc)"

work="$root/build/fuzz/tests/fuzz/work"
rm -rf "$work"
status=0
ctest --preset fuzz -L fuzz || status=$?

echo "fuzz.sh: results (${seconds} s per target)"
found=0
for summary in "$work"/*/summary.txt; do
  [ -f "$summary" ] || continue
  found=1
  echo "  $(cat "$summary")"
done
if [ "$found" -eq 0 ]; then
  echo "fuzz.sh: no target reported a result" >&2
  status=1
fi
exit "$status"

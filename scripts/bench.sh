#!/usr/bin/env bash
# Benchmarks of issue 8: builds, generates the large profile (bench/), runs
# every figure against a baseline measured in the same run, and prints one
# markdown table: figure | our result | baseline | ratio | target | met?
#
#   scripts/bench.sh                 the full run (5 runs a figure, medians)
#   scripts/bench.sh --quick         a small profile, one run a figure: the smoke
#                                    run the suite calls (no timing asserted)
#   scripts/bench.sh --build-dir DIR --no-build   use a tree built already
#   scripts/bench.sh --figures 2,5b  only these figures (the large profile is
#                                    generated only when a figure needs it)
#
# Everything runs in its own D-Bus session with an unlocked gnome-keyring and
# HOME and the XDG folders in a temporary folder, as scripts/test.sh does;
# the generated data lives under the build folder and is removed at the end.
set -euo pipefail

# The whole script is one function, read before it runs, so that editing
# this file during a run cannot change the run.
main() {
local root quick build_dir build
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

quick=""
figures=""
build_dir="$root/build/ci"
build=1
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) quick=--quick; shift ;;
    --build-dir) build_dir="$(cd "$2" && pwd)"; shift 2 ;;
    --no-build) build=""; shift ;;
    --figures) figures="--figures=$2"; shift 2 ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) echo "bench.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done

if [ -n "$build" ]; then
  echo "bench.sh: configuring and building $build_dir" >&2
  cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCP_WARNINGS_AS_ERRORS=ON >/dev/null
  cmake --build "$build_dir" --parallel "$(nproc)" --target profile-server citizen-profile \
    citizen-profile-cli cp-bench-generate cp-bench-decrypt cp-bench-minimal-window cp-bench-keychain-window cp-bench-ui \
    cp-bench-resync cp-bench-stall >&2
fi

work=$(mktemp -d "$build_dir/bench-run.XXXXXX")
# CP_BENCH_KEEP=1 keeps the generated data and archive (for profiling).
cleanup() {
  if [ -n "${CP_BENCH_KEEP:-}" ]; then echo "bench.sh: kept $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT
mkdir -p "$work"/{home,data,config,cache,runtime}
chmod 0700 "$work"/*
export HOME="$work/home"
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"
export XDG_CACHE_HOME="$work/cache" XDG_RUNTIME_DIR="$work/runtime"
export QT_QPA_PLATFORM=offscreen

echo "bench.sh: machine load: $(uptime)" >&2
dbus-run-session -- bash -c '
  set -euo pipefail
  printf "citizen-profile-bench" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  exec python3 "$1/bench/bench.py" --build "$2" --work "$3" $4 $5
' bash "$root" "$build_dir" "$work" "$quick" "$figures"
}
main "$@"

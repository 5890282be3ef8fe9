#!/usr/bin/env bash
# Installs what is needed, configures, builds and runs the whole suite, as CI
# does. The tests run inside their own D-Bus session with an unlocked
# gnome-keyring and with HOME and the XDG folders under a temporary folder,
# so nothing touches the real home; widgets render on the offscreen platform.
#
#   scripts/test.sh                 both, one after the other (what CI runs):
#                                   1. the ci preset (gcc, RelWithDebInfo,
#                                      -Werror) and the whole suite;
#                                   2. the asan preset (clang, AddressSanitizer,
#                                      UBSan, LeakSanitizer, -Werror) and the
#                                      whole suite again under the sanitizers,
#                                      with every logging category at debug
#                                      level, each libFuzzer target fuzzing for
#                                      CP_FUZZ_SECONDS, and last the search of
#                                      all that output for personal values,
#                                      passwords and tokens (suite_log_privacy)
#   scripts/test.sh --preset asan   one preset only (ci, asan, fuzz, default…)
#   scripts/test.sh -- -L unit      extra arguments after -- go to ctest
# Stops at the first preset that fails to build or pass.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

presets=(ci asan)
ctest_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --preset) presets=("$2"); shift 2 ;;
    --) shift; ctest_args=("$@"); break ;;
    -h|--help) sed -n '2,22p' "$0"; exit 0 ;;
    *) echo "test.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done

"$root/scripts/install-deps.sh"

sandbox=$(mktemp -d "${TMPDIR:-/tmp}/citizen-profile-test.XXXXXX")
cleanup() { rm -rf "$sandbox"; }
trap cleanup EXIT

run_preset() {
  local preset="$1"; shift
  echo "test.sh: configuring and building (preset $preset)"
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset" --parallel "$(nproc)"

  # A fresh sandbox for each run; the programs the tests start leave their
  # output in CP_TEST_OUTPUT_DIR for the log search (tests/privacy).
  rm -rf "${sandbox:?}"/*
  mkdir -p "$sandbox"/{home,data,config,cache,runtime}
  chmod 0700 "$sandbox"/*
  local outputs="$root/build/$preset/test-outputs"
  rm -rf "$outputs"
  (
    export HOME="$sandbox/home"
    export XDG_DATA_HOME="$sandbox/data" XDG_CONFIG_HOME="$sandbox/config"
    export XDG_CACHE_HOME="$sandbox/cache" XDG_RUNTIME_DIR="$sandbox/runtime"
    export QT_QPA_PLATFORM=offscreen
    export CP_TEST_PRESET="$preset" CP_TEST_OUTPUT_DIR="$outputs"
    # Inside the private session: unlock a fresh keyring (its password never
    # leaves this process tree), check that the secret service answers, run ctest.
    dbus-run-session -- bash -c '
      set -euo pipefail
      printf "citizen-profile-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
      if printf probe | secret-tool store --label="citizen-profile test probe" cp-test probe 2>/dev/null &&
         [ "$(secret-tool lookup cp-test probe 2>/dev/null)" = probe ]; then
        secret-tool clear cp-test probe
        echo "test.sh: gnome-keyring answers in the test session"
      else
        echo "test.sh: the test keyring does not answer; keychain tests will fail" >&2
      fi
      echo "test.sh: running the suite (preset $CP_TEST_PRESET)"
      exec ctest --preset "$CP_TEST_PRESET" --output-on-failure --parallel "$(nproc)" "$@"
    ' bash "$@"
  )
}

for preset in "${presets[@]}"; do
  run_preset "$preset" "${ctest_args[@]}"
done

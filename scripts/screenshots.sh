#!/usr/bin/env bash
# Grabs the main screens and the decision dialog, in Russian and English, into
# docs/screenshots/ for the README. The app runs under Xvfb on the xcb
# platform, as on a real desktop, against the real demo server, inside a
# session bus and a throwaway HOME so that the citizen's own settings,
# keychain and window state neither shape the pictures nor are touched.
# CP_BUILD_DIR points at a build folder already configured (default:
# build/default, configured and built here with the default preset).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

build="${CP_BUILD_DIR:-$root/build/default}"
if [ -z "${CP_BUILD_DIR:-}" ]; then
  cmake --preset default >/dev/null
  cmake --build --preset default --target citizen-profile-screenshots
else
  cmake --build "$build" --target citizen-profile-screenshots
fi
tool="$build/tests/ui/screenshots/citizen-profile-screenshots"
[ -x "$tool" ] || { echo "screenshots.sh: $tool was not built" >&2; exit 1; }

for command in xvfb-run dbus-run-session; do
  command -v "$command" >/dev/null ||
    { echo "screenshots.sh: $command is missing (scripts/install-deps.sh)" >&2; exit 1; }
done

out="$root/docs/screenshots"
mkdir -p "$out"
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
mkdir -p "$home/config" "$home/data" "$home/cache" "$home/runtime"
chmod 0700 "$home/runtime"

# A fixed screen of 96 dpi: the same pictures on every machine.
HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
  XDG_CACHE_HOME="$home/cache" XDG_RUNTIME_DIR="$home/runtime" \
  QT_QPA_PLATFORM=xcb QT_SCALE_FACTOR=1 QT_AUTO_SCREEN_SCALE_FACTOR=0 \
  xvfb-run -a -s "-screen 0 1600x1000x24 -dpi 96" \
  dbus-run-session -- "$tool" "$out"

echo "screenshots.sh: written to $out:"
ls -1 "$out"/*.png

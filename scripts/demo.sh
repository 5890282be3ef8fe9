#!/usr/bin/env bash
# Installs what is needed, builds, starts the reference server with demo data
# and then the app signed in to it as the demo citizen. Stops the server when
# the app closes. CP_DEMO_DIR: where the demo's server and app keep their data
# (default build/demo; kept between runs, so a second run starts signed in).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

"$root/scripts/install-deps.sh"
echo "demo.sh: building (preset default)"
cmake --preset default >/dev/null
cmake --build --preset default --parallel "$(nproc)"

build="$root/build/default"
server="$build/server/profile-server"
app="$build/ui/citizen-profile"

for binary in "$server" "$app"; do
  if [ ! -x "$binary" ]; then
    echo "demo.sh: $binary was not built; see the build output above." >&2
    exit 1
  fi
done

demo_dir="${CP_DEMO_DIR:-$root/build/demo}"
mkdir -p "$demo_dir"
chmod 0700 "$demo_dir"
out="$demo_dir/server.out"
# The file exists before the server starts: the loop below reads it at once.
: >"$out"
# stdout: the start lines (address, CA, demo sign-in); stderr: the server's log.
"$server" --data-dir "$demo_dir/server" --port 0 --demo >"$out" 2>"$demo_dir/server.log" &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null || true' EXIT

url=""
for _ in $(seq 1 100); do
  url=$(sed -n 's/^listening on \(https:\/\/[^ ]*\).*/\1/p' "$out" | head -1 || true)
  [ -n "$url" ] && break
  kill -0 "$server_pid" 2>/dev/null || { echo "demo.sh: the server stopped:"; cat "$demo_dir/server.log"; exit 1; }
  sleep 0.1
done
[ -n "$url" ] || { echo "demo.sh: the server did not start in 10 s:"; cat "$demo_dir/server.log"; exit 1; }
ca=$(sed -n 's/^CA certificate: //p' "$out" | head -1)
echo "demo.sh: reference server at $url (CA $ca)"
sed -n 's/^demo login: /demo.sh: demo citizen login: /p; s/^demo password: /demo.sh: demo citizen password: /p' "$out"

# The app signed in as the demo citizen (scripts/demo-app.sh). It keeps its
# archive key and its sign-in in the keychain: without a desktop session (no
# D-Bus session bus), a private session with a demo keyring of its own runs
# it, under Xvfb when there is no display either.
if [ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
  "$root/scripts/demo-app.sh" "$build" "$url" "$ca" "$demo_dir"
else
  echo "demo.sh: no desktop session here: a private D-Bus session with a demo keyring."
  dbus-run-session -- bash -c '
    mkdir -p "$4/keyring" && chmod 0700 "$4/keyring"
    export XDG_DATA_HOME="$4/keyring"
    printf "demo-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$0" "$@"' "$root/scripts/demo-app.sh" "$build" "$url" "$ca" "$demo_dir"
fi

#!/usr/bin/env bash
# Installs what is needed, builds, starts the reference server with demo data
# and then the app signed in to it. Stops the server when the app closes.
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
# stdout: the start lines (address, CA, demo sign-in); stderr: the server's log.
"$server" --data-dir "$demo_dir/server" --port 0 --demo >"$out" 2>"$demo_dir/server.log" &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null || true' EXIT

url=""
for _ in $(seq 1 100); do
  url=$(sed -n 's/^listening on \(https:\/\/[^ ]*\).*/\1/p' "$out" | head -1)
  [ -n "$url" ] && break
  kill -0 "$server_pid" 2>/dev/null || { echo "demo.sh: the server stopped:"; cat "$demo_dir/server.log"; exit 1; }
  sleep 0.1
done
[ -n "$url" ] || { echo "demo.sh: the server did not start in 10 s:"; cat "$demo_dir/server.log"; exit 1; }
ca=$(sed -n 's/^CA certificate: //p' "$out" | head -1)
echo "demo.sh: reference server at $url (CA $ca)"
sed -n 's/^demo login: /demo.sh: demo citizen login: /p; s/^demo password: /demo.sh: demo citizen password: /p' "$out"

echo "demo.sh: in the browser page that the app opens, sign in as demo / demo-2026."
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo "demo.sh: no display here: running the app under Xvfb (xvfb-run)."
  xvfb-run -a "$app" --server "$url" --ca "$ca" --data-dir "$demo_dir/app"
else
  "$app" --server "$url" --ca "$ca" --data-dir "$demo_dir/app"
fi

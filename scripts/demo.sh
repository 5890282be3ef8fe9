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

missing=()
[ -x "$server" ] || missing+=("profile-server, the reference backend (issue #3)")
[ -x "$app" ] || missing+=("citizen-profile, the desktop app (issue #5)")
if [ ${#missing[@]} -gt 0 ]; then
  echo "demo.sh: built everything that exists. Not built yet, so nothing to start:"
  printf '  - %s\n' "${missing[@]}"
  echo "demo.sh: what exists now is the domain library (catalogue, identifier checks,"
  echo "         trust levels, consent model) with its tests: run scripts/test.sh."
  exit 0
fi

demo_dir="${CP_DEMO_DIR:-$root/build/demo}"
mkdir -p "$demo_dir"
chmod 0700 "$demo_dir"
log="$demo_dir/server.log"
"$server" --data-dir "$demo_dir/server" --port 0 --demo >"$log" 2>&1 &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null || true' EXIT

url=""
for _ in $(seq 1 100); do
  url=$(sed -n 's/^listening on \(https:\/\/[^ ]*\).*/\1/p' "$log" | head -1)
  [ -n "$url" ] && break
  kill -0 "$server_pid" 2>/dev/null || { echo "demo.sh: the server stopped:"; cat "$log"; exit 1; }
  sleep 0.1
done
[ -n "$url" ] || { echo "demo.sh: the server did not start in 10 s:"; cat "$log"; exit 1; }
ca=$(sed -n 's/^CA certificate: //p' "$log" | head -1)
echo "demo.sh: reference server at $url (CA $ca)"
sed -n 's/^demo login: /demo.sh: demo citizen login: /p; s/^demo password: /demo.sh: demo citizen password: /p' "$log"

"$app" --server "$url" --ca "$ca" --data-dir "$demo_dir/app" --demo-sign-in

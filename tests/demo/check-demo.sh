#!/usr/bin/env bash
# check-demo.sh SOURCE_DIR BUILD_DIR: what scripts/demo.sh does after the
# build, checked. The demo server starts with --demo on a free port; the
# sign-in part of the demo (scripts/demo-app.sh) signs the demo citizen in;
# then the app itself (offscreen) starts on that data folder and must come
# up signed in: it unlocks the archive with the keychain, renews the sign-in
# and syncs, without anyone typing anything. Runs inside the suite's D-Bus
# session with its keyring (scripts/test.sh).
set -euo pipefail
src=$1 build=$2
work=$(mktemp -d)
server_pid="" app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "check-demo: FAIL: $*" >&2; exit 1; }

chmod 0700 "$work"
# The files exist before the server starts: the loop below reads them at once.
: >"$work/server.out"
: >"$work/server.log"
"$build/server/profile-server" --data-dir "$work/server" --port 0 --demo \
  >"$work/server.out" 2>"$work/server.log" &
server_pid=$!
url="" ca=""
for _ in $(seq 1 200); do
  url=$(sed -n 's/^listening on \(https:\/\/[^ ]*\).*/\1/p' "$work/server.out" | head -1 || true)
  [ -n "$url" ] && break
  sleep 0.1
done
[ -n "$url" ] || fail "the demo server did not start"
ca=$(sed -n 's/^CA certificate: //p' "$work/server.out" | head -1)

CP_DEMO_SIGN_IN_ONLY=1 "$src/scripts/demo-app.sh" "$build" "$url" "$ca" "$work" \
  >"$work/demo.out" 2>&1 || { cat "$work/demo.out"; fail "demo-app.sh failed"; }
grep -q "signed in and synced" "$work/demo.out" || { cat "$work/demo.out"; fail "no sign-in"; }

status=$("$build/app/citizen-profile-cli" --data-dir "$work/app" --json status)
echo "$status" | grep -q '"signed_in": *true' || fail "the CLI is not signed in: $status"
echo "$status" | grep -q '"vault": *"keychain"' || fail "the archive key is not in the keychain: $status"
echo "$status" | grep -q '"pending_requests": *3' || fail "the demo's requests are missing: $status"

# The app on the same folder: signed in with no one at the keyboard.
QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES="cp.*.info=true" \
  "$build/ui/citizen-profile" --server "$url" --ca "$ca" --data-dir "$work/app" \
  >"$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 300); do
  grep -q "GET /api/v1/feed 304 in" "$work/app.log" && break
  kill -0 "$app_pid" 2>/dev/null || break
  sleep 0.1
done
grep -q "key vault unlocked with the keychain" "$work/app.log" ||
  { cat "$work/app.log"; fail "the app did not unlock with the keychain"; }
grep -q "tokens refreshed" "$work/app.log" ||
  { cat "$work/app.log"; fail "the app did not renew the demo sign-in"; }
grep -q "GET /api/v1/feed 304 in" "$work/app.log" ||
  { cat "$work/app.log"; fail "the app did not sync"; }
# Nothing of the sign-in in what the demo printed.
if grep -q "demo-2026" "$work/app.log"; then fail "the demo password is in the app's log"; fi
echo "check-demo: the demo citizen is signed in; the app unlocked, renewed the sign-in and synced"

#!/usr/bin/env bash
# demo-app.sh BUILD URL CA DEMO_DIR: the app against the demo server, signed
# in as the demo citizen. Called by scripts/demo.sh, inside a D-Bus session
# with a keychain. The first time, the sign-in goes the way a citizen's does
# (authorization code with PKCE, the browser coming back to a one-shot
# listener on 127.0.0.1), with curl playing the browser on the server's login
# page: `citizen-profile-cli login --no-browser` makes the archive (its key in
# the keychain) and keeps the sign-in in the keychain; the app opens the same
# data folder and finds both.
set -euo pipefail
build=$1 url=$2 ca=$3 demo_dir=$4
cli="$build/app/citizen-profile-cli"
app="$build/ui/citizen-profile"
data="$demo_dir/app"

signed_in() {
  "$cli" --data-dir "$data" --json status 2>/dev/null | grep -q '"signed_in": *true'
}

# Plays the browser: the login form posted with the demo citizen's login,
# then the redirect followed to the CLI's listener.
play_browser() {
  local authorization=$1 path query location
  path=${authorization%%\?*}
  query=${authorization#*\?}
  curl --silent --show-error --fail --cacert "$ca" --output /dev/null "$authorization"
  location=$(curl --silent --show-error --cacert "$ca" --output /dev/null \
    --write-out '%{redirect_url}' \
    --data "$query&login=demo&password=demo-2026&action=login" "$path")
  case "$location" in
    http://127.0.0.1:*) curl --silent --show-error --output /dev/null "$location" ;;
    *) echo "demo-app.sh: the login page did not send the browser back to the app" >&2
       return 1 ;;
  esac
}

if ! signed_in; then
  echo "demo-app.sh: signing in as the demo citizen (demo / demo-2026)."
  mkdir -p "$data" && chmod 0700 "$data"
  out="$demo_dir/login.out"
  : >"$out"
  "$cli" --server "$url" --ca "$ca" --data-dir "$data" --lang en login --no-browser >"$out" &
  login_pid=$!
  authorization=""
  for _ in $(seq 1 200); do
    authorization=$(grep -m1 '^https://' "$out" || true)
    [ -n "$authorization" ] && break
    kill -0 "$login_pid" 2>/dev/null || break
    sleep 0.1
  done
  if [ -z "$authorization" ]; then
    echo "demo-app.sh: the sign-in did not start:" >&2
    cat "$out" >&2
    exit 1
  fi
  play_browser "$authorization"
  wait "$login_pid"
  "$cli" --data-dir "$data" sync >/dev/null
  echo "demo-app.sh: signed in and synced."
fi

# The suite's check of this script stops here and starts the app itself.
[ -n "${CP_DEMO_SIGN_IN_ONLY:-}" ] && exit 0

if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo "demo-app.sh: no display here: the app runs under Xvfb (xvfb-run)."
  exec xvfb-run -a "$app" --server "$url" --ca "$ca" --data-dir "$data"
fi
exec "$app" --server "$url" --ca "$ca" --data-dir "$data"

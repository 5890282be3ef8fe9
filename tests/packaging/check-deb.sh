#!/usr/bin/env bash
# The Debian packages, built by cpack from the already built tree (nothing is
# compiled again) into a scratch folder of the build tree, then checked:
#   - the files of each package (dpkg-deb -c), and nothing that must not ship
#   - the control fields: version, maintainer, description, Depends
#   - the desktop entry (desktop-file-validate) and the AppStream metainfo
#     (appstreamcli validate --no-net --strict), the icons, the .qm files
#   - the man pages name every option (and command) of the programs' --help
#   - no build-tree RPATH; --version and --help work without a display
# As root with apt-get, the packages are also installed into the machine,
# run from /usr/bin (the demo server started, the CLI asking it for its
# status), validated there and removed again (always: an EXIT trap;
# a leftover of an earlier run is removed first). Otherwise it says so and
# passes on the content checks.
#
#   check-deb.sh BUILD_DIR VERSION APP_ID CPACK
set -euo pipefail

build=$1 version=$2 appid=$3 cpack=${4:-cpack}
scratch="$build/packaging-test"
packages=(citizen-profile citizen-profile-server)
failures=0

fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
die() { echo "FAIL: $*" >&2; exit 1; }
# The programs must not need a display for --help and --version; English text.
nodisplay() { env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM LC_ALL=C.UTF-8 LANGUAGE= "$@"; }

rm -rf "$scratch"
mkdir -p "$scratch"

# --- build the packages ----------------------------------------------------------
echo "check-deb: cpack -G DEB in $build (output in $scratch/out)"
start=$SECONDS
if ! (cd "$scratch" && "$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$scratch/out") \
    >"$scratch/cpack.log" 2>&1; then
  cat "$scratch/cpack.log" >&2
  die "cpack failed"
fi
echo "check-deb: cpack took $((SECONDS - start)) s"

arch=$(dpkg --print-architecture)
app_deb="$scratch/out/citizen-profile_${version}_${arch}.deb"
server_deb="$scratch/out/citizen-profile-server_${version}_${arch}.deb"
[ -f "$app_deb" ] || { ls -l "$scratch/out" >&2; die "no $app_deb"; }
[ -f "$server_deb" ] || { ls -l "$scratch/out" >&2; die "no $server_deb"; }
for deb in "$app_deb" "$server_deb"; do
  echo "check-deb: $(basename "$deb"): $(stat -c %s "$deb") bytes"
done

# --- contents --------------------------------------------------------------------
contents() { dpkg-deb -c "$1" | awk '{print $6}'; }
contents "$app_deb" >"$scratch/app.list"
contents "$server_deb" >"$scratch/server.list"

expect() { # LIST PATH…
  local list=$1
  shift
  for path in "$@"; do
    grep -qxF "./$path" "$list" || fail "$(basename "$list" .list) package lacks /$path"
  done
}
expect "$scratch/app.list" \
  usr/bin/citizen-profile usr/bin/citizen-profile-cli \
  "usr/share/applications/$appid.desktop" "usr/share/metainfo/$appid.metainfo.xml" \
  "usr/share/icons/hicolor/scalable/apps/$appid.svg" \
  usr/share/citizen-profile/translations/citizen-profile_ru.qm \
  usr/share/citizen-profile/translations/citizen-profile_en.qm \
  usr/share/man/man1/citizen-profile.1.gz usr/share/man/man1/citizen-profile-cli.1.gz
for size in 16 32 48 64 128 256; do
  expect "$scratch/app.list" "usr/share/icons/hicolor/${size}x${size}/apps/$appid.png"
done
expect "$scratch/server.list" usr/bin/profile-server usr/share/man/man1/profile-server.1.gz

# Nothing else: no libraries, headers, test programs or build tools; each
# program in its own package; everything under /usr.
for list in "$scratch/app.list" "$scratch/server.list"; do
  name=$(basename "$list" .list)
  bad=$(grep -E '\.(a|so[.0-9]*|h|cmake)$|/include/|/lib/|tst_|cp-svg-to-png|/usr/local/' "$list" || true)
  [ -z "$bad" ] || fail "$name package holds files it must not: $bad"
  outside=$(grep -vE '^\./$|^\./usr(/|$)' "$list" || true)
  [ -z "$outside" ] || fail "$name package installs outside /usr: $outside"
done
grep -q 'profile-server' "$scratch/app.list" && fail "the app package holds profile-server"
grep -qE '/bin/citizen-profile' "$scratch/server.list" && fail "the server package holds the app"

# --- control fields --------------------------------------------------------------
field() { dpkg-deb -f "$1" "$2"; }
for deb in "$app_deb" "$server_deb"; do
  name=$(basename "$deb")
  [ "$(field "$deb" Version)" = "$version" ] ||
    fail "$name: Version is '$(field "$deb" Version)', the project's is $version"
  [ -n "$(field "$deb" Maintainer)" ] || fail "$name: no Maintainer"
  [ -n "$(field "$deb" Homepage)" ] || fail "$name: no Homepage"
  description=$(field "$deb" Description)
  [ "$(printf '%s\n' "$description" | wc -l)" -ge 3 ] || fail "$name: a one-line Description"
  grep -qi 'built using CMake' <<<"$description" && fail "$name: CPack's default Description"
done
[ "$(field "$app_deb" Package)" = citizen-profile ] || fail "the app package is not 'citizen-profile'"
[ "$(field "$server_deb" Package)" = citizen-profile-server ] ||
  fail "the server package is not 'citizen-profile-server'"

depends() { field "$1" Depends | tr ',' '\n' | sed 's/^ *//; s/ .*//; s/:.*//'; }
expect_depends() { # DEB PACKAGE…
  local deb=$1
  shift
  local list
  list=$(depends "$deb")
  for p in "$@"; do
    grep -qxF "$p" <<<"$list" || fail "$(basename "$deb"): Depends lacks $p ($(field "$deb" Depends))"
  done
}
# Found by dpkg-shlibdeps, plus the plugins that it cannot see.
expect_depends "$app_deb" libc6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 \
  libqt6sql6 libqt6keychain1 libssl3 libqt6sql6-sqlite libqt6svg6
expect_depends "$server_deb" libc6 libqt6core6 libqt6httpserver6 libqt6sql6 libssl3 \
  libargon2-1 libqt6sql6-sqlite
echo "check-deb: Depends of citizen-profile: $(field "$app_deb" Depends)"
echo "check-deb: Depends of citizen-profile-server: $(field "$server_deb" Depends)"

# --- the files themselves -------------------------------------------------------
root="$scratch/root"
mkdir -p "$root"
dpkg-deb -x "$app_deb" "$root"
dpkg-deb -x "$server_deb" "$root"

# Checks that need only a file tree: the extracted packages, or /usr when installed.
check_tree() { # PREFIX (…/usr)
  local usr=$1
  local desktop="$usr/share/applications/$appid.desktop"
  local metainfo="$usr/share/metainfo/$appid.metainfo.xml"
  desktop-file-validate "$desktop" || fail "desktop-file-validate $desktop"
  grep -qx "Icon=$appid" "$desktop" || fail "the desktop entry's Icon is not $appid"
  grep -qx "Exec=citizen-profile" "$desktop" || fail "the desktop entry's Exec is not citizen-profile"
  appstreamcli validate --no-net --strict "$metainfo" || fail "appstreamcli validate $metainfo"
  grep -qF "<id>$appid</id>" "$metainfo" || fail "the metainfo's id is not $appid"
  grep -qF "<launchable type=\"desktop-id\">$appid.desktop</launchable>" "$metainfo" ||
    fail "the metainfo does not launch $appid.desktop"
  grep -qF "<release version=\"$version\"" "$metainfo" ||
    fail "the metainfo has no release entry for version $version"

  local kind
  kind=$(file -b "$usr/share/icons/hicolor/scalable/apps/$appid.svg")
  grep -q SVG <<<"$kind" || fail "the scalable icon is not an SVG ($kind)"
  for size in 16 32 48 64 128 256; do
    local png="$usr/share/icons/hicolor/${size}x${size}/apps/$appid.png"
    kind=$(file -b "$png")
    grep -q "^PNG image data, $size x $size," <<<"$kind" ||
      fail "$png is not a ${size}x${size} PNG ($kind)"
  done
  # A compiled Qt translation starts with this magic number.
  for lang in ru en; do
    local qm="$usr/share/citizen-profile/translations/citizen-profile_$lang.qm"
    [ "$(head -c 16 "$qm" 2>/dev/null | od -An -tx1 | tr -d ' \n')" = \
      3cb86418caef9c95cd211cbf60a1bddd ] || fail "$qm is not a compiled Qt translation"
  done
  for page in citizen-profile citizen-profile-cli profile-server; do
    local gz="$usr/share/man/man1/$page.1.gz"
    gzip -t "$gz" || fail "$gz is not a gzip file"
    grep -q "^\.TH .*\"Citizen Profile $version\"" <<<"$(zcat "$gz")" ||
      fail "$gz does not name version $version"
  done
}

# Every --option of a program's help, and for the CLI every command, is in its man page.
check_man_covers_help() { # PROGRAM MANPAGE.gz
  local program=$1 gz=$2 help text missing=()
  help=$(nodisplay "$program" --help) || fail "$program --help failed"
  text=$(zcat "$gz" | sed 's/\\-/-/g; s/\\f[BIRP]//g')
  while read -r option; do
    grep -qF -- "$option" <<<"$text" || missing+=("$option")
  done < <(grep -oE -- '--[a-z][a-z0-9-]*' <<<"$help" | sort -u)
  if [ "$(basename "$program")" = citizen-profile-cli ]; then
    while read -r command; do
      grep -qF -- "$command" <<<"$text" || missing+=("command '$command'")
    done < <(sed -n '/^Commands:/,/^Options:/p' <<<"$help" | grep '^  [a-z]' |
      awk '{c=""; for (i = 1; i <= NF && $i ~ /^[a-z][a-z-]*$/; i++) c = c (c ? " " : "") $i; print c}')
  fi
  [ ${#missing[@]} -eq 0 ] || fail "$(basename "$gz") misses what --help lists: ${missing[*]}"
}

# Each run must succeed and print what it should.
run_expect() { # WHAT-TO-FIND COMMAND…
  local want=$1 out
  shift
  out=$(nodisplay "$@" 2>&1) || { fail "$* exited with $?: $out"; return 0; }
  grep -qF -- "$want" <<<"$out" || fail "$* does not print '$want': $out"
}
check_programs() { # BINDIR
  local bin=$1 out
  out=$(nodisplay "$bin/citizen-profile" --version) || fail "citizen-profile --version failed"
  [ "$out" = "citizen-profile $version" ] || fail "citizen-profile --version says '$out'"
  run_expect --server "$bin/citizen-profile" --help
  run_expect "Commands:" "$bin/citizen-profile-cli" --help
  run_expect "$version" "$bin/citizen-profile-cli" --version
  run_expect --data-dir "$bin/profile-server" --help
  run_expect "$version" "$bin/profile-server" --version
}

check_tree "$root/usr"
for program in citizen-profile citizen-profile-cli profile-server; do
  check_man_covers_help "$root/usr/bin/$program" "$root/usr/share/man/man1/$program.1.gz"
  # Installed programs find their libraries by the system's rules, not a build-tree path.
  paths=$(readelf -d "$root/usr/bin/$program" | grep -E 'R(UN)?PATH' || true)
  [ -z "$paths" ] || fail "$program carries a search path: $paths"
done
check_programs "$root/usr/bin"
[ "$failures" -eq 0 ] || die "$failures failed checks of the package contents"
echo "check-deb: the contents, control fields, desktop entry, metainfo, icons, translations and man pages are right"

# --- install into the machine, as root --------------------------------------------
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
  echo "check-deb: not root: checked the package contents with dpkg-deb only"
  rm -rf "$scratch"
  exit 0
fi

export DEBIAN_FRONTEND=noninteractive
apt_opts=(-y -q -o DPkg::Lock::Timeout=120)
installed_packages() {
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${db:Status-Abbrev}' "$p" 2>/dev/null | grep -q '^.[^n]' && echo "$p"
  done
  return 0
}
remove_packages() {
  local present
  mapfile -t present < <(installed_packages)
  [ ${#present[@]} -gt 0 ] || return 0
  echo "check-deb: removing ${present[*]}"
  apt-get remove --purge "${apt_opts[@]}" "${present[@]}" >"$scratch/remove.log" 2>&1 ||
    dpkg --purge "${present[@]}" >>"$scratch/remove.log" 2>&1 ||
    { cat "$scratch/remove.log" >&2; return 1; }
}
server_pid=
on_exit() {
  local status=$?
  [ -z "$server_pid" ] || kill "$server_pid" 2>/dev/null || true
  remove_packages || status=1
  if [ -n "$(installed_packages)" ]; then
    echo "FAIL: the packages are still installed: $(installed_packages | tr '\n' ' ')" >&2
    status=1
  fi
  [ "$status" -ne 0 ] || rm -rf "$scratch"
  exit "$status"
}
trap on_exit EXIT
# A leftover of an earlier run that did not finish.
remove_packages

echo "check-deb: apt-get install ./$(basename "$app_deb") ./$(basename "$server_deb")"
if ! apt-get install --no-install-recommends "${apt_opts[@]}" "$app_deb" "$server_deb" \
  >"$scratch/install.log" 2>&1; then
  cat "$scratch/install.log" >&2
  die "apt-get install failed"
fi
for p in "${packages[@]}"; do
  [ "$(dpkg-query -W -f='${Status}' "$p")" = "install ok installed" ] || fail "$p is not installed"
done
for program in citizen-profile citizen-profile-cli profile-server; do
  [ "$(command -v "$program")" = "/usr/bin/$program" ] || fail "$program is not /usr/bin/$program"
done
check_programs /usr/bin
echo "check-deb: /usr/bin/citizen-profile --version: $(nodisplay /usr/bin/citizen-profile --version)"
nodisplay /usr/bin/citizen-profile-cli --help >/dev/null
nodisplay /usr/bin/profile-server --help >/dev/null
check_tree /usr
# The installed server starts (its SQLite driver is a plugin, not a linked
# library) and the installed CLI talks to it, as the README's demo does.
timeout 120 /usr/bin/profile-server --demo --port 0 --data-dir "$scratch/server" \
  >"$scratch/server.out" 2>"$scratch/server.log" &
server_pid=$!
for _ in $(seq 1 100); do
  grep -q '^listening on ' "$scratch/server.out" && break
  kill -0 "$server_pid" 2>/dev/null || break
  sleep 0.3
done
url=$(sed -n 's/^listening on //p' "$scratch/server.out")
ca=$(sed -n 's/^CA certificate: //p' "$scratch/server.out")
if [ -z "$url" ] || [ ! -f "$ca" ]; then
  cat "$scratch/server.out" "$scratch/server.log" >&2
  fail "the installed profile-server did not start"
else
  run_expect "\"server\":\"$url\"" /usr/bin/citizen-profile-cli --data-dir "$scratch/cli" \
    --server "$url" --ca "$ca" --json status
  echo "check-deb: the installed profile-server listens on $url; citizen-profile-cli status answers"
fi
kill "$server_pid" 2>/dev/null || true
wait "$server_pid" 2>/dev/null || true
server_pid=
if command -v man >/dev/null; then
  for page in citizen-profile citizen-profile-cli profile-server; do
    [ "$(man -w "$page" 2>/dev/null)" = "/usr/share/man/man1/$page.1.gz" ] ||
      fail "man -w $page does not find /usr/share/man/man1/$page.1.gz"
  done
fi
[ "$failures" -eq 0 ] || die "$failures failed checks of the installed packages"

remove_packages
[ -z "$(installed_packages)" ] || die "apt-get remove left $(installed_packages | tr '\n' ' ')"
[ ! -e /usr/bin/citizen-profile ] && [ ! -e /usr/bin/profile-server ] ||
  die "the programs are still in /usr/bin after the removal"
echo "check-deb: installed with apt-get, ran from /usr/bin, validated and removed again"

#!/usr/bin/env bash
# Installs every Debian 12 package that the build, the tests, the demo and the
# packaging need, and the pinned npm tools of the contract lint. Idempotent:
# when everything is present it only checks and returns.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config ccache git clang-format
  # Qt 6.4 and the libraries of the product
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-httpserver-dev qt6-websockets-dev qt6-pdf-dev
  qt6-svg-dev libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins
  qtkeychain-qt6-dev libssl-dev openssl libargon2-dev
  # tests: display-less widgets, the keychain, fonts for Cyrillic
  xvfb xauth gnome-keyring dbus dbus-x11 libsecret-tools fonts-dejavu-core
  curl ca-certificates
  # fuzzing and sanitizers (llvm: llvm-symbolizer, for the stacks of findings
  # and for the leak suppressions, which match function names)
  clang libclang-rt-14-dev llvm
  # packaging checks
  desktop-file-utils appstream dpkg-dev fakeroot file
)
# The contract lint needs node and npm; the machine may already carry them
# from another source (nodesource ships npm inside nodejs), so add Debian's
# only when the commands are missing.
command -v node >/dev/null 2>&1 || packages+=(nodejs)
command -v npm >/dev/null 2>&1 || packages+=(npm)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "install-deps: installing ${#missing[@]} Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update
  "${sudo_cmd[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
else
  echo "install-deps: all Debian packages present"
fi

# The OpenAPI linter, pinned by package.json and its lock file.
if [ -f "$here/package.json" ]; then
  if [ ! -x "$here/node_modules/.bin/redocly" ]; then
    echo "install-deps: installing the pinned npm tools (npm ci)"
    (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
  else
    echo "install-deps: npm tools present"
  fi
fi

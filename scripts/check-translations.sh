#!/usr/bin/env bash
# Fails when a translation file is not complete: an entry unfinished, a
# string of the sources missing from it, or a string it holds that the
# sources no longer have. Runs lupdate on copies, never on the real files.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
sources=()
for d in app ui server; do [ -d "$d" ] && sources+=("$d"); done

for lang in ru en; do
  ts="translations/citizen-profile_${lang}.ts"
  if [ ! -f "$ts" ]; then
    echo "check-translations: $ts is missing"; status=1; continue
  fi
  messages=$(grep -c '<message>' "$ts" || true)
  unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
  if [ "$unfinished" -ne 0 ]; then
    echo "check-translations: $ts has $unfinished unfinished entries"
    status=1
  fi
  cp "$ts" "$tmp/"
  "$lupdate" -silent -locations none -no-obsolete -extensions cpp,h "${sources[@]}" -ts "$tmp/$(basename "$ts")" >/dev/null
  if ! diff -q "$ts" "$tmp/$(basename "$ts")" >/dev/null; then
    echo "check-translations: $ts is not up to date with the sources (run scripts/update-translations.sh):"
    diff -u "$ts" "$tmp/$(basename "$ts")" | grep -E '^[+-] *<source>' | head -20
    status=1
  fi
  echo "check-translations: $ts: $messages messages, $unfinished unfinished"
  [ "$messages" -gt 0 ] || { echo "check-translations: $ts holds no messages"; status=1; }
done
exit $status

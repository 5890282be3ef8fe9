#!/usr/bin/env bash
# Brings translations/*.ts up to date with the sources (lupdate), drops
# strings that no longer exist, and fills the English file: its source texts
# are English, so each English translation is its source text. Russian
# translations are written by people; new Russian entries stay "unfinished"
# until then, and the suite fails on them (scripts/check-translations.sh).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}

sources=()
for d in app ui server; do [ -d "$d" ] && sources+=("$d"); done

"$lupdate" -silent -locations none -no-obsolete -extensions cpp,h "${sources[@]}" \
  -ts translations/citizen-profile_ru.ts translations/citizen-profile_en.ts

# English: the translation of an unfinished entry is its source text (lupdate
# may have guessed another; the source wins).
perl -0pi -e 's{<source>([^<]*)</source>((?:\s*<(?:comment|extracomment)>[^<]*</(?:comment|extracomment)>)*\s*)<translation type="unfinished">[^<]*</translation>}{<source>$1</source>$2<translation>$1</translation>}g' \
  translations/citizen-profile_en.ts

# English plurals: "%n file(s)" gives "%n file" and "%n files".
perl -0pi -e 's{<message numerus="yes">(\s*)<source>([^<]*)</source>((?:\s*<(?:comment|extracomment)>[^<]*</(?:comment|extracomment)>)*\s*)<translation type="unfinished">\s*<numerusform>[^<]*</numerusform>\s*<numerusform>[^<]*</numerusform>\s*</translation>}{my ($i,$src,$mid)=($1,$2,$3); (my $one=$src)=~s/\(s\)//g; (my $many=$src)=~s/\(s\)/s/g; "<message numerus=\"yes\">$i<source>$src</source>$mid<translation>\n            <numerusform>$one</numerusform>\n            <numerusform>$many</numerusform>\n        </translation>"}ge' \
  translations/citizen-profile_en.ts

unfinished=$(grep -c 'type="unfinished"' translations/citizen-profile_ru.ts || true)
echo "update-translations: done; Russian entries still to translate: ${unfinished}"

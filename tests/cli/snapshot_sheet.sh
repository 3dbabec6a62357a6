#!/usr/bin/env bash
# snapshot_sheet.sh EXE BOUNDARY_PROJECT WORK_DIR
# `snapshot` of the example project (made here by `demo`) as map sheet and plain map in PNG,
# PDF and SVG: every file written, the PDF's text and the SVG's labels, the English sheet,
# and the project file unchanged (it is opened read-only).
set -u
exe=$1 boundaries=$2 work=$3
rm -rf "$work" && mkdir -p "$work" || exit 1
fail() { echo "FAIL: $*"; exit 1; }
"$exe" demo --from "$boundaries" --out "$work/beispiel.gpkg" >/dev/null || fail "demo"
before=$(sha256sum < "$work/beispiel.gpkg")

for f in blatt.pdf blatt.svg blatt.png; do
    out=$("$exe" snapshot "$work/beispiel.gpkg" --out "$work/$f" --sheet --width 1600 --height 1000) ||
        fail "snapshot --sheet $f: exit code $?"
    echo "$out"
    grep -qF "$work/$f: 1600x1000, Kartenblatt" <<<"$out" || fail "summary of $f"
    [[ -s $work/$f ]] || fail "$f is empty"
done
for f in karte.pdf karte.svg karte.png; do
    "$exe" snapshot "$work/beispiel.gpkg" --out "$work/$f" --width 1200 --height 900 >/dev/null ||
        fail "snapshot $f: exit code $?"
    [[ -s $work/$f ]] || fail "$f is empty"
done
[[ $(head -c 8 "$work/blatt.png" | od -An -tx1 | tr -d ' ') == 89504e470d0a1a0a ]] || fail "blatt.png is no PNG"
grep -aqF "GeoBasis-DE / BKG (2016)" "$work/karte.png" || fail "no attribution in the PNG's metadata"

text=$(pdftotext -raw "$work/blatt.pdf" -) || fail "pdftotext"
for want in "Orte der Begegnung" "Jülich" "Heimbach" "© GeoBasis-DE / BKG (2016)" \
            "Beispieldaten (fiktiv)" "Empfohlene Auswahl" "Zensus 2022" "Radius: 10 km"; do
    grep -qF "$want" <<<"$text" || fail "PDF text lacks '$want'"
done
xmllint --noout "$work/blatt.svg" "$work/karte.svg" || fail "SVG not well-formed"
for want in "Jülich" "Nideggen" "© GeoBasis-DE / BKG (2016)" "Legende"; do
    grep -qF "$want" "$work/blatt.svg" || fail "SVG lacks '$want'"
done
grep -qF "© GeoBasis-DE / BKG (2016)" "$work/karte.svg" || fail "map SVG lacks the attribution"

# English: the sheet's own words change, the names and the attribution stay.
"$exe" snapshot "$work/beispiel.gpkg" --out "$work/sheet-en.pdf" --sheet --lang en >/dev/null ||
    fail "snapshot --lang en"
text=$(pdftotext -raw "$work/sheet-en.pdf" -)
for want in "Meeting places" "Legend" "Recommended set" "Jülich" "© GeoBasis-DE / BKG (2016)"; do
    grep -qF "$want" <<<"$text" || fail "English PDF lacks '$want'"
done

[[ $(sha256sum < "$work/beispiel.gpkg") == "$before" ]] || fail "the project file changed"
echo OK

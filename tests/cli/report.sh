#!/usr/bin/env bash
# report.sh EXE BOUNDARY_PROJECT WORK_DIR
# The report command on the example project (made here by `demo`; the scored variants are
# tested in tests/print/report_test.cpp): a PDF whose page count pdfinfo confirms and whose text
# names every application and the SHA-256 of the project, the scores CSV next to it or where
# --scores-csv says, an anonymous and an English variant, and an unwritable --out that fails
# with exit 1, names the file and leaves the project as it was.
set -u
exe=$1 boundaries=$2 work=$3
rm -rf "$work" && mkdir -p "$work" || exit 1
fail() { echo "FAIL: $*"; exit 1; }
"$exe" demo --from "$boundaries" --out "$work/beispiel.gpkg" || fail "demo"
sha=$(sha256sum "$work/beispiel.gpkg" | cut -d' ' -f1)

out=$("$exe" report "$work/beispiel.gpkg" --out "$work/bericht.pdf") || fail "report: exit $?"
echo "$out"
pages=$(sed -nE 's/.*\(([0-9]+) Seiten\).*/\1/p' <<<"$out")
[ -n "$pages" ] || fail "no page count in: $out"
pdfinfo "$work/bericht.pdf" | grep -qE "^Pages: +$pages\$" || fail "pdfinfo does not count $pages pages"
[ -s "$work/bericht-bewertungen.csv" ] || fail "no scores CSV next to the PDF"
text=$(pdftotext -enc UTF-8 "$work/bericht.pdf" - | tr -d ' \n')
for nr in B-01 B-02 B-03 B-04 B-05 B-06 B-07 B-08; do
    grep -qF "$nr" <<<"$text" || fail "$nr missing"
done
grep -qF "$sha" <<<"$text" || fail "SHA-256 of the project missing"
grep -qF "©GeoBasis-DE/BKG(2016)" <<<"$text" || fail "attribution missing"
grep -qF "Seite1von$pages" <<<"$text" || fail "page numbers missing"
grep -qF "nochkeinBeschlusserfasst" <<<"$text" || fail "the example has no choice yet: say so"
grep -q "@" <<<"$text" && fail "an e-mail address in the report"

"$exe" report "$work/beispiel.gpkg" --out "$work/anonym.pdf" --anonymous --scores-csv "$work/s.csv" ||
    fail "--anonymous"
[ -s "$work/s.csv" ] || fail "--scores-csv not written"
[ -e "$work/anonym-bewertungen.csv" ] && fail "CSV written next to the PDF despite --scores-csv"
pdftotext "$work/anonym.pdf" - | grep -qE "Beispiel \(fiktiv\)|Muster \(fiktiv\)" && fail "member named"
grep -qE "Beispiel \(fiktiv\)|Muster \(fiktiv\)" "$work/s.csv" && fail "member named in the CSV"

"$exe" report "$work/beispiel.gpkg" --out "$work/report.pdf" --lang en || fail "--lang en"
pdftotext "$work/report.pdf" - | grep -qF "Decision report" || fail "not English"

err=$("$exe" report "$work/beispiel.gpkg" --out "$work/fehlt/bericht.pdf" 2>&1) && fail "unwritable --out accepted"
grep -qF "error: $work/fehlt/bericht.pdf: hier lässt sich nicht schreiben" <<<"$err" || fail "unclear message: $err"
err=$("$exe" report "$work/fehlt.gpkg" --out "$work/x.pdf" 2>&1) && fail "missing project accepted"
grep -qF "$work/fehlt.gpkg" <<<"$err" || fail "message does not name the project: $err"
[ "$(sha256sum "$work/beispiel.gpkg" | cut -d' ' -f1)" = "$sha" ] || fail "the project file changed"
echo PASS

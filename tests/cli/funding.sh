#!/usr/bin/env bash
# After the decision, from the command line on the example project: the cooperation agreement's
# draft PDF for a funded place (refused for a place not chosen), and the decision note: the
# draft from the figures until the committee records its own words, which then take precedence.
#   funding.sh BEGEGNUNGSKARTE KREIS-DUEREN.GPKG WORK
set -euo pipefail
exe=$1 boundaries=$2 work=$3
rm -rf "$work" && mkdir -p "$work" && cd "$work"
fail() { echo "FAIL: $*"; exit 1; }
"$exe" demo --from "$boundaries" --out beispiel.gpkg >/dev/null
# Before a choice: no agreement, and the note says there is nothing to draft yet.
set +e
"$exe" agreement beispiel.gpkg --place B-01 >/dev/null 2>err.txt; rc=$?
set -e
[[ $rc == 1 ]] && grep -q "B-01 ist kein geförderter Ort" err.txt || fail "agreement before a choice: rc $rc, $(cat err.txt)"
"$exe" note beispiel.gpkg | grep -q "noch keine Auswahl beschlossen" || fail "note before a choice"
"$exe" choose beispiel.gpkg --set B-01,B-08 --reason "Bessere Erreichbarkeit" >/dev/null
"$exe" agreement beispiel.gpkg --place B-08 | grep -q "kooperationsvertrag-B-08.pdf" || fail "agreement not reported"
[[ -f kooperationsvertrag-B-08.pdf ]] || fail "no PDF"
if command -v pdftotext >/dev/null; then
    pdftotext -layout kooperationsvertrag-B-08.pdf vertrag.txt
    grep -q "Kooperationsvertrag" vertrag.txt || fail "no title in the PDF"
    grep -q "B-08" vertrag.txt || fail "the place is not in the PDF"
    grep -q "nicht förderfähig" vertrag.txt || fail "the funding terms are not quoted"
fi
set +e
"$exe" agreement beispiel.gpkg --place B-02 >/dev/null 2>err.txt; rc=$?
set -e
[[ $rc == 1 ]] && grep -q "B-02 ist kein geförderter Ort" err.txt || fail "agreement for a place not chosen: rc $rc"
# The note: the draft names the choice and the reason; the committee's words replace it.
"$exe" note beispiel.gpkg >draft.txt
grep -q "Entwurf aus den Zahlen" draft.txt || fail "the draft is not marked as such"
grep -q "Bessere Erreichbarkeit" draft.txt || fail "the draft does not quote the reason: $(cat draft.txt)"
printf 'Das Gremium fördert B-01 und B-08, weil beide gut erreichbar sind.\n' >worte.txt
"$exe" note beispiel.gpkg --text-file worte.txt --user Vorsitz >own.txt
grep -q "vom Gremium formuliert" own.txt && grep -q "weil beide gut erreichbar" own.txt || fail "own words: $(cat own.txt)"
"$exe" note beispiel.gpkg --lang en | grep -q "worded by the committee" || fail "English"
"$exe" note beispiel.gpkg --clear >/dev/null
"$exe" note beispiel.gpkg | grep -q "Entwurf aus den Zahlen" || fail "--clear does not bring the draft back"
"$exe" verify beispiel.gpkg >/dev/null || fail "verify"
echo "OK: agreement PDF for a funded place only; note drafted, replaced by the committee's words, cleared"

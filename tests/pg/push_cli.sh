#!/usr/bin/env bash
# push from the command line, as a member who scored offline would use it: pull a copy, score in
# it while another member edits the project on the server, push. A conflict is listed with its
# key and nothing is written (exit 3) until the member resolves it; a key naming no conflict is
# a usage error (exit 2); once resolved, the server holds both members' work and verify passes.
#   push_cli.sh BEGEGNUNGSKARTE KREIS-DUEREN.GPKG PG_STATE WORK
set -euo pipefail
exe=$1 boundaries=$2 state=$3 work=$4
[[ -f "$state/uri" ]] || { echo "SKIP: no test server"; exit 77; }
uri=$(cat "$state/uri")
psql=$(cat "$state/bindir")/psql
schema=push$$
address="$uri?schema=$schema"
rm -rf "$work" && mkdir -p "$work"
trap '"$psql" -X -q "$uri" -c "DROP SCHEMA IF EXISTS $schema CASCADE; DROP ROLE IF EXISTS bk_${schema}_mitglied, bk_${schema}_vorsitz" >/dev/null 2>&1 || true' EXIT
fail() { echo "FAIL: $*"; exit 1; }
"$exe" demo --from "$boundaries" --out "$work/beispiel.gpkg" >/dev/null
"$exe" member add "$work/beispiel.gpkg" --name "Anna Offline" --role Verwaltung >/dev/null
"$exe" publish "$work/beispiel.gpkg" --to "$address" >/dev/null
"$exe" pull "$address" --out "$work/zug.gpkg" >/dev/null

# On the train, Anna scores B-01 twice; at the office her score for lage is set differently.
"$exe" score "$work/zug.gpkg" --member "Anna Offline" --application B-01 --criterion akteure --value 4 >/dev/null
"$exe" score "$work/zug.gpkg" --member "Anna Offline" --application B-01 --criterion lage --value 5 >/dev/null
"$exe" score "$address" --member "Anna Offline" --application B-01 --criterion lage --value 1 >/dev/null
entries() { "$psql" -X -Atq "$uri" -c "SELECT count(*) FROM $schema.audit_log"; }
before=$(entries)

set +e
"$exe" push "$work/zug.gpkg" --to "$address" --user Anna >"$work/open.txt" 2>"$work/open.err"; rc=$?
set -e
[[ $rc == 3 ]] || fail "push with an open conflict exited $rc, not 3"
grep -q "bewertung/Anna Offline/B-01/lage" "$work/open.txt" || fail "the conflict's key is not listed: $(cat "$work/open.txt")"
grep -q "Kopie: 5 · Server: 1" "$work/open.txt" || fail "the conflict's values are not listed"
grep -q "bewertung/Anna Offline/B-01/akteure" "$work/open.txt" || fail "the score to send is not listed"
grep -q "nichts übertragen" "$work/open.err" || fail "no word that nothing was pushed: $(cat "$work/open.err")"
[[ $(entries) == "$before" ]] || fail "an entry was written while a conflict was open"

set +e
"$exe" push "$work/zug.gpkg" --to "$address" --mine "bewertung/Anna/B-01/lage" >/dev/null 2>"$work/typo.err"; rc=$?
"$exe" push "$work/zug.gpkg" --take beide >/dev/null 2>&1; rc2=$?
set -e
[[ $rc == 2 ]] || fail "a key naming no conflict exited $rc, not 2"
grep -q "benennt keinen Konflikt" "$work/typo.err" || fail "the unknown key is not named: $(cat "$work/typo.err")"
[[ $rc2 == 2 ]] || fail "--take beide exited $rc2, not 2"
[[ $(entries) == "$before" ]] || fail "an entry was written on a usage error"

# Anna decides: her own value stands. Without --to: where the copy came from.
"$exe" push "$work/zug.gpkg" --mine "bewertung/Anna Offline/B-01/lage" --user Anna >"$work/done.txt"
grep -q "übertragen (Protokolleintrag" "$work/done.txt" || fail "no confirmation: $(cat "$work/done.txt")"
lage=$("$psql" -X -Atq "$uri" -c "SELECT b.wert FROM $schema.bewertungen b JOIN $schema.mitglieder m ON m.id = b.mitglied_id JOIN $schema.bewerbungen a ON a.id = b.bewerbung_id WHERE m.name = 'Anna Offline' AND a.nr = 'B-01' AND b.kriterium = 'lage'")
[[ $lage == 5 ]] || fail "lage on the server is '$lage', not the copy's 5"
[[ $(entries) == $((before + 1)) ]] || fail "not exactly one audit entry for the push"
"$psql" -X -Atq "$uri" -c "SELECT benutzer, aktion, objekt FROM $schema.audit_log ORDER BY id DESC LIMIT 1" | grep -q "^Anna|copy.push|zug.gpkg$" || fail "the push's audit entry does not name Anna and the copy"
"$exe" verify "$address" >/dev/null || fail "verify fails after the push"
# The copy holds what was pushed: nothing left to push.
"$exe" push "$work/zug.gpkg" >"$work/again.txt"
grep -q "nichts übertragen" "$work/again.txt" || fail "a second push found something: $(cat "$work/again.txt")"
# The same in English.
"$exe" score "$work/zug.gpkg" --member "Anna Offline" --application B-02 --criterion lage --value 2 >/dev/null
"$exe" push "$work/zug.gpkg" --dry-run --lang en >"$work/en.txt"
grep -q "Would be sent from the copy (1):" "$work/en.txt" || fail "the English dry run: $(cat "$work/en.txt")"
grep -q "Dry run: nothing pushed" "$work/en.txt" || fail "the English dry run does not say nothing was pushed"
echo "OK: conflict listed (exit 3), typo refused (exit 2), resolved push wrote one entry, verify passes"

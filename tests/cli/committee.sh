#!/usr/bin/env bash
# committee.sh EXE BOUNDARY_PROJECT WORK_DIR
# The committee's edits from the command line, on the example project (made here by `demo`):
# member add, score (one and a CSV), reveal and choose go through the same actions as the
# window: each leaves one audit entry, `verify` passes, and `choose` records the engine's own
# recommendation beside a deviating choice. Refused edits exit 1 naming the problem and leave
# the file as it was; wrong usage exits 2.
set -u
exe=$1 boundaries=$2 work=$3
rm -rf "$work" && mkdir -p "$work" || exit 1
fail() { echo "FAIL: $*"; exit 1; }
p="$work/beispiel.gpkg"
"$exe" demo --from "$boundaries" --out "$p" >/dev/null || fail "demo"
sha() { sha256sum "$1" | cut -d' ' -f1; }
# sql FILE QUERY: the rows, fields joined by '|' (python3's sqlite3: no sqlite3 program needed).
sql() {
    python3 -c 'import sqlite3, sys
for row in sqlite3.connect(sys.argv[1]).execute(sys.argv[2]): print("|".join(map(str, row)))' "$1" "$2"
}
entries() { sql "$p" "SELECT count(*) FROM audit_log"; }

n0=$(entries)
out=$("$exe" member add "$p" --name "C. Probe" --role "Kämmerei") || fail "member add: exit $?"
echo "$out"
grep -qF "Mitglied „C. Probe“ hinzugefügt (Nr. 3)" <<<"$out" || fail "member add: message"
[[ $(entries) == $((n0 + 1)) ]] || fail "member add: one audit entry"
[[ $(sql "$p" "SELECT aktion FROM audit_log ORDER BY id DESC LIMIT 1") == member.add ]] ||
    fail "member add: stable key in the audit log"
# The English texts with --lang en (on the nested command too).
out=$("$exe" member add "$p" --name "D. Probe" --lang en) || fail "member add --lang en"
grep -qF "member 'D. Probe' added (no. 4)" <<<"$out" || fail "member add: English message"

out=$("$exe" score "$p" --member "C. Probe" --application B-01 --criterion akteure --value 4) ||
    fail "score: exit $?"
echo "$out"
grep -qF "Bewertung gesetzt: B-01, akteure, C. Probe" <<<"$out" || fail "score: message"
[[ $(sql "$p" "SELECT wert FROM bewertungen b JOIN mitglieder m ON m.id = b.mitglied_id
                   WHERE m.name = 'C. Probe' AND kriterium = 'akteure'") == 4 ]] || fail "score: stored"

# A CSV with two bad rows: both are named with row and column, nothing is stored.
printf 'member;application;criterion;value\nC. Probe;B-02;lage;3\nNiemand;B-02;lage;3\nC. Probe;B-99;lage;7\n' >"$work/bad.csv"
before=$(sha "$p")
err=$("$exe" score "$p" --csv "$work/bad.csv" 2>&1); rc=$?
echo "$err"
[[ $rc == 1 ]] || fail "score --csv with errors: exit $rc, expected 1"
grep -qF "bad.csv: Zeile 3, Spalte member: kein Mitglied „Niemand“ im Gremium" <<<"$err" || fail "csv: row 3"
grep -qF "bad.csv: Zeile 4, Spalte application: keine Bewerbung mit Nr „B-99“" <<<"$err" || fail "csv: row 4 application"
grep -qF "bad.csv: Zeile 4, Spalte value: „7“ ist keine Bewertung von 0 bis 5" <<<"$err" || fail "csv: row 4 value"
grep -qF "nichts gespeichert" <<<"$err" || fail "csv: nothing stored"
[[ $(sha "$p") == "$before" ]] || fail "score --csv with errors changed the file"

printf 'member;application;criterion;value\nC. Probe;B-02;lage;3\nD. Probe;B-02;lage;5\n' >"$work/good.csv"
out=$("$exe" score "$p" --csv "$work/good.csv") || fail "score --csv: exit $?"
grep -qF "2 Bewertungen aus" <<<"$out" || fail "score --csv: message"

# Usage: --csv and --member together, or a score without --value, exit 2.
"$exe" score "$p" --csv "$work/good.csv" --member "C. Probe" >/dev/null 2>&1; rc=$?
[[ $rc == 2 ]] || fail "score usage: exit $rc, expected 2"
"$exe" score "$p" --member "C. Probe" --application B-01 --criterion akteure >/dev/null 2>&1; rc=$?
[[ $rc == 2 ]] || fail "score without value: exit $rc, expected 2"
"$exe" choose "$p" >/dev/null 2>&1; rc=$?
[[ $rc == 2 ]] || fail "choose without --set: exit $rc, expected 2"

out=$("$exe" reveal "$p") || fail "reveal: exit $?"
grep -qF "Bewertungen aufgedeckt" <<<"$out" || fail "reveal: message"

# The recommendation, from the engine (the same as `rank`).
recommended=$("$exe" rank "$p" --format json --samples 0 | tr -d ' \n' | sed -n 's/.*"recommended":\[\([^]]*\)\].*/\1/p' | tr -d '"')
echo "recommended: $recommended"
[[ -n $recommended ]] || fail "rank gave no recommendation"
# A set other than the recommendation: without a reason refused (exit 1), nothing written.
other=B-01,B-08
[[ $recommended == "$other" ]] && other=B-02,B-08
before=$(sha "$p")
err=$("$exe" choose "$p" --set "$other" 2>&1); rc=$?
echo "$err"
[[ $rc == 1 ]] || fail "choose without a reason: exit $rc"
grep -qF "braucht eine schriftliche Begründung" <<<"$err" || fail "choose: reason message"
[[ $(sha "$p") == "$before" ]] || fail "a refused choice changed the file"
err=$("$exe" choose "$p" --set "$other" --lang en 2>&1)
grep -qF "needs a written reason" <<<"$err" || fail "choose: English reason message"

out=$("$exe" choose "$p" --set "$other" --reason "Erreichbarkeit im Süden" --member "C. Probe") ||
    fail "choose: exit $?"
echo "$out"
grep -qF "beschlossen (Empfehlung: ${recommended/,/ + })" <<<"$out" || fail "choose: message names the recommendation"
row=$(sql "$p" "SELECT benutzer, aktion, objekt, nachher FROM audit_log ORDER BY id DESC LIMIT 1")
echo "${row:0:60}"
[[ $row == "C. Probe|choice.record|${other/,/ + }|"* ]] || fail "choose: audit entry"
rec_ids=$(for nr in ${recommended//,/ }; do sql "$p" "SELECT id FROM bewerbungen WHERE nr = '$nr'"; done | paste -sd, -)
grep -qF "\"empfehlung\":[$rec_ids]" <<<"$row" || fail "choose: the audit entry lacks the engine's recommendation [$rec_ids]"
[[ $(sql "$p" "SELECT status FROM bewerbungen WHERE nr = '${other%%,*}'") == ausgewaehlt ]] ||
    [[ $(sql "$p" "SELECT status FROM bewerbungen WHERE nr = '${other%%,*}'") == "ausgewählt" ]] ||
    fail "choose: status of the chosen"

out=$("$exe" verify "$p") || fail "verify: $out"
echo "$out"
grep -qF "Kette intakt" <<<"$out" || fail "verify: German OK line"
"$exe" verify "$p" --lang en | grep -qF "chain intact" || fail "verify --lang en"
echo "PASS"

#!/usr/bin/env bash
# rank.sh EXE CHECKER BOUNDARY_PROJECT WORK_DIR
# The rank command on the example project (made here by `demo`): the JSON passes the schema
# check and names sets of two Nr, the output is the same for the same seed, the table and the
# CSV have their shape; a project without eligible applications is refused with exit 1.
set -u
exe=$1 checker=$2 boundaries=$3 work=$4
rm -rf "$work" && mkdir -p "$work" || exit 1
fail() { echo "FAIL: $*"; exit 1; }
"$exe" demo --from "$boundaries" --out "$work/beispiel.gpkg" || fail "demo"

"$exe" rank "$work/beispiel.gpkg" --format json >"$work/rank.json" || fail "rank --format json: exit $?"
"$checker" "$work/rank.json" 2 || fail "schema"
# Five of the eight example applications are eligible, in five municipalities: 10 pairs.
grep -c '"rank":' "$work/rank.json" | grep -qx 10 || fail "expected 10 sets"
# B-04 came late: listed as excluded (the checker makes sure sets name eligible ones only).
grep -qF '"nr": "B-04",' "$work/rank.json" || fail "B-04 (late) is not listed as excluded"

"$exe" rank "$work/beispiel.gpkg" --format json >"$work/again.json" || fail "second run"
cmp -s "$work/rank.json" "$work/again.json" || fail "not deterministic for the same seed"
"$exe" rank "$work/beispiel.gpkg" --format json --radius-km 5 --samples 500 --seed 9 >"$work/r5.json" ||
    fail "rank with options"
"$checker" "$work/r5.json" 2 || fail "schema with options"
grep -qF '"radius_km": 5' "$work/r5.json" || fail "--radius-km not applied"
grep -qF '"samples": 500' "$work/r5.json" || fail "--samples not applied"

table=$("$exe" rank "$work/beispiel.gpkg") || fail "table"
echo "$table"
# The table in the user's language: German by default, English with --lang en.
grep -qE '^Empfohlene Auswahl: B-0[0-9] \+ B-0[0-9]\.' <<<"$table" || fail "no recommendation in the table"
grep -qF "Noch keine Bewertungen" <<<"$table" || fail "the example has no scores yet: say so"
grep -qF "Beschlossene Auswahl" <<<"$table" && fail "no choice is recorded yet"
table=$("$exe" rank "$work/beispiel.gpkg" --lang en) || fail "table --lang en"
grep -qE '^Recommended set: B-0[0-9] \+ B-0[0-9]\.' <<<"$table" || fail "no recommendation in the English table"
grep -qF "No scores yet" <<<"$table" || fail "English: the example has no scores yet: say so"
grep -qF '"chosen": null' "$work/rank.json" || fail "json: no choice recorded yet, chosen must be null"

"$exe" rank "$work/beispiel.gpkg" --format csv >"$work/rank.csv" || fail "csv"
head -c 30 "$work/rank.csv" | grep -qF $'\xEF\xBB\xBFnr;municipality;ags;region;' || fail "csv header"
grep -qE '^1;B-0[0-9] \+ B-0[0-9];' "$work/rank.csv" || fail "csv sets"

cp "$boundaries" "$work/leer.gpkg"
out=$("$exe" rank "$work/leer.gpkg" 2>&1) && fail "a project without applications must fail"
# The catalogue's text (i18n::rankingProblemText), German by default, English with --lang en.
grep -qF "error: $work/leer.gpkg: Keine zulässige Auswahl: 2 förderfähige Bewerbungen mit Standort aus 2 verschiedenen Kommunen nötig, es gibt 0 in 0 Kommunen." <<<"$out" ||
    fail "unclear message: $out"
out=$("$exe" rank "$work/leer.gpkg" --lang en 2>&1) && fail "a project without applications must fail (en)"
grep -qF "error: $work/leer.gpkg: No feasible selection: 2 eligible applications with a site in 2 different municipalities are needed; there are 0 in 0 municipalities." <<<"$out" ||
    fail "unclear English message: $out"
echo PASS

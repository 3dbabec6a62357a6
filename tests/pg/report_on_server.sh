#!/usr/bin/env bash
# The decision report of a project on the PostgreSQL test server: written like a file's, naming
# the server address and the hash of the newest audit entry instead of a file checksum.
#   report_on_server.sh BEGEGNUNGSKARTE KREIS-DUEREN.GPKG PG_STATE WORK
set -euo pipefail
exe=$1 boundaries=$2 state=$3 work=$4
[[ -f "$state/uri" ]] || { echo "SKIP: no test server"; exit 77; }
command -v pdftotext >/dev/null || { echo "SKIP: pdftotext (poppler-utils) missing"; exit 77; }
uri=$(cat "$state/uri")
psql=$(cat "$state/bindir")/psql
schema=bericht$$
address="$uri?schema=$schema"
rm -rf "$work" && mkdir -p "$work"
trap '"$psql" -X -q "$uri" -c "DROP SCHEMA IF EXISTS $schema CASCADE; DROP ROLE IF EXISTS bk_${schema}_mitglied, bk_${schema}_vorsitz" >/dev/null 2>&1 || true' EXIT
"$exe" demo --from "$boundaries" --out "$work/beispiel.gpkg" >/dev/null
"$exe" publish "$work/beispiel.gpkg" --to "$address" >/dev/null
"$exe" report "$address" --out "$work/bericht.pdf" >/dev/null
head=$("$psql" -X -Atq "$uri" -c "SELECT hash FROM $schema.audit_log ORDER BY id DESC LIMIT 1")
pdftotext -layout "$work/bericht.pdf" "$work/bericht.txt"
grep -q "SHA-256 des letzten Protokolleintrags" "$work/bericht.txt" || { echo "FAIL: no chain head label"; exit 1; }
tr -d ' \n' < "$work/bericht.txt" | grep -q "$head" || { echo "FAIL: the newest entry's hash $head is not in the report"; exit 1; }
grep -q "schema=$schema" "$work/bericht.txt" || { echo "FAIL: the project's address is not in the report"; exit 1; }
[[ -f "$work/bericht-bewertungen.csv" ]] || { echo "FAIL: no scores CSV beside the report"; exit 1; }
echo "OK: report of $address names entry hash $head"

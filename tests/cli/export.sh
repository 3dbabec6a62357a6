#!/usr/bin/env bash
# export.sh FORMAT EXE BOUNDARY_PROJECT WORK_DIR
# The export command on the example project (made here by `demo`), per format: what it
# prints, the attribution and "Beispieldaten (fiktiv)" in the file, contact data only with
# --with-contacts; the CSV is imported again into a fresh copy of the boundary project.
set -u
format=$1 exe=$2 boundaries=$3 work=$4/$1
rm -rf "$work" && mkdir -p "$work" || exit 1
fail() { echo "FAIL: $*"; exit 1; }
"$exe" demo --from "$boundaries" --out "$work/beispiel.gpkg" || fail "demo"

out=$work/bewerbungen.$format
printed=$("$exe" export "$work/beispiel.gpkg" --out "$out") || fail "export: exit code $?"
echo "$printed"
grep -qF "$out: 8 Bewerbungen (8 mit Standort) als " <<<"$printed" || fail "summary"
grep -qF "Kontaktdaten weggelassen (--with-contacts nimmt sie auf)" <<<"$printed" ||
    fail "contacts not mentioned"
grep -qF "© GeoBasis-DE / BKG (2016)" <<<"$printed" || fail "attribution not printed"
[[ -s $out ]] || fail "$out is empty"
ls -A "$work" | grep -q 'tmp' && fail "temporary file left: $(ls -A "$work")"
if [[ $format != csv ]]; then
    # (GeoJSON writes the slash as "\/".)
    grep -aqE '© GeoBasis-DE \\?/ BKG \(2016\)' "$out" || fail "no attribution in the file"
    grep -aqF "Beispieldaten (fiktiv)" "$out" || fail "not marked as example data"
fi
grep -aqF "Max Mustermann (fiktiv)" "$out" && fail "contact data without --with-contacts"

printed=$("$exe" export "$work/beispiel.gpkg" --out "$work/kontakte.$format" --with-contacts --lang en) ||
    fail "export --with-contacts"
echo "$printed"
grep -qF "$work/kontakte.$format: 8 applications (8 with a site) as " <<<"$printed" || fail "English summary"
grep -qF "contact data included" <<<"$printed" || fail "contacts not mentioned in English"
grep -aqF "Max Mustermann (fiktiv)" "$work/kontakte.$format" || fail "no contact data with --with-contacts"

case $format in
geojson)
    grep -qF '"attribution": "© GeoBasis-DE \/ BKG (2016)' "$out" || fail "no top-level attribution"
    # RFC 7946: [longitude, latitude], in the Kreis Düren around 50.8 N, 6.5 E.
    grep -qE '"coordinates": \[ 6\.[2-7][0-9]+, 50\.[6-9][0-9]+ \]' "$out" ||
        fail "coordinates are not lon/lat near Düren"
    ;;
csv)
    head -c 40 "$out" | grep -qF $'\xEF\xBB\xBFNr;Kommune;Träger;Trägerart;Titel;' || fail "header"
    cp "$boundaries" "$work/leer.gpkg"
    "$exe" import-applications "$work/leer.gpkg" "$out" || fail "the exported CSV does not import"
    "$exe" verify "$work/leer.gpkg" | grep -qF "8 Bewerbungen" || fail "verify after re-import"
    ;;
esac
echo PASS

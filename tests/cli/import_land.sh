#!/usr/bin/env bash
# Boundaries at any size (issue 13): all of Germany from the npm VG250 files, with the invalid
# official rings repaired and named, and a Land whose edition date is the whole source's.
#   import_land.sh EXE VG250_DIR OUT_DIR
set -euo pipefail
exe=$1 vg250=$2 out=$3
mkdir -p "$out"
fail() { echo "FAIL: $*" >&2; exit 1; }

# All of Germany ("DE"): 11,299 municipalities (132 of them only in nested FeatureCollections of
# the npm file, their parts joined); Bayern's self-intersecting rings (Haunstetter
# Forst among them) are repaired with a warning each instead of stopping the import.
"$exe" import-boundaries --municipalities "$vg250/gemeinden.geo.json" \
    --districts "$vg250/kreise.geo.json" --district-key DE --stand 2016-01-01 \
    --out "$out/deutschland.gpkg" --overwrite >"$out/de.out" 2>"$out/de.err" ||
    fail "import DE: $(cat "$out/de.err")"
grep -q "11.299 Kommunen" "$out/de.out" || fail "DE: $(cat "$out/de.out")"
grep -q "Geometrie von Haunstetter Forst (AGS 09176451) repariert (Ring Self-intersection" "$out/de.err" ||
    fail "DE: Haunstetter Forst not named: $(cat "$out/de.err")"
repaired=$(grep -c "repariert" "$out/de.err")
[[ $repaired -ge 5 && $repaired -le 50 ]] || fail "DE: $repaired repairs"
grep -q "keine Einwohnerzahlen angegeben" "$out/de.err" || fail "DE: no warning about population"
# Without population figures, rank says that coverage cannot be measured (exit 1) instead of
# ranking every set on 0 inhabitants.
rm -f "$out/de-demo.gpkg"
"$exe" demo --from "$out/deutschland.gpkg" --out "$out/de-demo.gpkg" >/dev/null || fail "demo on DE"
if "$exe" rank "$out/de-demo.gpkg" >"$out/rank.out" 2>"$out/rank.err"; then fail "rank ranked on zeros"; fi
grep -q "Die Abdeckung der Bevölkerung lässt sich nicht messen" "$out/rank.err" || fail "rank: $(cat "$out/rank.err")"

# A Land (NRW) without --stand: the edition is the latest WSK of the whole file (2016), not
# the latest of NRW's own municipalities (2012-08-23); English messages.
"$exe" import-boundaries --municipalities "$vg250/gemeinden.geo.json" \
    --districts "$vg250/kreise.geo.json" --district-key 05 \
    --out "$out/nrw.gpkg" --overwrite --lang en >"$out/nrw.out" 2>"$out/nrw.err" ||
    fail "import 05: $(cat "$out/nrw.err")"
grep -q "396 municipalities" "$out/nrw.out" || fail "NRW: $(cat "$out/nrw.out")"
grep -q "Stand 2016-01-01, © GeoBasis-DE / BKG (2016)" "$out/nrw.out" || fail "NRW stand: $(cat "$out/nrw.out")"
grep -q "latest WSK of the whole source (2016-01-01)" "$out/nrw.err" || fail "NRW warning: $(cat "$out/nrw.err")"
echo "ok: Germany ($repaired repaired geometries) and NRW"

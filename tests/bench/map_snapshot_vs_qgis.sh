#!/usr/bin/env bash
# Maps at 11,000 municipalities (issue 13, section 2): a 3840x2160 PNG of Kreis Düren, of NRW and
# of all Germany, as a whole process, ours side by side with QGIS 3.22 (python3-qgis from Debian,
# tests/bench/qgis_snapshot.py) on the same GeoPackage. The two alternate run by run, so a
# machine that is busy for a while slows both; reports the median of RUNS (default 5) runs and
# the median peak resident memory, from /usr/bin/time.
#
#   bash tests/bench/map_snapshot_vs_qgis.sh [BUILD_DIR]
#   BASELINE=/path/to/older/begegnungskarte-cli bash tests/bench/map_snapshot_vs_qgis.sh
#       adds an older build of ours as a third column (its own copy of each project, made by
#       its own import, so that it reads the file it was written for).
#
# Projects are made first when missing (import-boundaries --district-key 05358 / 05 / DE into
# BUILD_DIR/bench-{kreis,nrw,de}.gpkg; the import also stores the prepared map in the file).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
exe=$build/app/begegnungskarte-cli
runs=${RUNS:-5}
for tool in /usr/bin/time python3; do
    command -v "$tool" >/dev/null || { echo "missing $tool" >&2; exit 1; }
done
/usr/bin/python3 -c 'import qgis.core' 2>/dev/null || { echo "missing python3-qgis (apt-get install python3-qgis)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

declare -A key=([kreis]=05358 [nrw]=05 [de]=DE)
for p in kreis nrw de; do
    gpkg=$build/bench-$p.gpkg
    [ -f "$gpkg" ] || "$exe" import-boundaries --municipalities "$build/vg250/gemeinden.geo.json" \
        --districts "$build/vg250/kreise.geo.json" --district-key "${key[$p]}" --stand 2016-01-01 \
        --population "$root/data/bevoelkerung-zensus2022.csv" --out "$gpkg" >/dev/null
done

# One run: "seconds kilobytes" of the command.
measure() { /usr/bin/time -f "%e %M" "$@" >/dev/null 2>"$work/t" || { cat "$work/t" >&2; exit 1; }; tail -1 "$work/t"; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

baseline=${BASELINE:-}
if [ -n "$baseline" ]; then
    for p in kreis nrw de; do
        gpkg=$build/bench-$p-baseline.gpkg
        [ -f "$gpkg" ] || "$baseline" import-boundaries --municipalities "$build/vg250/gemeinden.geo.json" \
            --districts "$build/vg250/kreise.geo.json" --district-key "${key[$p]}" --stand 2016-01-01 \
            --population "$root/data/bevoelkerung-zensus2022.csv" --out "$gpkg" >/dev/null 2>&1
    done
fi

printf '| project | ours (median of %d) | QGIS 3.22 (median of %d) | ratio | ours peak memory | QGIS peak memory | baseline (median of %d) | baseline peak memory |\n' "$runs" "$runs" "$runs"
printf '|---|---|---|---|---|---|---|---|\n'
for p in kreis nrw de; do
    gpkg=$build/bench-$p.gpkg
    : >"$work/ours"; : >"$work/qgis"; : >"$work/base"
    for ((i = 0; i < runs; ++i)); do
        measure "$exe" snapshot "$gpkg" --out "$work/o.png" --width 3840 --height 2160 >>"$work/ours"
        QT_QPA_PLATFORM=offscreen measure /usr/bin/python3 "$root/tests/bench/qgis_snapshot.py" "$gpkg" "$work/q.png" >>"$work/qgis"
        [ -z "$baseline" ] || measure "$baseline" snapshot "$build/bench-$p-baseline.gpkg" --out "$work/b.png" --width 3840 --height 2160 >>"$work/base"
    done
    ours=$(cut -d' ' -f1 "$work/ours" | median); qgis=$(cut -d' ' -f1 "$work/qgis" | median)
    ours_kb=$(cut -d' ' -f2 "$work/ours" | median); qgis_kb=$(cut -d' ' -f2 "$work/qgis" | median)
    base="–"; base_mb="–"
    if [ -n "$baseline" ]; then
        base="$(cut -d' ' -f1 "$work/base" | median) s"
        base_mb="$(( $(cut -d' ' -f2 "$work/base" | median) / 1024 )) MB"
    fi
    printf '| %s | %.2f s | %.2f s | %.1f× | %d MB | %d MB | %s | %s |\n' "$p" "$ours" "$qgis" \
        "$(python3 -c "print($qgis / $ours)")" $((ours_kb / 1024)) $((qgis_kb / 1024)) "$base" "$base_mb"
done

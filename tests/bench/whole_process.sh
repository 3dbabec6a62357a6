#!/usr/bin/env bash
# Whole-process benchmarks of Begegnungskarte, written up in README.md ("Performance"):
#   import      VG250 npm files -> Kreis Düren project (15 of 11,299 municipalities)
#   first frame window start -> first frame drawn -> exit (under Xvfb, --frames 1)
#   snapshot    3840x2160 PNG of Kreis Düren, EGL surfaceless
# plus, when python3-qgis is installed, the same 3840x2160 PNG rendered by QGIS as baseline.
# Reports the median of hyperfine runs and the peak resident memory (/usr/bin/time).
#
#   bash tests/bench/whole_process.sh [BUILD_DIR]     (after `bash data/setup.sh build`)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
exe=$build/app/begegnungskarte
project=$build/kreis-dueren.gpkg
runs=${RUNS:-15}
for tool in hyperfine /usr/bin/time python3 Xvfb; do
    command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install hyperfine time python3 xvfb)" >&2; exit 1; }
done
work=$(mktemp -d)
trap 'kill ${xvfb_pid:-} 2>/dev/null || true; rm -rf "$work"' EXIT

median() { python3 -c "import json,sys; print('%.0f' % (1000*json.load(open(sys.argv[1]))['results'][0]['median']))" "$1"; }
peak() { /usr/bin/time -f %M "$@" >/dev/null 2>"$work/rss" || true; tail -1 "$work/rss" | awk '{printf "%.0f", $1/1024}'; }

import_cmd="$exe import-boundaries --municipalities $build/vg250/gemeinden.geo.json --districts $build/vg250/kreise.geo.json --district-key 05358 --stand 2016-01-01 --population $root/data/bevoelkerung-zensus2022.csv --out $work/p.gpkg --overwrite"
snapshot_cmd="$exe snapshot $project --out $work/s.png --width 3840 --height 2160"
frame_cmd="$exe $project --width 1600 --height 900 --frames 1"

Xvfb :77 -screen 0 1920x1080x24 >/dev/null 2>&1 &
xvfb_pid=$!
sleep 1

hyperfine -N --runs 5 --export-json "$work/import.json" "$import_cmd" >/dev/null 2>&1
hyperfine -N --warmup 2 --runs "$runs" --export-json "$work/snapshot.json" "$snapshot_cmd" >/dev/null 2>&1
DISPLAY=:77 hyperfine -N --warmup 2 --runs "$runs" --export-json "$work/frame.json" "$frame_cmd" >/dev/null 2>&1

printf '| what | median | peak memory |\n|---|---|---|\n'
printf '| import (npm VG250 -> Kreis Düren .gpkg) | %s ms | %s MiB |\n' "$(median "$work/import.json")" "$(peak $import_cmd)"
printf '| window start to first frame (1600x900, Xvfb) | %s ms | %s MiB |\n' "$(median "$work/frame.json")" "$(DISPLAY=:77 peak $frame_cmd)"
printf '| snapshot 3840x2160 PNG | %s ms | %s MiB |\n' "$(median "$work/snapshot.json")" "$(peak $snapshot_cmd)"

if /usr/bin/python3 -c "import qgis.core" 2>/dev/null; then
    qgis_cmd="/usr/bin/python3 $root/tests/bench/qgis_snapshot.py $project $work/q.png"
    QT_QPA_PLATFORM=offscreen hyperfine -N --warmup 2 --runs "$runs" --export-json "$work/qgis.json" "$qgis_cmd" >/dev/null 2>&1
    printf '| baseline: QGIS %s, same 3840x2160 PNG | %s ms | %s MiB |\n' \
        "$(/usr/bin/python3 -c 'from qgis.core import Qgis; print(Qgis.QGIS_VERSION.split("-")[0])')" \
        "$(median "$work/qgis.json")" "$(QT_QPA_PLATFORM=offscreen peak $qgis_cmd)"
fi

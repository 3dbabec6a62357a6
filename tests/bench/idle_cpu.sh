#!/usr/bin/env bash
# Idle CPU of the open window (issue 11 §6, written up in README.md): the Kreis Düren project
# opened under Xvfb 1920x1080 without a size (fitted to the screen), left alone for 5 s, then
# its CPU use measured with pidstat over ${SECONDS_MEASURED:-30} s. Prints the percentage of
# one core. A benchmark, not a timed test: the figure depends on the machine.
#
#   bash tests/bench/idle_cpu.sh [BUILD_DIR] [DISPLAY_NUMBER]
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
display=${2:-78}
exe=$build/app/begegnungskarte
project=$build/kreis-dueren.gpkg
measured=${SECONDS_MEASURED:-30}
for tool in pidstat Xvfb; do
    command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install sysstat xvfb)" >&2; exit 1; }
done
[ -f "$project" ] || project=$root/build/tests/kreis-dueren.gpkg
work=$(mktemp -d)
trap 'kill ${app_pid:-} 2>/dev/null || true; kill ${xvfb_pid:-} 2>/dev/null || true; rm -rf "$work"' EXIT
cp "$project" "$work/p.gpkg"

Xvfb ":$display" -screen 0 1920x1080x24 >/dev/null 2>&1 &
xvfb_pid=$!
sleep 1
# Own settings, so a remembered window of the user's does not count.
DISPLAY=":$display" XDG_CONFIG_HOME="$work/config" XDG_STATE_HOME="$work/state" \
    "$exe" "$work/p.gpkg" >"$work/out" 2>&1 &
app_pid=$!
sleep 5
kill -0 "$app_pid" 2>/dev/null || { cat "$work/out" >&2; echo "the window did not stay open" >&2; exit 1; }
# Average %CPU (user + system) of the process over the whole interval.
cpu=$(LC_ALL=C pidstat -u -p "$app_pid" "$measured" 1 | awk '/^Average:/ && $0 !~ /%CPU/ {print $8}')
echo "idle CPU over ${measured} s, Xvfb 1920x1080: ${cpu} % of one core"

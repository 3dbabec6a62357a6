#!/usr/bin/env bash
# command_line.sh CASE EXE BOUNDARY_PROJECT SAMPLE_GEOJSON WORK_DIR
# The command line as GDAL's users expect it (issue 12, 2):
#   usage     wrong usages exit 2 with a German message naming the option; failures of the
#             work exit 1
#   progress  long work (import-boundaries, snapshot, report) draws "0...10...100 - done." on
#             stderr when it is a terminal (a pseudo-terminal from script(1)); nothing when
#             stderr is a pipe or file unless --progress; -q wins
#   gdal      CPL_DEBUG=ON passes GDAL's debug output through; without it a command prints no
#             library message; rank prints nothing on stderr (no "Warning 1: OGR_G_Area()")
set -u
case=$1 exe=$2 boundaries=$3 sample=$4 work=$5/$1
rm -rf "$work" && mkdir -p "$work" || exit 1
# With a population table, a boundary import has nothing to warn about on stderr.
pop=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/data/bevoelkerung-zensus2022.csv
fail() { echo "FAIL: $*"; exit 1; }
run() {
    "$exe" "$@" >"$work/out.txt" 2>"$work/err.txt" </dev/null
    rc=$?
    out=$(cat "$work/out.txt") err=$(cat "$work/err.txt")
    echo "\$ begegnungskarte $*"; echo "exit code $rc"; echo "$err" | head -20
}
ticks='0...10...20...30...40...50...60...70...80...90...100 - done.'
example() { "$exe" demo --from "$boundaries" --out "$work/b.gpkg" >/dev/null || fail "demo"; }

case $case in
usage)
    example
    # ARGS | the message's first line (a fixed string)
    while IFS='|' read -r args message; do
        # shellcheck disable=SC2086
        run $args
        [[ $rc -eq 2 ]] || fail "$args: exit code $rc, expected 2 (usage)"
        [[ "$(head -1 <<<"$err")" == "error: $message" ]] ||
            fail "$args: first line '$(head -1 <<<"$err")', expected 'error: $message'"
        grep -qE '^Hilfe: begegnungskarte.* --help$' <<<"$err" || fail "$args: no pointer to --help"
        [[ -z $out ]] || fail "$args: a usage error writes nothing on stdout"
    done <<EOF
rank $work/b.gpkg --bogus|unerwartete Angabe: --bogus
snapshot $work/b.gpkg|--out fehlt (Pflichtangabe)
report $work/b.gpkg --out|--out: der Wert fehlt (erwartet: TEXT)
snapshot $work/b.gpkg --out $work/s.png --width breit|--width: ungültiger Wert „breit“ (erwartet: INT)
rank $work/b.gpkg --format xml|--format: ungültiger Wert „xml“ (erwartet: TEXT:{table,csv,json})
rank $work/b.gpkg --seed -1|--seed: ungültiger Wert „-1“ (erwartet: UINT:0..18446744073709551615)
rank $work/b.gpkg --seed 18446744073709551616|--seed: ungültiger Wert „18446744073709551616“ (erwartet: UINT:0..18446744073709551615)
rank $work/b.gpkg -q --quiet=vielleicht|--quiet: ungültiger Wert „vielleicht“ (erwartet: TEXT)
import-boundaries --municipalities $sample --district-key 05358 --progress|--out fehlt (Pflichtangabe)
EOF
    # The largest seed is a seed, not a usage error.
    run rank "$work/b.gpkg" --seed 18446744073709551615 --samples 10 --format json
    [[ $rc -eq 0 ]] || fail "the largest seed refused"
    grep -qF '"seed": 18446744073709551615' <<<"$out" || fail "seed not used"
    # A failure of the work is 1, not 2.
    run rank "$work/fehlt.gpkg"
    [[ $rc -eq 1 ]] || fail "a missing project: exit $rc, expected 1"
    ;;
progress)
    example
    # Piped (as here): no progress, the result on stdout as before.
    run import-boundaries --municipalities "$sample" --district-key 05358 --stand 2016-01-01 --population "$pop" --out "$work/i.gpkg"
    [[ $rc -eq 0 && -z $err ]] || fail "import-boundaries piped: stderr must be empty"
    grep -qF "i.gpkg: 2 Kommunen, " <<<"$out" || fail "import-boundaries: no summary"
    # --progress forces it onto the pipe; -q wins over it.
    run import-boundaries --municipalities "$sample" --district-key 05358 --stand 2016-01-01 --population "$pop" --out "$work/i.gpkg" --overwrite --progress
    [[ $rc -eq 0 && $err == "$ticks" ]] || fail "import-boundaries --progress: '$err'"
    run import-boundaries --municipalities "$sample" --district-key 05358 --stand 2016-01-01 --population "$pop" --out "$work/i.gpkg" --overwrite --progress -q
    [[ $rc -eq 0 && -z $err ]] || fail "-q must win over --progress"
    run snapshot "$work/b.gpkg" --out "$work/s.pdf" --sheet
    [[ $rc -eq 0 && -z $err ]] || fail "snapshot piped: stderr must be empty"
    run snapshot "$work/b.gpkg" --out "$work/s.pdf" --sheet --progress
    [[ $rc -eq 0 && $err == "$ticks" ]] || fail "snapshot --progress: '$err'"
    run report "$work/b.gpkg" --out "$work/r.pdf"
    [[ $rc -eq 0 && -z $err ]] || fail "report piped: stderr must be empty"
    run report "$work/b.gpkg" --out "$work/r.pdf" --progress
    [[ $rc -eq 0 && $err == "$ticks" ]] || fail "report --progress: '$err'"
    # A failure after progress began: the error on a line of its own.
    run report "$work/b.gpkg" --out "$work/fehlt/r.pdf" --progress
    [[ $rc -eq 1 ]] || fail "report into a missing folder: exit $rc"
    grep -q '^error: .*fehlt/r.pdf' <<<"$err" || fail "the error must start its own line: '$err'"
    # On a terminal (script(1) gives the command a pseudo-terminal) without any option.
    command -v script >/dev/null || { echo "SKIP: no script(1)"; exit 77; }
    script -qec "'$exe' snapshot '$work/b.gpkg' --out '$work/t.pdf' --sheet >/dev/null" /dev/null \
        >"$work/tty.txt" || fail "snapshot on a terminal"
    tr -d '\r' <"$work/tty.txt" | grep -qxF "$ticks" || fail "no progress on a terminal: $(cat "$work/tty.txt")"
    script -qec "'$exe' snapshot '$work/b.gpkg' --out '$work/t.pdf' --sheet -q >/dev/null" /dev/null \
        >"$work/tty.txt" || fail "snapshot -q on a terminal"
    [[ ! -s "$work/tty.txt" ]] || fail "-q on a terminal must print nothing: $(cat "$work/tty.txt")"
    ;;
gdal)
    example
    run rank "$work/b.gpkg"
    [[ $rc -eq 0 ]] || fail "rank"
    [[ -z $err ]] || fail "rank printed on stderr: $err"
    grep -q "Warning" "$work/out.txt" && fail "rank printed a warning on stdout"
    run export "$work/b.gpkg" --out "$work/e.gpkg"
    [[ $rc -eq 0 && -z $err ]] || fail "export without CPL_DEBUG: stderr must be empty"
    CPL_DEBUG=ON run export "$work/b.gpkg" --out "$work/e2.gpkg"
    [[ $rc -eq 0 ]] || fail "export with CPL_DEBUG=ON"
    grep -qE '^GPKG: ' <<<"$err" || fail "CPL_DEBUG=ON: GDAL's debug lines (GPKG: ...) not passed through"
    ;;
*) fail "unknown case $case" ;;
esac
echo PASS

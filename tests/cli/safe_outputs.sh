#!/usr/bin/env bash
# safe_outputs.sh CASE EXE BOUNDARY_PROJECT WORK_DIR
# Every output is written to a temporary file beside the target and renamed over it only when
# complete (issue 9, defects 3 to 5), on the example project (made here by `demo`):
#   report_fifo     `report --out FIFO` and `--scores-csv FIFO` are refused with exit 1, the FIFO
#                   stays a FIFO, nothing else is written
#   report_symlink  `report --out LINK` (and --scores-csv LINK) replace the file the link points
#                   to; the links stay links
#   snapshot_full   `snapshot` of an existing map.pdf / map.svg / sheet map.png under a file size
#                   limit of half its size (as on a full disk) fails with exit 1 naming the path;
#                   the previous file is byte-identical afterwards and no temporary file is left
#   export_full     the same for `export` (.csv, .gpkg, .geojson) and `report`
#   formulas        a title and a Nr that look like formulas come out guarded in `export --out
#                   x.csv` and `rank --format csv`
# A FIFO is the safe stand-in for a device: these tests may run as root, and a device node
# would be destroyed by the bug they look for.
set -u
case=$1 exe=$2 boundaries=$3 work=$4/$1
rm -rf "$work" && mkdir -p "$work" || exit 1
fail() { echo "FAIL: $*"; exit 1; }
"$exe" demo --from "$boundaries" --out "$work/beispiel.gpkg" >/dev/null || fail "demo"
project=$work/beispiel.gpkg
project_sha=$(sha256sum <"$project")

# No temporary file (".NAME.bk-tmp-…", or the old ".tmp" names) in the folder.
no_temporaries() {
    local left
    left=$(ls -A "$work" | grep -E 'tmp' || true)
    [[ -z $left ]] || fail "temporary file left: $left"
}

# expect_failure PATTERN [limited KIB] COMMAND...: exit code 1 and stderr matching PATTERN
# (grep -E). With "limited KIB", COMMAND runs with a file size limit of KIB KiB and SIGXFSZ
# ignored, so that a write beyond it fails with EFBIG the way a full disk fails with ENOSPC.
# (A timeout, because the old code opened a FIFO for writing and waited for a reader forever.)
expect_failure() {
    local pattern=$1 err rc
    shift
    if [[ $1 == limited ]]; then
        local kib=$2
        shift 2
        set -- bash -c 'trap "" XFSZ; ulimit -f "$0"; exec "$@"' "$kib" "$@"
    fi
    err=$(timeout 120 "$@" 2>&1 >/dev/null)
    rc=$?
    echo "$* -> exit $rc: $err"
    [[ $rc -eq 1 ]] || fail "expected exit code 1, got $rc: $*"
    grep -qE -- "$pattern" <<<"$err" || fail "message does not match /$pattern/: $err"
}

# Half the size of a file in KiB (at least 1): a limit the new output is sure to cross.
half_kib() {
    local kib=$(($(stat -c %s "$1") / 2048))
    echo $((kib > 0 ? kib : 1))
}

case $case in
report_fifo)
    mkfifo "$work/bericht.pdf" "$work/werte.csv" || fail "mkfifo"
    expect_failure "error: $work/bericht.pdf: ist eine Pipe \(FIFO\), keine gewöhnliche Datei" \
        "$exe" report "$project" --out "$work/bericht.pdf" --scores-csv "$work/s.csv"
    expect_failure "error: $work/werte.csv: ist eine Pipe \(FIFO\), keine gewöhnliche Datei" \
        "$exe" report "$project" --out "$work/b.pdf" --scores-csv "$work/werte.csv"
    # The default CSV beside the PDF is a FIFO.
    mkfifo "$work/c-bewertungen.csv" || fail "mkfifo"
    expect_failure "error: $work/c-bewertungen.csv: ist eine Pipe \(FIFO\)" \
        "$exe" report "$project" --out "$work/c.pdf"
    for f in bericht.pdf werte.csv c-bewertungen.csv; do
        [[ -p $work/$f ]] || fail "$f is no longer a FIFO"
    done
    for f in s.csv b.pdf c.pdf; do
        [[ -e $work/$f ]] && fail "$f was written although its partner was refused"
    done
    # A symbolic link to a FIFO is refused the same way.
    ln -s bericht.pdf "$work/link.pdf"
    expect_failure "error: $work/link.pdf: ist eine Pipe \(FIFO\)" \
        "$exe" report "$project" --out "$work/link.pdf"
    [[ -L $work/link.pdf && -p $work/bericht.pdf ]] || fail "the link or the FIFO changed"
    # A folder is refused too.
    mkdir "$work/ordner.pdf"
    expect_failure "error: $work/ordner.pdf: ist ein Ordner" \
        "$exe" report "$project" --out "$work/ordner.pdf"
    [[ -d $work/ordner.pdf ]] || fail "the folder is gone"
    ;;
report_symlink)
    mkdir "$work/ablage"
    echo "alter Bericht" >"$work/ablage/bericht.pdf"
    echo "alte Werte" >"$work/ablage/werte.csv"
    ln -s ablage/bericht.pdf "$work/bericht.pdf"
    ln -s "$work/ablage/werte.csv" "$work/werte.csv"
    "$exe" report "$project" --out "$work/bericht.pdf" --scores-csv "$work/werte.csv" ||
        fail "report through symbolic links: exit $?"
    [[ -L $work/bericht.pdf ]] || fail "bericht.pdf is no longer a symbolic link"
    [[ -L $work/werte.csv ]] || fail "werte.csv is no longer a symbolic link"
    [[ $(readlink "$work/bericht.pdf") == ablage/bericht.pdf ]] || fail "the link was changed"
    head -c 5 "$work/ablage/bericht.pdf" | grep -qF '%PDF-' || fail "the linked PDF was not replaced"
    head -c 30 "$work/ablage/werte.csv" | grep -qF $'\xEF\xBB\xBFnr;title;' ||
        fail "the linked CSV was not replaced"
    # A dangling link names the file to create.
    ln -s ablage/neu.pdf "$work/neu.pdf"
    "$exe" report "$project" --out "$work/neu.pdf" --scores-csv "$work/ablage/neu.csv" ||
        fail "report through a dangling link: exit $?"
    [[ -L $work/neu.pdf ]] || fail "neu.pdf is no longer a symbolic link"
    head -c 5 "$work/ablage/neu.pdf" | grep -qF '%PDF-' || fail "the dangling link's file was not created"
    ls -A "$work/ablage" | grep -q tmp && fail "temporary file left in ablage: $(ls -A "$work/ablage")"
    ;;
snapshot_full)
    # name: options
    for spec in "map.pdf:--sheet" "map.svg:--sheet" "sheet.png:--sheet" "plain.svg:"; do
        name=${spec%%:*} options=${spec#*:}
        # shellcheck disable=SC2086
        "$exe" snapshot "$project" --out "$work/$name" $options >/dev/null ||
            fail "snapshot $name: exit $?"
        before=$(sha256sum <"$work/$name") limit=$(half_kib "$work/$name")
        # shellcheck disable=SC2086
        expect_failure "error: $work/$name: Schreiben fehlgeschlagen \(File too large\)" \
            limited "$limit" "$exe" snapshot "$project" --out "$work/$name" $options
        [[ $(sha256sum <"$work/$name") == "$before" ]] || fail "$name changed after a failed write"
        # A new file under the limit: not created at all.
        # shellcheck disable=SC2086
        expect_failure "error: $work/neu-$name: Schreiben fehlgeschlagen" \
            limited "$limit" "$exe" snapshot "$project" --out "$work/neu-$name" $options
        [[ -e $work/neu-$name ]] && fail "neu-$name was left behind"
        no_temporaries
    done
    # A FIFO is refused for every snapshot format.
    for name in fifo.pdf fifo.svg fifo.png; do
        mkfifo "$work/$name"
        expect_failure "error: $work/$name: ist eine Pipe \(FIFO\)" \
            "$exe" snapshot "$project" --out "$work/$name" --sheet
        [[ -p $work/$name ]] || fail "$name is no longer a FIFO"
        rm "$work/$name"
    done
    ;;
export_full)
    for name in bewerbungen.csv bewerbungen.gpkg bewerbungen.geojson; do
        "$exe" export "$project" --out "$work/$name" >/dev/null || fail "export $name: exit $?"
        before=$(sha256sum <"$work/$name")
        expect_failure "error: $work/$name: " \
            limited "$(half_kib "$work/$name")" "$exe" export "$project" --out "$work/$name"
        [[ $(sha256sum <"$work/$name") == "$before" ]] || fail "$name changed after a failed write"
        no_temporaries
        mkfifo "$work/fifo-$name"
        expect_failure "error: $work/fifo-$name: ist eine Pipe \(FIFO\)" \
            "$exe" export "$project" --out "$work/fifo-$name"
        [[ -p $work/fifo-$name ]] || fail "fifo-$name is no longer a FIFO"
        rm "$work/fifo-$name"
    done
    "$exe" report "$project" --out "$work/bericht.pdf" >/dev/null || fail "report: exit $?"
    pdf_before=$(sha256sum <"$work/bericht.pdf") csv_before=$(sha256sum <"$work/bericht-bewertungen.csv")
    expect_failure "error: $work/bericht.pdf: Schreiben fehlgeschlagen \(File too large\)" \
        limited "$(half_kib "$work/bericht.pdf")" "$exe" report "$project" --out "$work/bericht.pdf"
    [[ $(sha256sum <"$work/bericht.pdf") == "$pdf_before" ]] || fail "bericht.pdf changed"
    [[ $(sha256sum <"$work/bericht-bewertungen.csv") == "$csv_before" ]] || fail "the CSV changed"
    no_temporaries
    ;;
formulas)
    # The example applications with formula-like cells, imported into the boundary project.
    src=$(dirname "$0")/../../data/bewerbungen-beispiel.csv
    awk -F';' -v OFS=';' 'NR == 2 { $1 = "=1+2"; $5 = "=HYPERLINK(\"\"http://x\"\";\"\"klick\"\")"; $5 = "\"" $5 "\"" }
                          NR == 3 { $5 = "@F-1" } NR == 4 { $5 = "+1" } { print }' "$src" >"$work/formeln.csv"
    cp "$boundaries" "$work/formeln.gpkg"
    printed=$("$exe" import-applications "$work/formeln.gpkg" "$work/formeln.csv" --lang en) ||
        fail "import"
    grep -qF "formeln.gpkg: imported 6 applications from $work/formeln.csv" <<<"$printed" ||
        fail "import summary: $printed"
    printed=$("$exe" export "$work/formeln.gpkg" --out "$work/export.csv") || fail "export"
    grep -qF "$work/export.csv: 6 Bewerbungen " <<<"$printed" || fail "export summary: $printed"
    grep -F "HYPERLINK" "$work/export.csv" | head -2
    grep -qF $'\r\n'"'=1+2;" "$work/export.csv" 2>/dev/null ||
        grep -q "^'=1+2;" "$work/export.csv" || fail "Nr =1+2 not guarded in the export"
    grep -qF ";\"'=HYPERLINK(\"\"http://x\"\";\"\"klick\"\")\";" "$work/export.csv" ||
        fail "title =HYPERLINK not guarded in the export"
    grep -qF ";'@F-1;" "$work/export.csv" || fail "@F-1 not guarded in the export"
    grep -qF ";'+1;" "$work/export.csv" || fail "+1 not guarded in the export"
    grep -qE '(^|;)[=@+]' "$work/export.csv" && fail "an unguarded cell in the export"

    "$exe" rank "$work/formeln.gpkg" --format csv >"$work/rank.csv" || fail "rank --format csv"
    grep -q "^'=1+2;" "$work/rank.csv" || fail "Nr =1+2 not guarded in the rank CSV"
    grep -qE '(^|;)[=@+]' "$work/rank.csv" && fail "an unguarded cell in the rank CSV"
    ;;
*)
    fail "unknown case $case"
    ;;
esac
[[ $(sha256sum <"$project") == "$project_sha" ]] || fail "the project file changed"
no_temporaries
echo PASS

# lib.sh: the set-up shared by the shell tests that take CASE EXE BOUNDARY_PROJECT SOURCE_DIR
# WORK_DIR (import_applications.sh, limits.sh); sourced with their arguments:
#   source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
# Gives: $case $exe $boundaries $src $work (this case's own empty folder), $example (the example
# applications), $project (a fresh copy of the boundary project in $work), and
#   fail MESSAGE          ends the test with "FAIL: MESSAGE"
#   run ARGS...           runs the program; sets rc, out (stdout) and err (stderr)
#   expect_out / expect_err TEXT   stdout / stderr holds TEXT (fixed string)
set -u
case=$1 exe=$2 boundaries=$3 src=$4 work=$5/$1
example=$src/data/bewerbungen-beispiel.csv
rm -rf "$work" && mkdir -p "$work" || exit 1
project=$work/projekt.gpkg
cp "$boundaries" "$project" || exit 1

fail() { echo "FAIL: $*"; exit 1; }
run() {
    "$exe" "$@" >"$work/out.txt" 2>"$work/err.txt"
    rc=$?
    out=$(cat "$work/out.txt") err=$(cat "$work/err.txt")
    echo "\$ begegnungskarte $*"; echo "exit code $rc"; echo "$out" | head -40; echo "$err" | head -40 >&2
}
expect_out() { grep -qF -- "$1" <<<"$out" || fail "stdout lacks: $1"; }
expect_err() { grep -qF -- "$1" <<<"$err" || fail "stderr lacks: $1"; }

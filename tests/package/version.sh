#!/usr/bin/env bash
# version.sh EXE VERSION: `--version` prints "begegnungskarte VERSION" and then the versions of
# GDAL, PROJ, GEOS and SQLite the program runs with, as the libraries' pkg-config files (the
# same Debian packages) name them; exit 0, nothing on stderr.
set -u
exe=$1 version=$2
fail() { echo "FAIL: $*"; exit 1; }
out=$("$exe" --version 2>/tmp/bk-version-err.$$)
rc=$?
err=$(cat /tmp/bk-version-err.$$); rm -f /tmp/bk-version-err.$$
echo "$out"
[[ $rc -eq 0 ]] || fail "exit code $rc"
[[ -z "$err" ]] || fail "stderr: $err"
[[ "$(sed -n 1p <<<"$out")" == "begegnungskarte $version" ]] || fail "first line is not 'begegnungskarte $version'"
expect() {
    local name=$1 module=$2 want
    want=$(pkg-config --modversion "$module" 2>/dev/null) || { echo "(no pkg-config file for $module)"; return; }
    grep -qx "$name $want" <<<"$out" || fail "no line '$name $want'"
}
for lib in GDAL PROJ GEOS SQLite; do grep -q "^$lib [0-9]" <<<"$out" || fail "no $lib version"; done
expect GDAL gdal
expect PROJ proj
expect GEOS geos
expect SQLite sqlite3
echo "OK"

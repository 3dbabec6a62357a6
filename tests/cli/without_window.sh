#!/usr/bin/env bash
# without_window.sh CLI_EXE BOUNDARY_PROJECT WORK_DIR
# begegnungskarte-cli, the program without the map window: no GLFW and no ImGui among its
# libraries (ldd), every command there (snapshot as PNG through EGL, rank, report), and the
# window's place says in the catalogue's words that it is not built in (exit 1). Nor GDAL: the
# commands that need it (demo, report, import, export, --version) are handed to begegnungskarte
# beside it with the same arguments and exit codes (app/cli/full_program.hpp); without that
# program they say so, naming its path.
set -u
exe=$1 boundaries=$2 work=$3
rm -rf "$work" && mkdir -p "$work" || exit 1
fail() { echo "FAIL: $*"; exit 1; }

libs=$(ldd "$exe") || fail "ldd $exe"
grep -qiE 'libglfw|imgui' <<<"$libs" && fail "linked with the window's libraries: $(grep -iE 'libglfw|imgui' <<<"$libs")"
nm -C "$exe" 2>/dev/null | grep -qE ' [TtWw] (ImGui::|glfw[A-Z])' && fail "window code linked in"
grep -qE 'libgdal' <<<"$libs" && fail "linked with GDAL: $(grep -E 'libgdal' <<<"$libs")"

# Handed over: GDAL's version, a usage error's exit code, a failure's message and exit code.
"$exe" --version | grep -qE '^GDAL [0-9]' || fail "--version without GDAL's version"
"$exe" import-boundaries >/dev/null 2>&1; [[ $? == 2 ]] || fail "import-boundaries without arguments: not exit 2"
err=$("$exe" export "$work/fehlt.gpkg" --out "$work/x.csv" 2>&1); rc=$?
[[ $rc == 1 ]] && grep -qF "fehlt.gpkg" <<<"$err" || fail "export of a missing project: exit $rc, $err"
err=$(BK_FULL_PROGRAM="$work/nirgends" "$exe" demo --from "$boundaries" --out "$work/b.gpkg" 2>&1); rc=$?
[[ $rc == 1 ]] && grep -qF "$work/nirgends lässt sich nicht starten" <<<"$err" || fail "no full program: exit $rc, $err"
[[ -e "$work/b.gpkg" ]] && fail "no full program, but a project was written"

"$exe" demo --from "$boundaries" --out "$work/beispiel.gpkg" >/dev/null || fail "demo"
out=$("$exe" snapshot "$work/beispiel.gpkg" --out "$work/karte.png" --width 320 --height 200) ||
    fail "snapshot: exit $?"
echo "$out"
grep -qE "karte.png: 320x200, [0-9]+ Beschriftung" <<<"$out" || fail "snapshot summary: $out"
[[ $(head -c 8 "$work/karte.png" | od -An -tx1 | tr -d ' ') == 89504e470d0a1a0a ]] || fail "no PNG"
"$exe" snapshot "$work/beispiel.gpkg" --out "$work/blatt.pdf" --sheet >/dev/null || fail "snapshot --sheet"
"$exe" rank "$work/beispiel.gpkg" --samples 0 >/dev/null || fail "rank"
"$exe" report "$work/beispiel.gpkg" --out "$work/bericht.pdf" >/dev/null || fail "report"

err=$("$exe" "$work/beispiel.gpkg" 2>&1) && fail "the window must not open"
grep -qF "ohne Fenster gebaut (BK_WITH_WINDOW=OFF)" <<<"$err" || fail "unclear message: $err"
err=$("$exe" "$work/beispiel.gpkg" --lang en 2>&1)
grep -qF "built without the window (BK_WITH_WINDOW=OFF)" <<<"$err" || fail "unclear English message: $err"
echo PASS

#!/usr/bin/env bash
# Builds the program and its tests with AddressSanitizer (with LeakSanitizer) and UBSan and
# runs the ctest suite under them. Any memory error, undefined behaviour or leak fails the
# test it happens in, and so the run (exit 1).
#
#   tests/sanitize/run.sh [--long] [BUILD_DIR]
#
#   (default)  the short selection for CI: the store, decision, geo, io, i18n and cli tests
#              (every parser, the project file, the audit chain, the ranking, each command
#              end to end through the real binary), and the Kreis Düren import they need.
#   --long     the whole suite, also the OpenGL renderer, the map sheets, the report and the
#              window under Xvfb (llvmpipe is slow under ASan).
#   BUILD_DIR  the build to use or create (default: build-sanitize in the source folder).
#
# The build: g++, -O1 -g, -fsanitize=address,undefined -fno-omit-frame-pointer
# -fno-sanitize-recover=undefined (UBSan aborts instead of printing and going on).
# Environment: BK_VG250_DIR (default build/vg250 in the source folder, as data/setup.sh
# leaves it), JOBS (2) for building and running tests, CTEST_ARGS for more ctest options
# (e.g. CTEST_ARGS="-R store_" to narrow down a report).
# Leaks of third-party libraries that free on process exit only are suppressed in
# tests/sanitize/lsan.supp, each named and explained there; nothing of ours is.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
MODE=short
BUILD=""
while [[ $# -gt 0 ]]; do
    case "$1" in
    --long) MODE=long ;;
    -h | --help) sed -n '2,24p' "$0"; exit 0 ;;
    -*) echo "usage: $0 [--long] [BUILD_DIR]" >&2; exit 2 ;;
    *) BUILD="$1" ;;
    esac
    shift
done
BUILD=${BUILD:-$ROOT/build-sanitize}
JOBS=${JOBS:-2}
VG250=${BK_VG250_DIR:-$ROOT/build/vg250}
if [[ ! -f "$VG250/gemeinden.geo.json" ]]; then
    echo "error: $VG250/gemeinden.geo.json is missing; run data/setup.sh or set BK_VG250_DIR" >&2
    exit 1
fi

SAN="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined"
export ASAN_OPTIONS="detect_leaks=1:halt_on_error=1:print_stacktrace=1:check_initialization_order=1:strict_init_order=1:detect_stack_use_after_return=0"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export LSAN_OPTIONS="suppressions=$ROOT/tests/sanitize/lsan.supp:print_suppressions=0"

# Mesa unloads its DRI driver (swrast_dri.so, llvmpipe) in eglTerminate; LSan then no longer
# sees the pointers kept in the driver's globals and reports what they held as leaked
# ("Indirect leak ... <unknown module>", 112 bytes per snapshot). Linking the driver into every
# executable of this build keeps it mapped until exit, so those pointers stay visible and no
# false report (and no suppression) is needed. Not a change to the program: this build only.
# The driver's SONAME (libgallium_dri.so) is no file name the loader finds: a link of that name
# in the build folder and an rpath to it. Mesa's later dlopen by path finds the same file
# (same inode) already loaded.
keep_dri=""
DRI=${BK_SANITIZE_DRI:-/usr/lib/x86_64-linux-gnu/dri/swrast_dri.so}
if [[ -f "$DRI" ]]; then
    soname=$(readelf -d "$DRI" | sed -n 's/.*(SONAME).*\[\(.*\)\]/\1/p')
    mkdir -p "$BUILD/keep-dri"
    ln -sf "$DRI" "$BUILD/keep-dri/${soname:-$(basename "$DRI")}"
    keep_dri="-Wl,--no-as-needed,$DRI,--as-needed,-rpath,$BUILD/keep-dri"
fi

start=$(date +%s)
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache
                                          -DCMAKE_C_COMPILER_LAUNCHER=ccache)
cmake -S "$ROOT" -B "$BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" -DCMAKE_C_FLAGS_RELWITHDEBINFO="-O1 -g" \
    -DCMAKE_CXX_FLAGS="$SAN" -DCMAKE_C_FLAGS="$SAN" \
    -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined $keep_dri" \
    -DCMAKE_SHARED_LINKER_FLAGS="-fsanitize=address,undefined" \
    -DBK_BUILD_BENCHMARKS=OFF -DBK_VG250_DIR="$VG250" "${launcher[@]}" >/dev/null
# The test discovery runs each test binary at build time: with the same options.
cmake --build "$BUILD" -j"$JOBS" >"$BUILD/sanitize-build.log" 2>&1 ||
    { tail -40 "$BUILD/sanitize-build.log"; echo "error: the sanitizer build failed" >&2; exit 1; }
built=$(date +%s)
echo "build: $((built - start)) s ($BUILD)"

select=()
[[ $MODE == short ]] && select=(-L '^(store|decision|geo|io|i18n|cli)$')
rc=0
# The package test installs into the machine; the sanitizer build is no package.
unset BK_PACKAGE_TEST
# shellcheck disable=SC2086
ctest --test-dir "$BUILD" -j"$JOBS" --timeout 900 --output-on-failure "${select[@]}" \
    ${CTEST_ARGS:-} >"$BUILD/sanitize-ctest.log" 2>&1 || rc=$?
done_at=$(date +%s)
grep -E '^[0-9]+% tests passed|tests failed out of|Total Test time' "$BUILD/sanitize-ctest.log" || true
if ((rc != 0)); then
    sed -n '/The following tests FAILED/,$p' "$BUILD/sanitize-ctest.log"
    echo "---- sanitizer reports:"
    grep -E -A30 '^==[0-9]+==ERROR|runtime error:' "$BUILD/sanitize-ctest.log" | head -120 || true
fi
echo "sanitizers, $MODE mode: build $((built - start)) s, tests $((done_at - built)) s (log: $BUILD/sanitize-ctest.log)"
# Reports in a test that still passed (e.g. a child process whose exit code was not checked)
# count too.
if grep -qE '^==[0-9]+==ERROR|runtime error:' "$BUILD/sanitize-ctest.log"; then
    echo "error: a sanitizer report in the log" >&2
    exit 1
fi
exit $((rc != 0))

#!/usr/bin/env bash
# Runs the libFuzzer targets of tests/fuzz for a bounded time each and fails on any crash,
# sanitizer report (ASan, UBSan), leak, timeout or out-of-memory.
#
#   tests/fuzz/run.sh [--long] [--time SECONDS] [BUILD_DIR]
#
#   (default)  60 s per target, 4 targets one after another: about 5 minutes with the build
#              already there (CI).
#   --long     30 minutes per target (2 hours), for a local run before a release or after a
#              parser change; the corpus grown in BUILD_DIR/fuzz-corpus is kept between runs.
#   --time S   S seconds per target.
#   BUILD_DIR  the clang build to use or create (default: build-fuzz in the source folder).
#              Configured with -DBK_FUZZ=ON, clang++ (16 or newer: clang 14 crashes on
#              app/store/committee.cpp) and -O1 -g; only the fuzz targets are built.
#
# Environment: BK_FUZZ_CXX / BK_FUZZ_CC pick the compiler, JOBS the build parallelism (2).
# Crash reproducers go to tests/fuzz/crashes/ (git-ignored); replay one with
#   BUILD_DIR/tests/fuzz/fuzz_<target> tests/fuzz/crashes/<file>
# Prints, per target, executions per second and in total, and the corpus size.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
SECONDS_EACH=60
MODE=short
BUILD=""
while [[ $# -gt 0 ]]; do
    case "$1" in
    --long) SECONDS_EACH=1800 MODE=long ;;
    --time) SECONDS_EACH="$2" MODE=custom; shift ;;
    -h | --help) sed -n '2,22p' "$0"; exit 0 ;;
    -*) echo "usage: $0 [--long] [--time SECONDS] [BUILD_DIR]" >&2; exit 2 ;;
    *) BUILD="$1" ;;
    esac
    shift
done
BUILD=${BUILD:-$ROOT/build-fuzz}
JOBS=${JOBS:-2}

# --- the build ---------------------------------------------------------------------------
pick() { for c in "$@"; do command -v "$c" >/dev/null 2>&1 && { echo "$c"; return; }; done; }
if [[ ! -f "$BUILD/CMakeCache.txt" ]] || ! grep -q '^BK_FUZZ:BOOL=ON' "$BUILD/CMakeCache.txt"; then
    CXX_FUZZ=${BK_FUZZ_CXX:-$(pick clang++-19 clang++-18 clang++-17 clang++-16 clang++)}
    CC_FUZZ=${BK_FUZZ_CC:-${CXX_FUZZ/clang++/clang}}
    if [[ -z "$CXX_FUZZ" ]]; then
        echo "error: no clang++ found; install clang-16 and libclang-rt-16-dev" >&2
        exit 1
    fi
    major=$("$CXX_FUZZ" -dumpversion | cut -d. -f1)
    if ((major < 15)); then
        echo "error: $CXX_FUZZ is clang $major; clang 14 crashes on app/store/committee.cpp," \
             "install clang-16 and libclang-rt-16-dev" >&2
        exit 1
    fi
    launcher=()
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache
                                              -DCMAKE_C_COMPILER_LAUNCHER=ccache)
    cmake -S "$ROOT" -B "$BUILD" -DBK_FUZZ=ON -DBK_BUILD_TESTS=OFF -DBK_BUILD_BENCHMARKS=OFF \
        -DCMAKE_C_COMPILER="$CC_FUZZ" -DCMAKE_CXX_COMPILER="$CXX_FUZZ" \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" \
        -DCMAKE_C_FLAGS_RELWITHDEBINFO="-O1 -g" "${launcher[@]}" >/dev/null
fi
build_start=$(date +%s)
cmake --build "$BUILD" -j"$JOBS" --target bk_fuzz >"$BUILD/fuzz-build.log" 2>&1 ||
    { tail -40 "$BUILD/fuzz-build.log"; echo "error: the fuzz build failed" >&2; exit 1; }
echo "build: $(($(date +%s) - build_start)) s ($BUILD)"

# --- the runs ----------------------------------------------------------------------------
BIN="$BUILD/tests/fuzz"
SEEDS="$ROOT/tests/fuzz/corpus"
CRASHES="$ROOT/tests/fuzz/crashes"
WORK="$BUILD/fuzz-corpus"
LOGS="$BUILD/fuzz-logs"
mkdir -p "$CRASHES" "$WORK" "$LOGS"
rm -f "$LOGS"/*.log

# The project seeds are made from the sample data at run time (no binary in git).
mkdir -p "$WORK/project_open_seeds"
"$BIN/make_project_seeds" "$WORK/project_open_seeds" >/dev/null

symbolizer=$(pick llvm-symbolizer-19 llvm-symbolizer-18 llvm-symbolizer-17 llvm-symbolizer-16 llvm-symbolizer)
export ASAN_SYMBOLIZER_PATH=${ASAN_SYMBOLIZER_PATH:-${symbolizer:+$(command -v "$symbolizer")}}
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:halt_on_error=1:abort_on_error=1:print_stacktrace=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}

# target  max_len  seed folders (committed seeds, then generated ones)
#   application_import: the example CSV is 3.5 KB, the XLSX 2 KB; 16 KB leaves room to grow.
#   population_table:   the Zensus table is 615 bytes.
#   boundary_import:    the GeoJSON seeds are up to 1.1 KB; every input is also written,
#                       migrated and verified, so larger inputs only slow it down.
#   project_open:       the generated seeds are 38 and 66 KB (1 KiB pages).
TARGETS=(
    "application_import 16384 $SEEDS/application_import"
    "population_table 4096 $SEEDS/population_table"
    "boundary_import 8192 $SEEDS/boundary_import"
    "project_open 131072 $WORK/project_open_seeds"
)

failed=0
summary=()
for spec in "${TARGETS[@]}"; do
    read -r name max_len seeds <<<"$spec"
    corpus="$WORK/$name"
    mkdir -p "$corpus"
    log="$LOGS/$name.log"
    dict=()
    [[ -f "$ROOT/tests/fuzz/$name.dict" ]] && dict=(-dict="$ROOT/tests/fuzz/$name.dict")
    echo "fuzz_$name: ${SECONDS_EACH} s (log: $log)"
    rc=0
    # New inputs go to the first folder ($corpus, in the build); the seeds are only read.
    "$BIN/fuzz_$name" -max_total_time="$SECONDS_EACH" -max_len="$max_len" -timeout=30 \
        -rss_limit_mb=2560 -print_final_stats=1 -artifact_prefix="$CRASHES/$name-" \
        "${dict[@]}" "$corpus" "$seeds" >"$log" 2>&1 || rc=$?
    units=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    per_sec=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    secs=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log" | tail -1)
    rss=$(sed -n 's/^stat::peak_rss_mb: *//p' "$log" | tail -1)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
    files=$(find "$corpus" -type f | wc -l)
    result=ok
    if ((rc != 0)) || grep -aqE '^==[0-9]+==ERROR|runtime error:|^SUMMARY: |fuzz target: ' "$log"; then
        result="FAILED (exit $rc)"
        failed=1
        echo "---- fuzz_$name failed; the report:"
        grep -a -E -A40 '^==[0-9]+==|runtime error:|fuzz target: |what\(\):' "$log" | head -80 || true
        grep -a -E 'Test unit written to' "$log" | tail -1 || true
    fi
    summary+=("$(printf '%-20s %10s %8s %8s %8s %6s %7s  %s' "$name" "${units:-?}" \
        "${secs:-?}" "${per_sec:-?}" "${cov:-?}" "$files" "${rss:-?}" "$result")")
done

echo
echo "fuzzing, $MODE mode ($SECONDS_EACH s per target):"
printf '%-20s %10s %8s %8s %8s %6s %7s  %s\n' target executions seconds exec/s cov corpus rss_mb result
printf '%s\n' "${summary[@]}"
if ((failed)); then
    echo "error: a fuzz target found a crash, a sanitizer report or a leak; reproducers in $CRASHES" >&2
    exit 1
fi

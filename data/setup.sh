#!/usr/bin/env bash
# One command for everything on a fresh Debian 12 machine (as root): installs the missing
# Debian packages, configures and builds, fetches and imports the boundaries, then
#
#   bash data/setup.sh run [PROJECT.gpkg]   opens the map (default: the Kreis Düren example)
#   bash data/setup.sh test                 runs the whole test suite, then the sanitizer and
#                                           fuzz jobs in their short modes (issue 9)
#   bash data/setup.sh build                only sets up and builds
#   bash data/setup.sh package              sets up, builds and makes the Debian package
#                                           build/package/begegnungskarte_VERSION_amd64.deb
#                                           (install it with apt-get install ./that.deb)
#
# Environment: BK_BUILD_DIR (default ./build), CI=true builds with warnings as errors.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${BK_BUILD_DIR:-$root/build}
mode=${1:-run}
[[ $# -gt 0 ]] && shift

packages=(
    build-essential cmake pkg-config git
    libimgui-dev libglfw3-dev libgdal-dev libproj-dev libgeos-dev libsqlite3-dev
    libepoxy-dev libegl-dev libcairo2-dev libpango1.0-dev libpng-dev libstb-dev libfontconfig-dev
    libhyphen-dev hyphen-de hyphen-en-us coinor-libcbc-dev
    libcli11-dev nlohmann-json3-dev libgtest-dev libgmock-dev libbenchmark-dev
    fonts-dejavu-core libegl-mesa0 libgl1-mesa-dri libglx-mesa0 xvfb xauth
    poppler-utils qpdf libxml2-utils python3 xdotool x11-xkb-utils imagemagick
    help2man desktop-file-utils appstream dpkg-dev fakeroot
    python3-qgis qgis-providers
    postgresql-15 postgresql-15-postgis-3 libpq-dev
)
# postgresql-15 may create and start Debian's default cluster (port 5432); the tests use none of
# it: they start their own throwaway server (tests/pg/cluster.sh, ctest fixture "postgres").
# The hardening jobs of `test`: clang 16 with its sanitizer and libFuzzer runtimes (clang 14
# crashes on one of our files), and ccache so the extra builds reuse what they can.
[[ "$mode" == test ]] && packages+=(clang-16 libclang-rt-16-dev llvm-16 ccache)
command -v npm >/dev/null 2>&1 || packages+=(npm)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
    if [[ $(id -u) -ne 0 ]]; then
        echo "error: missing Debian packages; run as root or install them:" >&2
        echo "  apt-get install ${missing[*]}" >&2
        exit 1
    fi
    echo "Installing: ${missing[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

werror=OFF
[[ "${CI:-}" == "true" ]] && werror=ON
bash "$root/data/fetch-vg250.sh" "$build/vg250"
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBK_WERROR=$werror \
    -DBK_VG250_DIR="$build/vg250" "${launcher[@]}" >/dev/null
cmake --build "$build" -j "$(nproc)"

project=$build/kreis-dueren.gpkg
if [[ ! -f "$project" ]]; then
    "$build/app/begegnungskarte" import-boundaries \
        --municipalities "$build/vg250/gemeinden.geo.json" \
        --districts "$build/vg250/kreise.geo.json" \
        --district-key 05358 --stand 2016-01-01 \
        --population "$root/data/bevoelkerung-zensus2022.csv" \
        --out "$project"
fi

# The example project (fictional applications on the real boundaries) for `run`.
example=$build/beispiel.gpkg
[[ -f "$example" ]] || "$build/app/begegnungskarte" demo --from "$project" --out "$example"

case "$mode" in
    run)
        target=${1:-$example}
        if [[ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]]; then
            echo "error: no display. Start this on a desktop, or render without one:" >&2
            echo "  $build/app/begegnungskarte snapshot $target --out karte.png" >&2
            exit 1
        fi
        exec "$build/app/begegnungskarte" "$target" ;;
    test)
        # The suite first; then the suite's parsers, project file and commands under
        # AddressSanitizer/UBSan, and each parser's fuzz target for 60 s (short modes; both
        # scripts take --long). BK_SKIP_HARDENING=1 runs the suite alone.
        status=0
        ctest --test-dir "$build" --output-on-failure -j "$(nproc)" || status=$?
        if [[ "${BK_SKIP_HARDENING:-}" != 1 ]]; then
            BK_VG250_DIR="$build/vg250" bash "$root/tests/sanitize/run.sh" || status=1
            bash "$root/tests/fuzz/run.sh" || status=1
        fi
        exit "$status" ;;
    build) ;;
    package)
        # The package for users (issue 12): cpack's DEB generator with the install rules;
        # dependencies from the shared libraries (dpkg-shlibdeps).
        mkdir -p "$build/package"
        cpack --config "$build/CPackConfig.cmake" -G DEB -B "$build/package" >"$build/package/cpack.log" 2>&1 ||
            { cat "$build/package/cpack.log" >&2; exit 1; }
        deb=$(ls -t "$build"/package/begegnungskarte_*.deb | head -1)
        echo "$deb"
        echo "install: apt-get install $deb" ;;
    *)
        echo "usage: bash data/setup.sh run [PROJECT.gpkg] | test | build | package" >&2
        exit 2 ;;
esac

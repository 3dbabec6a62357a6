#!/usr/bin/env bash
# desktop_files.sh SOURCE_DIR: the desktop entry passes desktop-file-validate, the AppStream
# metainfo passes `appstreamcli validate --no-net` (warnings count as failures there), the media
# type file is well-formed XML, and the window class the program sets is the desktop entry's
# StartupWMClass. Exit 77 (skipped) when a validator is not installed.
set -u
src=$1
desktop=$src/data/begegnungskarte.desktop
metainfo=$src/data/de.kreis_dueren.begegnungskarte.metainfo.xml
mime=$src/data/begegnungskarte-mime.xml
fail() { echo "FAIL: $*"; exit 1; }

for tool in desktop-file-validate appstreamcli xmllint; do
    if ! command -v "$tool" >/dev/null; then
        echo "SKIP: $tool is not installed (apt-get install desktop-file-utils appstream libxml2-utils)"
        exit 77
    fi
done

echo "\$ desktop-file-validate $desktop"
desktop-file-validate "$desktop" || fail "desktop-file-validate refused $desktop"
echo "\$ appstreamcli validate --no-net $metainfo"
appstreamcli validate --no-net "$metainfo" || fail "appstreamcli refused $metainfo"
xmllint --noout "$mime" || fail "$mime is not well-formed"

# The fields, literally.
grep -qx 'Categories=Office;Education;Science;Geography;' "$desktop" || fail "Categories"
for key in 'Name=' 'Name\[de\]=' 'Comment=' 'Comment\[de\]=' 'Icon=begegnungskarte' 'Exec=begegnungskarte'; do
    grep -q "^$key" "$desktop" || fail "$desktop lacks $key"
done
grep -q '<launchable type="desktop-id">begegnungskarte.desktop</launchable>' "$metainfo" ||
    fail "the metainfo does not launch begegnungskarte.desktop"

# StartupWMClass is what the desktop matches the window's X11 class against.
class=$(sed -n 's/^StartupWMClass=//p' "$desktop")
[[ -n "$class" ]] || fail "$desktop has no StartupWMClass"
grep -q "glfwWindowHintString(GLFW_X11_CLASS_NAME, \"$class\")" "$src/app/ui/window_setup.cpp" ||
    fail "the window's X11 class is not \"$class\" (app/ui/window_setup.cpp)"

# The icon: the SVG is well-formed and each PNG render has its size.
xmllint --noout "$src/data/icons/begegnungskarte.svg" || fail "the SVG icon is not well-formed"
for size in 16 24 32 48 64 128 256; do
    png=$src/data/icons/begegnungskarte-$size.png
    [[ -f "$png" ]] || fail "$png is missing"
    # Width and height are the big-endian words at bytes 16 and 20 of a PNG.
    dims=$(od -An -tu1 -j16 -N8 "$png" | awk '{print $1*16777216+$2*65536+$3*256+$4 "x" $5*16777216+$6*65536+$7*256+$8}')
    [[ "$dims" == "${size}x${size}" ]] || fail "$png is $dims, not ${size}x${size}"
done
echo "OK"

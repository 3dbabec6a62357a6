#!/usr/bin/env bash
# set_layout.sh DISPLAY de|fr|us [--hold]
#
# Puts a keyboard layout into an X server (meant for Xvfb in the UI tests) and VERIFIES it from
# a fresh client: exit 0 only when the server's keymap has the layout's letters where the layout
# puts them (de: z on keycode 29 <AD06>, y on 52 <AB01>; fr: a on 24, q on 38, z on 25, w on 52;
# us: y on 29, z on 52), else exit 1 with the reason.
#
# Why a layout "does not take" in Xvfb: by default the X server RESETS when its last client
# disconnects, and a reset rebuilds the keymap from the built-in defaults (evdev/pc105/us).
# On a fresh Xvfb nobody else is connected, so `setxkbmap de` (or `xkbcomp file :N`) succeeds,
# exits, and the server immediately resets back to US (strace shows it re-running xkbcomp with
# symbols/us right after the client leaves). Nothing wrong with permissions, /var/lib/xkb,
# -xkbdir or the XKB extension. Remedies:
#   * start Xvfb with -noreset (recommended):  Xvfb :93 -screen 0 800x600x24 -noreset
#   * or keep some client connected from before setting the layout until the end, e.g.
#     pass --hold: leaves `xprop -root -spy` connected (it exits by itself with the server).
# Xvfb has no command-line option or environment variable for the default layout
# (XKB_DEFAULT_LAYOUT is libxkbcommon's, the server ignores it).
set -u

die() { echo "set_layout.sh: $*" >&2; exit 1; }

[ $# -ge 2 ] || die "usage: set_layout.sh DISPLAY de|fr|us [--hold]"
dpy=$1 layout=$2 hold=${3:-}
case $layout in de|fr|us) ;; *) die "layout must be de, fr or us (got '$layout')" ;; esac
[ -z "$hold" ] || [ "$hold" = --hold ] || die "unknown option '$hold'"
for t in setxkbmap xkbcomp python3; do
    command -v "$t" >/dev/null || die "$t is missing (apt-get install x11-xkb-utils python3)"
done
[ -z "$hold" ] || command -v xprop >/dev/null || die "--hold needs xprop (apt-get install x11-utils)"

apply() {
    # setxkbmap asks the server to compile rules evdev/pc105/<layout> and also records the
    # rules names (setxkbmap -query). Fallback: compile locally and upload with xkbcomp.
    setxkbmap -display "$dpy" -rules evdev -model pc105 -layout "$layout" -variant '' -option '' \
        2>/dev/null && return 0
    setxkbmap -display "$dpy" -rules evdev -model pc105 -layout "$layout" -variant '' -option '' \
        -print | xkbcomp -w 0 - "$dpy" 2>/dev/null
}

# Prints "ok ..." or the mismatch; asks Xlib the same questions as GLFW's glfwGetKeyName
# (XkbKeycodeToKeysym, group 1 level 1) and xdotool (XKeysymToKeycode).
check() {
    DISPLAY=$dpy python3 - "$layout" <<'EOF'
import ctypes, sys
want = {"de": {29: "z", 52: "y", 24: "q", 38: "a"},
        "fr": {24: "a", 38: "q", 25: "z", 52: "w"},
        "us": {29: "y", 52: "z", 24: "q", 38: "a"}}[sys.argv[1]]
x = ctypes.cdll.LoadLibrary("libX11.so.6")
x.XOpenDisplay.restype = ctypes.c_void_p
x.XkbKeycodeToKeysym.restype = ctypes.c_ulong
x.XkbKeycodeToKeysym.argtypes = [ctypes.c_void_p, ctypes.c_ubyte, ctypes.c_int, ctypes.c_int]
x.XKeysymToString.restype = ctypes.c_char_p
x.XKeysymToString.argtypes = [ctypes.c_ulong]
x.XStringToKeysym.restype = ctypes.c_ulong
x.XStringToKeysym.argtypes = [ctypes.c_char_p]
x.XKeysymToKeycode.restype = ctypes.c_ubyte
x.XKeysymToKeycode.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
x.XCloseDisplay.argtypes = [ctypes.c_void_p]
d = x.XOpenDisplay(None)
if not d:
    print("cannot open the display"); sys.exit(1)
got = {kc: (x.XKeysymToString(x.XkbKeycodeToKeysym(d, kc, 0, 0)) or b"?").decode() for kc in want}
zkc = x.XKeysymToKeycode(d, x.XStringToKeysym(b"z"))
zwant = [kc for kc, s in want.items() if s == "z"][0]
x.XCloseDisplay(d)
desc = " ".join(f"{kc}={got[kc]}" for kc in sorted(got))
if got == want and zkc == zwant:
    print(f"ok: {desc}, 'z' on keycode {zkc}")
else:
    print(f"the key for 'z' is keycode {zkc}, not {zwant}; keycodes {desc}")
    sys.exit(1)
EOF
}

# Two checks from two fresh connections with a pause: a server that resets when the last
# client leaves is caught even if the first check raced the reset.
verify() { local o; o=$(check) || { echo "$o"; return 1; }; sleep 0.5; check; }

keeper=
if [ -n "$hold" ]; then
    setsid xprop -display "$dpy" -root -spy >/dev/null 2>&1 < /dev/null &
    keeper=$!
    sleep 0.3
    kill -0 "$keeper" 2>/dev/null || die "cannot connect to $dpy (xprop -spy exited)"
fi

apply || die "setxkbmap/xkbcomp could not load layout '$layout' into $dpy"
if out=$(verify); then
    echo "set_layout.sh: $dpy has layout $layout ($out)${keeper:+; holding client pid $keeper}"
    exit 0
fi
[ -n "$keeper" ] && { kill "$keeper" 2>/dev/null; die "layout $layout did not take on $dpy: $out"; }

# Diagnose: does the layout take while a client stays connected? Then the server resets.
command -v xprop >/dev/null || die "layout $layout did not take on $dpy: $out (if Xvfb was" \
    "started without -noreset, it resets to US when the last client leaves)"
setsid xprop -display "$dpy" -root -spy >/dev/null 2>&1 < /dev/null &
probe=$!
sleep 0.3
apply; held=$(check); held_rc=$?
kill "$probe" 2>/dev/null; wait "$probe" 2>/dev/null
if [ $held_rc -eq 0 ]; then
    die "layout $layout takes on $dpy only while a client is connected, and is lost when the" \
        "last client leaves ($out): the server resets after its last client exits." \
        "Start Xvfb with -noreset, or call set_layout.sh with --hold."
fi
die "layout $layout did not take on $dpy: $out"

#!/usr/bin/env python3
"""The walkthrough of issue 11 (section 7): the window under Xvfb with a German keyboard
(`setxkbmap de`), driven with xdotool at 1280x800 and 1920x1080 on a fresh copy of the Kreis
Dueren example.

At each size:
  layout    a probe run (--frames N --dump-text F) in the light and the dark theme: from the
            window's own record of placed rectangles (F.layout.json, app/ui/layout_record.hpp)
            no legend, banner, card or panel covers a municipality label, and no text is clipped;
            the screenshots are kept.
  title     edit an application's title (End, type, Return): stored; Strg+Z: the project file
            has the old title again.
  keys      70 BackSpace presses 40 ms apart in the title field delete 70 characters.
  radius    drag the "Radius r" slider (Auswahl tab): the stored radius changed, one audit entry.
  choice    pick a set other than the recommendation, write a Begruendung, "Abweichende Auswahl
            beschliessen": the choice and its reason are stored.
  export    Strg+E opens the export dialog, Return writes the PNG.
  mapOnly   F5 shows the map only (no panel), Esc brings the panels back.

Where to click comes from the window's record: started with --dump-text F and no --frames, the
window rewrites F and F.layout.json after every frame it draws; its "lines" give every text line's
box, "windows" every ImGui window's rectangle. Nothing waits a fixed long time: each step polls the
record or the project file until the expected state shows (or a step's time limit passes), and
moves the pointer by a pixel now and then so an idle window draws a frame.

Exit 0 when every check passed, 1 when one failed, 77 (ctest SKIP_RETURN_CODE) when Xvfb,
xdotool, setxkbmap or import is missing. Screenshots and records go to --out.
"""

import argparse
import json
import os
import re
import select
import shutil
import sqlite3
import subprocess
import sys
import time

SKIP = 77
SIZES = ("1280x800", "1920x1080")



def stop(proc):
    """Ends a child process: SIGTERM, then SIGKILL after 10 s."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()

class Failed(Exception):
    pass


def log(msg):
    print(msg, flush=True)


# --- the X server and the tools ---------------------------------------------------------------

class Display:
    """An Xvfb server on a display number it chooses itself (-displayfd): a fixed number
    collides with any other X server on the machine (CI saw /tmp/.X77-lock held by another)."""

    def __init__(self, width, height, out, label):
        self.width, self.height = width, height
        self.errlog = open(os.path.join(out, f"xvfb-{label}.log"), "w")
        read_fd, write_fd = os.pipe()
        try:
            self.proc = subprocess.Popen(
                ["Xvfb", "-displayfd", str(write_fd), "-noreset", "-screen", "0",
                 f"{width}x{height}x24", "-nolisten", "tcp"],
                stdout=subprocess.DEVNULL, stderr=self.errlog, pass_fds=(write_fd,))
        finally:
            os.close(write_fd)
        try:
            number = self._read_number(read_fd)
        except BaseException:
            os.close(read_fd)
            self.close()
            raise
        os.close(read_fd)
        self.name = f":{number}"
        self.env = dict(os.environ, DISPLAY=self.name)
        try:
            self.start()
        except BaseException:
            self.close()
            raise

    def _read_number(self, fd):
        """Xvfb writes the display number and a newline to the descriptor once it listens."""
        deadline = time.monotonic() + 20
        text = b""
        while time.monotonic() < deadline and not text.endswith(b"\n"):
            ready, _, _ = select.select([fd], [], [], 0.2)
            if ready:
                chunk = os.read(fd, 64)
                if not chunk:
                    break
                text += chunk
            elif self.proc.poll() is not None:
                break
        if not text.strip().isdigit():
            raise Failed(f"Xvfb did not report a display number (exit {self.proc.poll()})")
        return int(text.strip())

    def start(self):
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise Failed(f"Xvfb {self.name} exited ({self.proc.returncode})")
            if self.run(["xdotool", "getdisplaygeometry"], check=False).returncode == 0:
                break
            time.sleep(0.1)
        else:
            raise Failed(f"Xvfb {self.name} did not start")
        # -noreset: Xvfb resets (and forgets the layout) when its last client disconnects.
        # set_layout.sh applies the German layout and checks that the key <AD06> types z.
        script = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set_layout.sh")
        r = subprocess.run(["bash", script, self.name, "de"], env=self.env, capture_output=True,
                           text=True, timeout=60)
        self.qwertz = r.returncode == 0
        if not self.qwertz:
            raise Failed(f"German keyboard layout not set on {self.name}: "
                         f"{(r.stdout + r.stderr).strip()}")

    def run(self, args, check=True):
        r = subprocess.run(args, env=self.env, capture_output=True, text=True, timeout=60)
        if check and r.returncode != 0:
            raise Failed(f"{' '.join(args)}: {r.stderr.strip()}")
        return r

    def xdo(self, *args):
        return self.run(["xdotool", *[str(a) for a in args]])

    def screenshot(self, path):
        self.run(["import", "-window", "root", path], check=False)

    def close(self):
        stop(self.proc)
        self.errlog.close()


# --- the project file ------------------------------------------------------------------------

class ProjectFile:
    def __init__(self, path):
        self.path = path

    def query(self, sql, args=()):
        for attempt in range(20):
            try:
                con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, timeout=2)
                try:
                    return con.execute(sql, args).fetchall()
                finally:
                    con.close()
            except sqlite3.OperationalError:
                if attempt == 19:
                    raise
                time.sleep(0.1)

    def title(self, app_id):
        return self.query("SELECT titel FROM bewerbungen WHERE id = ?", (app_id,))[0][0]

    def audit_count(self):
        return self.query("SELECT count(*) FROM audit_log")[0][0]

    def audit_tail(self, n):
        return self.query("SELECT aktion, objekt FROM audit_log ORDER BY id DESC LIMIT ?", (n,))

    def settings(self):
        row = self.query("SELECT einstellungen, auswahl FROM entscheidung WHERE id = 1")
        return (json.loads(row[0][0]), json.loads(row[0][1]) if row[0][1] else None) if row \
            else ({}, None)

    def radius(self):
        """The radius wherever the settings or the call keep it (a key naming 'radius')."""
        def find(node):
            if isinstance(node, dict):
                for k, v in node.items():
                    if "radius" in k.lower() and isinstance(v, (int, float)):
                        return float(v)
                    found = find(v)
                    if found is not None:
                        return found
            if isinstance(node, list):
                for v in node:
                    found = find(v)
                    if found is not None:
                        return found
            return None
        value = find(self.settings()[0])
        if value is None:
            call = self.query("SELECT daten FROM ausschreibung WHERE id = 1")
            value = find(json.loads(call[0][0])) if call else None
        return value


# --- the window --------------------------------------------------------------------------------

def inside(point, r):
    x, y = point
    return r["x"] <= x <= r["x"] + r["w"] and r["y"] <= y <= r["y"] + r["h"]


def overlap(a, b, margin=0.5):
    return (a["x"] + margin < b["x"] + b["w"] and b["x"] + margin < a["x"] + a["w"] and
            a["y"] + margin < b["y"] + b["h"] and b["y"] + margin < a["y"] + a["h"])


def centre(r):
    return r["x"] + r["w"] / 2, r["y"] + r["h"] / 2


class Window:
    def __init__(self, exe, project, display, work, out, tag):
        self.display, self.out, self.tag = display, out, tag
        self.dump = os.path.join(work, "live.txt")
        self.record = self.dump + ".layout.json"
        for f in (self.dump, self.record):
            if os.path.exists(f):
                os.remove(f)
        self.stderr = open(os.path.join(out, f"window-{tag}.log"), "w")
        self.proc = subprocess.Popen(
            [exe, project, "--width", str(display.width), "--height", str(display.height),
             "--dump-text", self.dump],
            cwd=work, env=dict(display.env, XDG_CONFIG_HOME=work, XDG_STATE_HOME=work),
            stdout=self.stderr, stderr=subprocess.STDOUT)
        self.wid = None
        self.nudge = 0
        self.shots = 0
        rec = self.wait(lambda r: any(w["kind"] == "panel" for w in r["windows"]), 40,
                        "the window's first frame with its side panel")
        ids = self.display.run(["xdotool", "search", "--pid", str(self.proc.pid)], check=False)
        wids = ids.stdout.split()
        self.wid = wids[-1] if wids else None
        self.origin = (0, 0)
        if self.wid:
            geo = self.display.run(["xdotool", "getwindowgeometry", self.wid]).stdout
            m = re.search(r"Position:\s*(-?\d+),(-?\d+)", geo)
            if m:
                self.origin = (int(m.group(1)), int(m.group(2)))
        self.first = rec

    def alive(self):
        return self.proc.poll() is None

    def layout(self):
        try:
            with open(self.record, encoding="utf-8") as f:
                return json.load(f)
        except (OSError, ValueError):
            return None

    def poke(self):
        """Moves the pointer by one pixel so a window that is quiet when idle draws a frame."""
        self.nudge = 1 - self.nudge
        x, y = self.origin[0] + 2 + self.nudge, self.origin[1] + self.display.height - 3
        self.display.xdo("mousemove", x, y)

    def wait(self, predicate, timeout, what):
        deadline = time.monotonic() + timeout
        last_poke = time.monotonic()
        while True:
            if not self.alive():
                raise Failed(f"the window exited ({self.proc.returncode}) while waiting for {what}")
            rec = self.layout()
            if rec is not None and "lines" not in rec:
                raise Failed("the layout record has no \"lines\" (every text line's box), so "
                             "the driver cannot find the widgets")
            if rec is not None:
                try:
                    if predicate(rec):
                        return rec
                except (KeyError, IndexError):
                    pass
            if time.monotonic() > deadline:
                self.shot(f"timeout-{re.sub(r'[^a-z]+', '-', what.lower())[:40]}")
                raise Failed(f"timed out waiting for {what}")
            if time.monotonic() - last_poke > 0.5 and self.wid:
                self.poke()
                last_poke = time.monotonic()
            time.sleep(0.05)

    def lines(self, rec, pattern, window=None):
        rx = re.compile(pattern)
        return [l for l in rec["lines"]
                if rx.search(l["text"]) and (window is None or window(l["window"], rec))]

    def line(self, pattern, what, timeout=10, window=None, visible=True):
        """Waits for a text line matching `pattern` and returns it (the first, top to bottom)."""
        def found(rec):
            hits = [l for l in self.lines(rec, pattern, window)
                    if not visible or self.on_screen(l)]
            return sorted(hits, key=lambda l: (l["y"], l["x"]))
        deadline = time.monotonic() + timeout
        while True:
            rec = self.wait(lambda r: bool(found(r)), max(1, deadline - time.monotonic()), what)
            hit = found(rec)[0]
            if self.settled(hit) or time.monotonic() > deadline:
                return hit

    def settled(self, hit):
        """Whether a line found in the record is still where it was a moment later: a scroll
        or a click may still be moving things, and a click must land on the current frame."""
        time.sleep(0.3)
        self.poke()
        time.sleep(0.15)
        rec = self.layout()
        return rec is not None and any(
            l["text"] == hit["text"] and abs(l["x"] - hit["x"]) < 1.5 and
            abs(l["y"] - hit["y"]) < 1.5 for l in rec["lines"])

    def on_screen(self, l):
        """Whether the whole line is visible: on the screen and inside the rectangle it was
        clipped to (a scrolled region's edge, the panel's footer)."""
        if not (0 <= l["y"] and l["y"] + l["h"] <= self.display.height and l["h"] > 0):
            return False
        c = l.get("clip")
        return c is None or (c["y"] - 0.5 <= l["y"] and l["y"] + l["h"] <= c["y"] + c["h"] + 0.5
                             and c["x"] - 0.5 <= l["x"] < c["x"] + c["w"])

    def side_panel(self, rec=None):
        rec = rec or self.layout()
        panels = [w for w in rec["windows"] if w["kind"] == "panel"]
        return max(panels, key=lambda w: w["w"] * w["h"]) if panels else None

    def click(self, x, y, button=1):
        self.display.xdo("mousemove", int(self.origin[0] + x), int(self.origin[1] + y))
        time.sleep(0.1)
        # Pressed and released in frames of their own (a window waiting for events may
        # otherwise see both in one frame).
        self.display.xdo("mousedown", button)
        time.sleep(0.12)
        self.display.xdo("mouseup", button)
        time.sleep(0.05)

    def click_line(self, l, dx=None):
        x = l["x"] + (dx if dx is not None else min(8.0, l["w"] / 2))
        self.click(x, l["y"] + l["h"] / 2)

    def key(self, *keys, delay=None):
        args = ["key", "--clearmodifiers"]
        if delay is not None:
            args += ["--delay", str(delay)]
        self.display.xdo(*args, *keys)

    def press(self, keys):
        """One key (or chord) held for a tenth of a second: a step's own keys are not the fast
        keys under test, so they must not depend on a press and release landing in one frame."""
        self.display.xdo("keydown", "--clearmodifiers", keys)
        for _ in range(3):  # pointer moves make a window that waits for events draw frames
            time.sleep(0.04)
            self.poke()
        self.display.xdo("keyup", keys)
        time.sleep(0.05)

    def type(self, text):
        self.display.xdo("type", "--delay", "15", text)

    def scroll_to(self, pattern, what, window_name, timeout=20, find=None, nth=0):
        """Scrolls the panel (`find(rec)`, default the side panel) with the wheel until a line
        matching `pattern` (the `nth` such line, top to bottom) is fully on screen inside it."""
        deadline = time.monotonic() + timeout
        while True:
            rec = self.wait(lambda r: True, 5, "a frame")
            panel = (find or self.side_panel)(rec)
            hits = [l for l in self.lines(rec, pattern)
                    if panel and inside((l["x"] + 1, l["y"] + 1), panel)
                    and l["y"] + l["h"] <= panel["y"] + panel["h"] - 4 and l["y"] >= panel["y"]
                    and self.on_screen(l)]
            if len(hits) > nth:
                hit = sorted(hits, key=lambda l: l["y"])[nth]
                if self.settled(hit):
                    return hit
                continue
            if time.monotonic() > deadline:
                self.shot("scroll-" + re.sub(r"[^a-z]+", "-", what.lower()))
                raise Failed(f"{what} did not come into view in the {window_name}")
            # The wheel over the panel's own scrolling region, not over a table in it (a
            # table scrolls its rows first and would carry the wanted row out of view).
            x, y = panel["x"] + panel["w"] / 2, panel["y"] + panel["h"] * 0.6
            own = [l for l in rec["lines"] if l["window"].startswith(panel["name"] + "/")
                   and l["window"].count("/") == panel["name"].count("/") + 1
                   and self.on_screen(l)]
            if own:
                l = sorted(own, key=lambda l: l["y"])[len(own) // 2]
                x, y = l["x"] + min(l["w"], 20) / 2, l["y"] + l["h"] / 2
            self.display.xdo("mousemove", int(self.origin[0] + x), int(self.origin[1] + y))
            self.display.xdo("click", "5")
            time.sleep(0.15)

    def shot(self, name):
        self.shots += 1
        self.display.screenshot(os.path.join(self.out, f"{self.tag}-{self.shots:02d}-{name}.png"))

    def close(self):
        stop(self.proc)
        self.stderr.close()


# --- the checks --------------------------------------------------------------------------------

class Results:
    def __init__(self):
        self.rows = []

    def add(self, size, name, ok, detail):
        self.rows.append((size, name, ok, detail))
        log(f"{'PASS' if ok else 'FAIL'} {size} {name}: {detail}")

    def run(self, size, name, fn):
        try:
            ok, detail = fn()
        except Failed as e:
            ok, detail = False, str(e)
        except subprocess.TimeoutExpired as e:
            ok, detail = False, f"a tool hung: {e}"
        self.add(size, name, ok, detail)
        return ok


COVERING = {"legend", "banner", "card", "panel", "dialog"}


def layout_problems(rec):
    """Municipality labels covered by a legend, banner, card or panel; clipped text lines."""
    problems = []
    covers = [(w["kind"], w["name"], w) for w in rec["windows"] if w["kind"] in COVERING]
    covers += [(o["kind"], o["name"], o) for o in rec.get("overlays", [])
               if o["kind"] in ("banner", "legend")]
    for label in rec["labels"]:
        if label["kind"] != "municipality":
            continue
        for kind, name, r in covers:
            if overlap(label, r):
                problems.append(f"{kind} {name!r} covers the label {label['text']!r}")
    # A row cut at the top or bottom edge of an area that scrolls vertically is reached by
    # scrolling (a list's last visible row); any other cut text is a problem.
    scrolling = [w for w in rec["windows"] if w.get("scrollsY")]

    def at_scroll_edge(c):
        if c["axis"] != "y":
            return False
        clip = c["clip"]
        for w in scrolling:
            if not (c["window"] == w["name"] or c["window"].startswith(w["name"] + "/")):
                continue
            top, bottom = w["y"], w["y"] + w["h"]
            if abs(clip["y"] - top) < 24 or abs(clip["y"] + clip["h"] - bottom) < 24:
                return True
        return False

    for c in rec["clipped"]:
        if not at_scroll_edge(c):
            problems.append(f"clipped ({c['axis']}) in {c['window']!r}: {c['text']!r}")
    return problems


def check_layout(exe, project, display, work, out, size, theme):
    dump = os.path.join(work, f"probe-{theme}.txt")
    shot = os.path.join(out, f"{size}-{theme}.png")
    r = display.run([exe, project, "--width", str(display.width), "--height",
                     str(display.height), "--frames", "8", "--ui-theme", theme,
                     "--dump-text", dump, "--screenshot", shot], check=False)
    if r.returncode != 0:
        return False, f"probe run exit {r.returncode}: {r.stderr.strip()[-300:]}"
    try:
        with open(dump + ".layout.json", encoding="utf-8") as f:
            rec = json.load(f)
    except (OSError, ValueError) as e:
        return False, f"no layout record next to the text dump: {e}"
    shutil.copy(dump + ".layout.json", os.path.join(out, f"{size}-{theme}.layout.json"))
    labels = [l for l in rec.get("labels", []) if l["kind"] == "municipality"]
    # A label left out (no room, or hidden under a panel) is no label seen: every Kommune's.
    total = ProjectFile(project).query("SELECT count(*) FROM gemeinden")[0][0]
    if len(labels) < total:
        placed = ", ".join(sorted(l["text"] for l in labels))
        return False, f"{len(labels)} of {total} municipality labels placed ({placed})"
    problems = layout_problems(rec)
    if problems:
        return False, f"{len(problems)} problems: " + "; ".join(problems[:12])
    return True, f"{len(labels)} municipality labels uncovered, nothing clipped ({shot})"


def panel_of(rec):
    panels = [w for w in rec["windows"] if w["kind"] == "panel"]
    return max(panels, key=lambda w: w["w"] * w["h"]) if panels else None


def in_panel(name, rec):
    p = panel_of(rec)
    # Child windows (a tab's scrolled region, a table) are named "parent/child".
    return p is not None and (name == p["name"] or name.startswith(p["name"] + "/"))


def open_tab(win, label):
    tab = win.line(rf"(^|\s){re.escape(label)}(\s|$)", f"the tab {label}",
                   window=in_panel)
    # A tab bar line holds every tab ("Bewerbungen Gremium Auswahl ..."): click on the word.
    words = tab["text"]
    start = words.find(label)
    x = tab["x"] + tab["w"] * (start + len(label) / 2) / max(1, len(words))
    win.click(x, tab["y"] + tab["h"] / 2)
    time.sleep(0.2)


def walkthrough(exe, project_path, display, work, out, size, results):
    project = ProjectFile(project_path)
    apps = project.query("SELECT id, nr, titel FROM bewerbungen ORDER BY id")
    if not apps:
        raise Failed("the example has no applications")
    win = Window(exe, project_path, display, work, out, size)
    try:
        win.shot("start")
        app_id, nr, old_title = apps[0]
        state = {}

        def form(rec):
            forms = [w for w in rec["windows"] if w["name"].endswith("###form")]
            return forms[0] if forms else None

        def title_field():
            """The title's input field in the application's form: its text next to or below
            the label "Titel" (scrolled into view)."""
            win.wait(lambda r: form(r) is not None, 10, "the application's form")
            label = win.scroll_to(r"(^|\s)Titel$", "the label Titel", "form", find=form)
            rec = win.layout()
            hits = [l for l in win.lines(rec, rf"^{re.escape(old_title[:15])}")
                    if label["y"] - 4 <= l["y"] <= label["y"] + 2.5 * label["h"]
                    and l["window"].startswith(form(rec)["name"])]
            if not hits:
                raise Failed(f"no title field beside or below the label Titel at y={label['y']}")
            return sorted(hits, key=lambda l: l["y"])[0]

        def title_undo():
            open_tab(win, "Bewerbungen")
            row = win.line(rf"^{re.escape(nr)}(\s|$)", f"the list row {nr}", window=in_panel)
            win.click_line(row)
            field = title_field()
            win.click_line(field, dx=min(field["w"] - 2, 30))
            win.press("End")
            win.type(" Probe")
            win.press("Return")
            new_title = old_title + " Probe"
            wait_for(lambda: project.title(app_id) == new_title, 10, win)
            if project.title(app_id) != new_title:
                return False, (f"typed title not stored: {project.title(app_id)!r} "
                               f"(wanted {new_title!r})")
            win.shot("title-edited")
            before = project.audit_count()
            win.press("ctrl+z")
            wait_for(lambda: project.title(app_id) == old_title, 10, win)
            now = project.title(app_id)
            win.shot("title-undone")
            if now != old_title:
                return False, (f"after Strg+Z the stored title is {now!r}, not the old "
                               f"{old_title!r} (audit entries {before} -> "
                               f"{project.audit_count()}: {project.audit_tail(2)})")
            return True, f"{old_title!r} -> {new_title!r} -> Strg+Z -> {now!r}"

        def fast_keys():
            field = title_field()
            win.click_line(field, dx=min(field["w"] - 2, 30))
            win.press("End")
            filler = "w" * 80
            win.type(filler)
            win.shot("typed-80")
            win.press("Return")
            wanted = old_title + filler
            wait_for(lambda: project.title(app_id) == wanted, 15, win)
            typed = project.title(app_id)
            if typed != wanted:
                return False, (f"80 typed characters did not all arrive: stored "
                               f"{len(typed) - len(old_title)} of 80")
            field = title_field()
            win.click_line(field, dx=min(field["w"] - 2, 30))
            win.press("End")
            win.key(*(["BackSpace"] * 70), delay=40)
            win.press("Return")
            wanted = old_title + "w" * 10
            wait_for(lambda: project.title(app_id) == wanted, 10, win)
            got = project.title(app_id)
            deleted = len(typed) - len(got)
            win.shot("backspace")
            return deleted == 70, f"70 BackSpace presses 40 ms apart deleted {deleted} characters"

        def radius():
            open_tab(win, "Auswahl")
            label = win.line(r"Radius r", "the Radius r slider", timeout=15, window=in_panel)
            wait_quiet(project, win)
            before_r, before_n = project.radius(), project.audit_count()
            # The slider lies left of its label, its value ("10,0 km") centred in it: start on
            # the value (its own line, or the start of a line "10,0 km Radius r") and drag right.
            rec = win.layout()
            values = [l for l in rec["lines"] if abs(l["y"] - label["y"]) < 4
                      and l["window"] == label["window"]
                      and l["x"] + l["w"] <= label["x"] and re.search(r"\d", l["text"])]
            if values:
                value = max(values, key=lambda l: l["x"])
                x0 = value["x"] + value["w"] / 2
            elif re.match(r"\d", label["text"]):
                x0 = label["x"] + 4
            else:
                return False, f"no slider value beside {label['text']!r}"
            y = label["y"] + label["h"] / 2
            ox, oy = win.origin
            d = win.display
            d.xdo("mousemove", int(ox + x0), int(oy + y))
            time.sleep(0.2)
            d.xdo("mousedown", "1")
            time.sleep(0.2)
            for step in range(1, 9):
                d.xdo("mousemove", int(ox + x0 + 8 * step), int(oy + y))
                time.sleep(0.08)
            time.sleep(0.2)
            d.xdo("mouseup", "1")
            wait_for(lambda: project.radius() != before_r, 8, win)
            time.sleep(0.5)
            win.poke()
            after_r, after_n = project.radius(), project.audit_count()
            win.shot("radius")
            ok = after_r is not None and after_r != before_r and after_n - before_n == 1
            return ok, (f"stored radius {before_r} -> {after_r}, "
                        f"{after_n - before_n} audit entries (want a change and exactly 1)")

        def choice():
            open_tab(win, "Auswahl")
            _, before = project.settings()
            header = win.scroll_to(r"^Rang\b", "ranking", "side panel")
            # The second row of the ranking ("2 B-01 + B-06 ...", or "1 ..." again when two
            # sets tie), scrolled fully into view.
            row = win.scroll_to(r"^\d+\s+\S+\s\+", "the ranking's second row", "side panel",
                                nth=1)
            if abs(row["x"] - header["x"]) > 12:
                return False, f"the second row {row['text']!r} is not under the header"
            win.click_line(row, dx=3)
            label = win.scroll_to(r"^Begründung$", "the Begründung field", "side panel")
            win.click(label["x"] + 20, label["y"] + label["h"] * 2.2)
            reason = "Walkthrough Probe"
            win.type(reason)
            button = win.scroll_to(r"Abweichende Auswahl beschließen", "the record button",
                                   "side panel")
            win.click_line(button, dx=button["w"] / 2)
            wait_for(lambda: project.settings()[1] not in (None, before), 10, win)
            _, after = project.settings()
            win.shot("choice")
            if after is None or after == before:
                return False, f"no choice stored (auswahl {after!r})"
            stored = json.dumps(after, ensure_ascii=False)
            return reason in stored, f"stored choice {stored[:200]}"

        def export():
            png = os.path.join(work, "karte.png")
            if os.path.exists(png):
                os.remove(png)
            win.poke()
            win.press("ctrl+e")
            dialog = win.wait(lambda r: any(w["kind"] == "dialog" for w in r["windows"])
                              or bool(win.lines(r, r"Karte als PNG speichern")), 8,
                              "the export dialog")
            del dialog
            win.shot("export-dialog")
            win.press("Return")
            wait_for(lambda: os.path.exists(png) and os.path.getsize(png) > 0, 20, win)
            if not os.path.exists(png):
                return False, "Strg+E, Return: no karte.png written"
            with open(png, "rb") as f:
                magic = f.read(8)
            shutil.copy(png, os.path.join(out, f"{size}-export.png"))
            return magic == b"\x89PNG\r\n\x1a\n", f"karte.png written ({os.path.getsize(png)} B)"

        def map_only():
            win.poke()
            win.press("F5")
            win.wait(lambda r: panel_of(r) is None, 8, "the map-only view (no panel)")
            win.shot("map-only")
            win.press("Escape")
            win.wait(lambda r: panel_of(r) is not None, 8, "the panels back after Esc")
            win.shot("back")
            return True, "F5: no panel; Esc: the side panel is back"

        for name, fn in (("title+Strg+Z", title_undo), ("70 BackSpace", fast_keys),
                         ("radius slider", radius), ("deviating choice", choice),
                         ("Strg+E Return", export), ("F5/Esc", map_only)):
            if not win.alive():
                results.add(size, name, False, f"the window is gone (exit {win.proc.returncode})")
                continue
            # Each step starts from a quiet window: no field left active by the last one.
            if name in ("radius slider", "deviating choice"):
                win.press("Escape")
            results.run(size, name, fn)
    finally:
        win.close()


def wait_quiet(project, win, timeout=5):
    """Waits until the audit log has not grown for a second (the last step's edit is written)."""
    deadline = time.monotonic() + timeout
    n, since = project.audit_count(), time.monotonic()
    while time.monotonic() < deadline and time.monotonic() - since < 1.0:
        win.poke()
        time.sleep(0.1)
        m = project.audit_count()
        if m != n:
            n, since = m, time.monotonic()


def wait_for(predicate, timeout, win):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        win.poke()
        time.sleep(0.1)
    return predicate()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--exe", required=True, help="the begegnungskarte executable")
    ap.add_argument("--example", required=True, help="kreis-dueren.gpkg (the import fixture)")
    ap.add_argument("--out", required=True, help="folder for screenshots and records")
    ap.add_argument("--size", action="append", choices=list(SIZES),
                    help="only these sizes (default: both)")
    args = ap.parse_args()

    missing = [t for t in ("Xvfb", "xdotool", "setxkbmap", "import") if not shutil.which(t)]
    if missing:
        log(f"SKIP: missing {', '.join(missing)} (apt-get install xvfb xdotool x11-xkb-utils "
            f"imagemagick)")
        return SKIP
    if not os.path.exists(args.example):
        log(f"SKIP: {args.example} is missing (the import_kreis_dueren fixture)")
        return SKIP
    os.makedirs(args.out, exist_ok=True)
    results = Results()
    started = time.monotonic()
    for size in args.size or list(SIZES):
        width, height = (int(v) for v in size.split("x"))
        work = os.path.join(args.out, f"work-{size}")
        shutil.rmtree(work, ignore_errors=True)
        os.makedirs(work)
        project = os.path.join(work, "b.gpkg")
        r = subprocess.run([args.exe, "demo", "--from", args.example, "--out", project],
                           capture_output=True, text=True, timeout=120)
        if r.returncode != 0:
            results.add(size, "demo", False, r.stderr.strip())
            continue
        display = None
        try:
            display = Display(width, height, args.out, size)
            for theme in ("light", "dark"):
                results.run(size, f"layout {theme}",
                            lambda: check_layout(args.exe, project, display, work, args.out,
                                                 size, theme))
            walkthrough(args.exe, project, display, work, args.out, size, results)
        except Failed as e:
            results.add(size, "walkthrough", False, str(e))
        finally:
            if display:
                display.close()
    failed = [r for r in results.rows if not r[2]]
    log(f"{len(results.rows) - len(failed)} of {len(results.rows)} checks passed in "
        f"{time.monotonic() - started:.0f} s; screenshots in {args.out}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Two committee members in two windows on one project on PostgreSQL (issue 14).

Anna (the chair) and Ben each log in with a database role of their own and open the shared
project in a window of their own (two Xvfb displays, 1280x800, German keyboard), as two desks
would. Both score application B-01 for "Zahl der beteiligten Akteur*innen" at the same time
(Anna 5, Ben 2) by clicking the score buttons. Checked:

  - blind: neither window shows the other's score, and neither role reads it with plain SQL;
  - Anna clicks "Aufdecken" in her Gremium tab; Ben's window, untouched, shows "Anna 5" within
    2 s, Anna's shows "Ben 2";
  - verify passes.

Screenshots of both windows before and after the reveal go to --out. Exit 0 when all holds, 1
otherwise, 77 (skipped) without a test server or without Xvfb/xdotool.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "ui", "walkthrough"))
sys.path.insert(0, HERE)

from load_test import psql  # noqa: E402
from walkthrough import Display, Failed, Window, in_panel, open_tab  # noqa: E402


def form(rec):
    forms = [w for w in rec["windows"] if w["name"].endswith("###form")]
    return forms[0] if forms else None


def texts(win):
    rec = win.layout() or {"lines": []}
    return [l["text"] for l in rec["lines"]]


def score_button(win, value):
    """Opens B-01 and returns the score button `value` of the Akteur*innen criterion."""
    open_tab(win, "Bewerbungen")
    row = win.line(r"^B-01(\s|$)", "the list row B-01", window=in_panel)
    win.click_line(row)
    win.wait(lambda r: form(r) is not None, 10, "the application's form")
    label = win.scroll_to(r"^Zahl der beteiligten Akteur", "the criterion Akteur*innen", "form", find=form)
    rec = win.layout()
    name = form(rec)["name"]
    # The buttons 0..5 and the small clear button are one line in the layout record
    # ("0 1 2 3 4 5 –"): six equal buttons, then the narrow one (about an eighth of the line).
    rows = [l for l in win.lines(rec, r"^0 1 2 3 4 5")
            if l["window"].startswith(name) and label["y"] < l["y"] < label["y"] + 8 * label["h"]]
    if not rows:
        win.shot("no-button")
        raise Failed(f"no score buttons below the criterion in {win.tag}'s form")
    row = sorted(rows, key=lambda l: l["y"])[0]
    return {"x": row["x"] + (value + 0.5) * row["w"] * 0.877 / 6, "y": row["y"] + row["h"] / 2}


def title_field(win, title):
    """The title's input field in the open form: the line starting with the title near the
    label "Titel"."""
    win.wait(lambda r: form(r) is not None, 10, "the application's form")
    label = win.scroll_to(r"(^|\s)Titel$", "the label Titel", "form", find=form)
    rec = win.layout()
    hits = [l for l in win.lines(rec, "^" + re.escape(title[:15]))
            if label["y"] - 4 <= l["y"] <= label["y"] + 2.5 * label["h"] and l["window"].startswith(form(rec)["name"])]
    if not hits:
        raise Failed(f"no title field near the label Titel in {win.tag}'s form")
    return sorted(hits, key=lambda l: l["y"])[0]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--exe", required=True)
    ap.add_argument("--boundaries", required=True)
    ap.add_argument("--state", required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    args.exe = os.path.abspath(args.exe)  # the windows run in folders of their own
    if not os.path.exists(os.path.join(args.state, "uri")):
        print("SKIP: no test server")
        return 77
    for tool in ("Xvfb", "xdotool", "setxkbmap", "import"):
        if not shutil.which(tool):
            print(f"SKIP: {tool} not installed")
            return 77
    os.makedirs(args.out, exist_ok=True)
    uri = open(os.path.join(args.state, "uri")).read().strip()
    schema = f"zwei{os.getpid()}"
    address = f"{uri}?schema={schema}"
    anna, ben = f"anna{os.getpid()}", f"ben{os.getpid()}"
    problems = []
    work = tempfile.mkdtemp(prefix="bk-two-")
    displays, windows = [], []

    def cli(*argv):
        out = subprocess.run([args.exe, *argv], capture_output=True, text=True)
        if out.returncode != 0:
            raise Failed(f"{' '.join(argv[:2])}: {out.stderr.strip()}")
        return out.stdout

    def check(ok, what):
        print(("PASS " if ok else "FAIL ") + what, flush=True)
        if not ok:
            problems.append(what)

    try:
        copy = os.path.join(work, "projekt.gpkg")
        cli("demo", "--from", args.boundaries, "--out", copy)
        cli("publish", copy, "--to", address)
        cli("member", "add", address, "--name", "Anna", "--role", "Vorsitz")
        cli("member", "add", address, "--name", "Ben", "--role", "Mitglied")
        psql(args.state, f"CREATE ROLE {anna} LOGIN; CREATE ROLE {ben} LOGIN")
        cli("member", "grant", address, "--name", "Anna", "--db-role", anna, "--chair")
        cli("member", "grant", address, "--name", "Ben", "--db-role", ben)

        for who in ("anna", "ben"):
            d = Display(1280, 800, args.out, who)
            displays.append(d)
            w_dir = os.path.join(work, who)
            os.makedirs(w_dir)
            role = anna if who == "anna" else ben
            windows.append(Window(args.exe, address.replace("bk_admin@", role + "@"), d, w_dir, args.out, who))
        wa, wb = windows
        # Both find their button, then both click within a moment of each other.
        a5 = score_button(wa, 5)
        b2 = score_button(wb, 2)
        wa.click(a5["x"], a5["y"])
        wb.click(b2["x"], b2["y"])

        def stored():
            return psql(args.state, f"SELECT string_agg(m.name || ' ' || b.wert, ', ' ORDER BY m.name) "
                                    f"FROM {schema}.bewertungen b JOIN {schema}.mitglieder m ON m.id = b.mitglied_id")
        deadline = time.monotonic() + 10
        while stored() != "Anna 5, Ben 2" and time.monotonic() < deadline:
            time.sleep(0.2)
        check(stored() == "Anna 5, Ben 2", f"both scores stored at once: {stored()!r}")
        time.sleep(2.5)  # each window has taken in the other's step by now
        wa.poke(), wb.poke()
        time.sleep(0.5)
        wa.shot("blind"), wb.shot("blind")
        check(not any("Ben 2" in t for t in texts(wa)), "blind: Anna's window does not show Ben's score")
        check(not any("Anna 5" in t for t in texts(wb)), "blind: Ben's window does not show Anna's score")
        for role, other in ((anna, "Ben"), (ben, "Anna")):
            n = psql(args.state, f"SELECT count(*) FROM {schema}.bewertungen b JOIN {schema}.mitglieder m "
                                 f"ON m.id = b.mitglied_id WHERE m.name = '{other}'", user=role)
            check(n == "0", f"blind: {role} reads {n} of {other}'s scores with plain SQL")

        # The chair reveals in her window (the form closed, so that the side panel with its
        # tabs shows); Ben's window follows on its own.
        f = form(wa.layout())
        wa.click(f["x"] + f["w"] - 20, f["y"] + 16)
        wa.wait(lambda r: form(r) is None, 10, "the form closed")
        open_tab(wa, "Gremium")
        # "Verdeckte Bewertung  Aufdecken": the checkbox and the button are one line; the button
        # is its last word.
        reveal = wa.line(r"Aufdecken$", "the button Aufdecken", window=in_panel)
        wa.click(reveal["x"] + reveal["w"] * (1 - 0.5 * len("Aufdecken") / len(reveal["text"])),
                 reveal["y"] + reveal["h"] / 2)
        t0 = time.monotonic()
        seen_b = None
        while time.monotonic() - t0 < 10:
            if any("Anna 5" in t for t in texts(wb)):
                seen_b = time.monotonic() - t0
                break
            time.sleep(0.05)
        check(seen_b is not None and seen_b <= 2.0,
              f"reveal: Ben's window shows Anna's score after {seen_b if seen_b is None else round(seen_b, 2)} s")
        wb.shot("revealed")
        wa.shot("revealed-gremium")
        score_button(wa, 5)  # B-01's form again, at the criterion
        wa.line(r"Ben 2", "Ben's score in Anna's window", timeout=10)
        wa.shot("revealed")
        check(any("Ben 2" in t for t in texts(wa)), "reveal: Anna's window shows Ben's score")

        # The same field at the same time: Anna is typing in B-01's title when Ben stores his
        # change of it; her Return is refused, the window says who changed it and what it says.
        old = psql(args.state, f"SELECT nr || '|' || (daten->>'titel') FROM {schema}.bewerbungen ORDER BY id LIMIT 1")
        title = old.split("|", 1)[1]
        fa = title_field(wa, title)
        wa.click_line(fa, dx=min(fa["w"] - 2, 30))
        wa.press("End")
        wa.type(" (Anna)")
        fb = title_field(wb, title)
        wb.click_line(fb, dx=min(fb["w"] - 2, 30))
        wb.press("End")
        wb.type(" (Ben)")
        wb.press("Return")
        deadline = time.monotonic() + 10
        stored_title = lambda: psql(args.state, f"SELECT daten->>'titel' FROM {schema}.bewerbungen ORDER BY id LIMIT 1")
        while stored_title() != title + " (Ben)" and time.monotonic() < deadline:
            time.sleep(0.2)
        check(stored_title() == title + " (Ben)", f"Ben's title stored: {stored_title()!r}")
        time.sleep(1.5)  # Anna's window has taken in Ben's step; her draft stays as typed
        # Her Return sends the draft: a conflict proves it was still hers (a draft reloaded with
        # Ben's title would have nothing to send).
        wa.press("Return")
        said = wa.line(r"^Ben hat Bewerbung", "the conflict in Anna's window", timeout=10)
        wa.shot("conflict")
        shown = " ".join(texts(wa))
        check("Feld „Titel“" in said["text"] and "dort steht jetzt" in shown and "(Ben). Ihre Änderung" in shown,
              f"Anna's window says who changed the title and what it now says: {said['text']!r} …")
        check(stored_title() == title + " (Ben)", f"nothing overwritten: {stored_title()!r}")

        out = subprocess.run([args.exe, "verify", address], capture_output=True, text=True)
        check(out.returncode == 0, "verify: " + (out.stdout + out.stderr).strip())
    except Failed as e:
        problems.append(str(e))
        print("FAIL", e, flush=True)
    finally:
        for w in windows:
            w.close()
        for d in displays:
            d.close()
        try:
            psql(args.state, f"DROP SCHEMA IF EXISTS {schema} CASCADE")
            psql(args.state, f"DROP ROLE IF EXISTS {anna}, {ben}, bk_{schema}_mitglied, bk_{schema}_vorsitz")
        except RuntimeError as e:
            print("cleanup:", e, file=sys.stderr)
        shutil.rmtree(work, ignore_errors=True)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Crash test (issue 9, section 2): SIGKILL the begegnungskarte executable at random moments
while it writes, then check that nothing is lost and nothing is torn.

    crash_test.py --exe EXE --project KREIS_DUEREN.gpkg --source SOURCE_DIR --work WORK_DIR
                  [--trials N | --long] [--seed S] [--only NAME,NAME]

For every trial one writing command is started on a fresh copy of its "before" state and
killed with SIGKILL after a random delay between 0 and the command's measured uninterrupted
duration (a kill that comes after the command finished counts as "finished"). Then:

  * the next open recovers: `verify` exits 0 and a reading command (`export`, `rank`) succeeds,
    without any manual help (a leftover rollback journal must be rolled back by the program);
  * the project is entirely before or entirely after the edit: a content fingerprint (every
    table's rows, sorted, timestamps and hashes left out; taken with Python's sqlite3, read-only,
    after the program has recovered the file) equals the fingerprint of the untouched copy or of
    an uninterrupted run;
  * an output file (PNG, PDF, CSV, GeoPackage, report) holds either the old bytes or a complete
    new file;
  * the same command run once more behaves as on the state found, and afterwards no temporary
    file (".bk-tmp-", ".tmp", a SQLite journal) remains in the folder.

The writing commands: import-applications (into the example project), demo, import-boundaries
--overwrite (onto a boundary-only project, and onto a project with applications together with
the confirmation flag that `import-boundaries --help` offers), and snapshot (PNG, PDF sheet),
report (PDF + scores CSV) and export (CSV, GeoPackage) over an existing file.

Before the trials, a deterministic check: the temporaries a killed writer leaves (named after
the target with the dead writer's process id, their journals, the backup's temporary) are
planted beside each target; one run of the command must remove them and succeed.

The RNG seed is printed; `--seed S` repeats a run. Trials that fail keep their folder under
WORK_DIR/failures/. Exit 0 only when every trial passed. Python standard library only.
"""

import argparse
import hashlib
import json
import os
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import urllib.parse
from pathlib import Path

DEFAULT_TRIALS = 200
LONG_TRIALS = 2000

# Names a run must not leave behind once the same command has run again after the kill.
TEMP_PATTERN = re.compile(r"\.bk-tmp-|\.tmp|-journal$|-wal$|-shm$")
# Columns whose values differ between two uninterrupted runs (times, the audit chain's hashes,
# which cover the time); left out of the fingerprint.
VOLATILE_COLUMN = re.compile(r"zeit|time|last_change|hash|erstellt|created|datum_utc", re.I)
# bk_meta keys that hold a time or the machine's user.
VOLATILE_META_KEY = re.compile(r"zeit|time|erstellt|created|datum|user|benutzer", re.I)
# The backup copy import-boundaries keeps beside a project it replaces (issue 9, 1.6).
BACKUP_PATTERN = re.compile(r"backup|sicherung|\.bak", re.I)


def log(*args):
    print(*args, flush=True)


def run(argv, timeout=300):
    """Runs a command to its end; returns (exit code, stdout, stderr)."""
    p = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def first_line(text):
    for line in text.splitlines():
        if line.strip():
            return line.strip()
    return ""


# ---------------------------------------------------------------------------------------------
# Fingerprints


def _connect_ro(path):
    uri = "file:" + urllib.parse.quote(str(path)) + "?mode=ro"
    return sqlite3.connect(uri, uri=True)


def project_fingerprint(path):
    """A digest of the project's content, or "absent". Raises sqlite3.Error when unreadable."""
    path = Path(path)
    if not path.exists():
        return "absent"
    con = _connect_ro(path)
    try:
        return _fingerprint(con)
    finally:
        con.close()


def _fingerprint(con):
    digest = hashlib.sha256()
    counts = {}
    tables = [r[0] for r in con.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE 'rtree_%' ORDER BY name")]
    for table in tables:
        columns = [r[1] for r in con.execute(f'PRAGMA table_info("{table}")')]
        keep = [c for c in columns if not VOLATILE_COLUMN.search(c)]
        if not keep:
            continue
        select = ", ".join(f'"{c}"' for c in keep)
        rows = con.execute(f'SELECT {select} FROM "{table}"').fetchall()
        if table == "bk_meta":
            rows = [r for r in rows if not VOLATILE_META_KEY.search(str(r[0]))]
        counts[table] = len(rows)
        digest.update(table.encode() + b"\0")
        for line in sorted(repr(r) for r in rows):
            digest.update(line.encode() + b"\n")
    apps = counts.get("bewerbungen", 0)
    audit = counts.get("audit_log", 0)
    return f"{apps} applications, {audit} audit entries, {len(counts)} tables, {digest.hexdigest()[:16]}"


def fingerprint_after_manual_rollback(path, scratch):
    """The state a writable SQLite connection would recover the file to (copying it with its
    journal into `scratch`): tells a locked-out but intact project from a lost one."""
    path = Path(path)
    if scratch.exists():
        shutil.rmtree(scratch)
    scratch.mkdir(parents=True)
    for side in ("", "-journal", "-wal", "-shm"):
        src = Path(str(path) + side)
        if src.exists():
            shutil.copy2(src, scratch / (path.name + side))
    con = sqlite3.connect(str(scratch / path.name))
    try:
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return _fingerprint(con)
    finally:
        con.close()
        shutil.rmtree(scratch, ignore_errors=True)


def output_complete(kind, data):
    """Whether `data` is a complete file of this kind (for outputs whose bytes vary per run)."""
    if kind == "png":
        return data.startswith(b"\x89PNG\r\n\x1a\n") and data.endswith(b"IEND\xaeB`\x82")
    if kind == "pdf":
        return data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    if kind == "csv":
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            return False
        return text.endswith("\n") and text.count("\n") >= 2
    if kind == "geojson":
        try:
            json.loads(data.decode("utf-8"))
            return True
        except ValueError:
            return False
    return False


# ---------------------------------------------------------------------------------------------
# Scenarios


class Context:
    def __init__(self, args):
        self.exe = str(Path(args.exe).resolve())
        self.boundaries = Path(args.project).resolve()
        self.source = Path(args.source).resolve()
        self.work = Path(args.work).resolve()
        self.shared = self.work / "shared"
        self.csv = self.source / "data" / "bewerbungen-beispiel.csv"
        self.sample = self.source / "tests" / "cli" / "sample_municipalities.geojson"
        self.example = self.shared / "beispiel.gpkg"  # the demo project, read by the outputs
        self.confirm_flag = None


class Scenario:
    """One writing command. Subclasses say how to make the before state, the command, and how
    to tell before from after."""

    name = ""
    weight = 1
    writes_project = False
    uses_temporaries = True  # writes through a temporary file beside the target

    def __init__(self, ctx):
        self.ctx = ctx
        self.duration = 0.0
        self.before = None
        self.after = None

    def prepare(self, d):
        raise NotImplementedError

    def command(self, d):
        raise NotImplementedError

    def state(self, d):
        """Returns "before", "after" or a description of a torn state."""
        raise NotImplementedError

    def readers(self, d):
        """Commands that must succeed after a kill (the next open recovers)."""
        return []

    def rerun_codes(self, state):
        return {0}

    def allowed_leftover(self, name):
        return False

    def reference(self, d):
        """Runs the command uninterrupted twice; records the duration and the after state."""
        times = []
        for _ in range(2):
            if d.exists():
                shutil.rmtree(d)
            d.mkdir(parents=True)
            self.prepare(d)
            self.before = self.capture(d)
            start = time.monotonic()
            rc, out, err = run(self.command(d))
            times.append(time.monotonic() - start)
            if rc != 0:
                raise RuntimeError(f"{self.name}: the uninterrupted command failed (exit {rc}): "
                                   f"{first_line(err) or first_line(out)}\n  $ {' '.join(self.command(d))}")
            after = self.capture(d)
            if self.after is not None and after != self.after:
                raise RuntimeError(f"{self.name}: two uninterrupted runs differ:\n  {self.after}\n  {after}")
            self.after = after
        if self.before == self.after:
            raise RuntimeError(f"{self.name}: the command changes nothing that the test can see")
        self.duration = max(times)

    def capture(self, d):
        raise NotImplementedError


class ProjectScenario(Scenario):
    """A command that changes the project file d/projekt.gpkg."""

    writes_project = True
    target = "projekt.gpkg"

    def capture(self, d):
        return project_fingerprint(d / self.target)

    def state(self, d):
        try:
            fp = project_fingerprint(d / self.target)
        except sqlite3.Error as e:
            return f"unreadable ({e})"
        if fp == self.before:
            return "before"
        if fp == self.after:
            return "after"
        return f"torn: {fp} (before: {self.before}; after: {self.after})"

    def readers(self, d):
        p = str(d / self.target)
        return [[self.ctx.exe, "verify", p],
                [self.ctx.exe, "export", p, "--out", str(d / "check.csv")]]

    def more_readers(self, d):
        """Readers that depend on what the first ones found (run after them)."""
        return []

    def allowed_leftover(self, name):
        return name in ("check.csv",)


class ImportApplications(ProjectScenario):
    name = "import-applications"
    weight = 60
    uses_temporaries = False  # one SQLite transaction in the project itself

    def prepare(self, d):
        shutil.copyfile(self.ctx.example, d / self.target)

    def command(self, d):
        return [self.ctx.exe, "import-applications", str(d / self.target), str(self.ctx.csv)]

    def readers(self, d):
        # Both states hold eligible applications in enough municipalities: rank reads them all.
        p = str(d / self.target)
        return [[self.ctx.exe, "verify", p],
                [self.ctx.exe, "rank", p, "--samples", "50", "--format", "csv"]]

    def rerun_codes(self, state):
        # After the import every Nr is taken: the second import is refused (exit 1).
        return {0} if state == "before" else {1}


class Demo(ProjectScenario):
    name = "demo"
    weight = 30
    target = "beispiel.gpkg"

    def prepare(self, d):
        pass  # the target does not exist yet

    def command(self, d):
        return [self.ctx.exe, "demo", "--from", str(self.ctx.boundaries), "--out", str(d / self.target)]

    def readers(self, d):
        if not (d / self.target).exists():
            return []
        return super().readers(d)

    def rerun_codes(self, state):
        return {0} if state == "before" else {1}  # "already exists"


class ImportBoundariesOverBoundaries(ProjectScenario):
    """--overwrite onto a project without applications: no confirmation needed."""

    name = "import-boundaries"
    weight = 10

    def prepare(self, d):
        shutil.copyfile(self.ctx.boundaries, d / self.target)

    def command(self, d):
        return [self.ctx.exe, "import-boundaries", "--municipalities", str(self.ctx.sample),
                "--district-key", "05358", "--stand", "2016-01-01", "--out", str(d / self.target),
                "--overwrite"]

    def readers(self, d):
        # The program opens the file first (export recovers what a kill left); a boundary-only
        # project (the after state) is no full project yet, so `verify` runs only on a full one.
        return [[self.ctx.exe, "export", str(d / self.target), "--out", str(d / "check.csv")]]

    def more_readers(self, d):
        try:
            con = _connect_ro(d / self.target)
            full = con.execute("SELECT count(*) FROM sqlite_master WHERE name = 'bk_meta'").fetchone()[0] > 0
            con.close()
        except sqlite3.Error:
            full = True  # let verify say what is wrong
        return [[self.ctx.exe, "verify", str(d / self.target)]] if full else []

    def allowed_leftover(self, name):
        return super().allowed_leftover(name) or bool(BACKUP_PATTERN.search(name))


class ImportBoundariesOverApplications(ImportBoundariesOverBoundaries):
    """--overwrite onto the example project (applications, committee): needs the confirmation
    flag, and a backup copy is kept beside it."""

    name = "import-boundaries-confirmed"
    weight = 30

    def prepare(self, d):
        shutil.copyfile(self.ctx.example, d / self.target)

    def command(self, d):
        cmd = super().command(d)
        if self.ctx.confirm_flag:
            cmd.append(self.ctx.confirm_flag)
        return cmd


class OutputScenario(Scenario):
    """A command that replaces existing output files in d; the project is only read."""

    outputs = []  # (file name, kind)

    def old_command(self, d):
        raise NotImplementedError

    def prepare(self, d):
        for name, _ in self.outputs:
            shutil.copyfile(self.old_dir / name, d / name)

    def reference(self, d):
        # The old files: the same command with other options, run once. Then the command itself
        # twice; the bytes of a PDF (its date) or a GeoPackage (its timestamps) vary per run, so
        # the trials accept any complete file of the kind as "after" (a GeoPackage by content).
        self.old_dir = self.ctx.work / "old" / self.name
        if self.old_dir.exists():
            shutil.rmtree(self.old_dir)
        self.old_dir.mkdir(parents=True)
        rc, out, err = run(self.old_command(self.old_dir))
        if rc != 0:
            raise RuntimeError(f"{self.name}: making the old output failed (exit {rc}): {first_line(err)}")
        self.old_bytes = {name: (self.old_dir / name).read_bytes() for name, _ in self.outputs}
        times = []
        for _ in range(2):
            if d.exists():
                shutil.rmtree(d)
            d.mkdir(parents=True)
            self.prepare(d)
            start = time.monotonic()
            rc, out, err = run(self.command(d))
            times.append(time.monotonic() - start)
            if rc != 0:
                raise RuntimeError(f"{self.name}: the uninterrupted command failed (exit {rc}): "
                                   f"{first_line(err) or first_line(out)}")
        self.duration = max(times)
        self.new_bytes = {name: (d / name).read_bytes() for name, _ in self.outputs}
        self.new_fp = {name: project_fingerprint(d / name) for name, kind in self.outputs if kind == "gpkg"}
        for name, kind in self.outputs:
            if self.new_bytes[name] == self.old_bytes[name]:
                raise RuntimeError(f"{self.name}: the old and the new {name} are the same")
            if kind != "gpkg" and not output_complete(kind, self.new_bytes[name]):
                raise RuntimeError(f"{self.name}: the test does not recognise the new {name} as complete")
        self.before, self.after = "old files", "new files"

    def state(self, d):
        states = set()
        for name, kind in self.outputs:
            path = d / name
            if not path.exists():
                return f"torn: {name} is gone"
            data = path.read_bytes()
            if data == self.old_bytes[name]:
                states.add("before")
            elif data == self.new_bytes[name]:
                states.add("after")
            elif kind == "gpkg":
                try:
                    fp = project_fingerprint(path)
                except sqlite3.Error as e:
                    return f"torn: {name} is not a readable GeoPackage ({e})"
                if fp != self.new_fp[name]:
                    return f"torn: {name} holds {fp}"
                states.add("after")
            elif output_complete(kind, data):
                states.add("after")  # complete; its bytes vary per run (a date in the PDF)
            else:
                return f"torn: {name} is neither the old file nor a complete new one ({len(data)} bytes)"
        # Several files (the report's PDF and CSV) are renamed one after the other: a kill in
        # between leaves one old and one new file, each of them whole.
        return "after" if states == {"after"} else "before" if states == {"before"} else "mixed"

    def allowed_leftover(self, name):
        return any(name == n for n, _ in self.outputs)


class SnapshotPng(OutputScenario):
    name = "snapshot-png"
    weight = 12
    outputs = [("karte.png", "png")]

    def old_command(self, d):
        return [self.ctx.exe, "snapshot", str(self.ctx.example), "--out", str(d / "karte.png"),
                "--width", "320", "--height", "240"]

    def command(self, d):
        return [self.ctx.exe, "snapshot", str(self.ctx.example), "--out", str(d / "karte.png"),
                "--width", "800", "--height", "600"]


class SnapshotSheetPdf(OutputScenario):
    name = "snapshot-sheet-pdf"
    weight = 12
    outputs = [("karte.pdf", "pdf")]

    def old_command(self, d):
        return [self.ctx.exe, "snapshot", str(self.ctx.example), "--out", str(d / "karte.pdf"),
                "--sheet", "--lang", "en"]

    def command(self, d):
        return [self.ctx.exe, "snapshot", str(self.ctx.example), "--out", str(d / "karte.pdf"), "--sheet"]


class Report(OutputScenario):
    name = "report"
    weight = 12
    outputs = [("bericht.pdf", "pdf"), ("bewertungen.csv", "csv")]

    def old_command(self, d):
        return [self.ctx.exe, "report", str(self.ctx.example), "--out", str(d / "bericht.pdf"),
                "--scores-csv", str(d / "bewertungen.csv"), "--lang", "en", "--anonymous"]

    def command(self, d):
        return [self.ctx.exe, "report", str(self.ctx.example), "--out", str(d / "bericht.pdf"),
                "--scores-csv", str(d / "bewertungen.csv")]


class ExportCsv(OutputScenario):
    name = "export-csv"
    weight = 12
    outputs = [("bewerbungen.csv", "csv")]

    def old_command(self, d):
        return [self.ctx.exe, "export", str(self.ctx.example), "--out", str(d / "bewerbungen.csv"),
                "--with-contacts"]

    def command(self, d):
        return [self.ctx.exe, "export", str(self.ctx.example), "--out", str(d / "bewerbungen.csv")]


class ExportGpkg(OutputScenario):
    name = "export-gpkg"
    weight = 12
    outputs = [("bewerbungen.gpkg", "gpkg")]

    def old_command(self, d):
        return [self.ctx.exe, "export", str(self.ctx.example), "--out", str(d / "bewerbungen.gpkg"),
                "--with-contacts"]

    def command(self, d):
        return [self.ctx.exe, "export", str(self.ctx.example), "--out", str(d / "bewerbungen.gpkg")]


SCENARIOS = [ImportApplications, Demo, ImportBoundariesOverBoundaries,
             ImportBoundariesOverApplications, SnapshotPng, SnapshotSheetPdf, Report, ExportCsv,
             ExportGpkg]


# ---------------------------------------------------------------------------------------------
# Stale temporaries


def dead_pid():
    """The id of a process that has ended (and been reaped)."""
    p = subprocess.Popen(["true"])
    p.wait()
    return p.pid


def stale_check(scenario, ctx):
    """Deterministic part of "no temporary file remains": the temporaries a killed writer
    leaves (named after the target, with the dead writer's process id, and their journals) are
    planted beside every target, then the command runs once; all of them must be gone and the
    command must not fail because of them. Returns the problems."""
    d = ctx.work / "stale" / scenario.name
    if d.exists():
        shutil.rmtree(d)
    d.mkdir(parents=True)
    scenario.prepare(d)
    pid = dead_pid()
    targets = [scenario.target] if scenario.writes_project else [n for n, _ in scenario.outputs]
    planted = []
    for t in targets:
        ext = os.path.splitext(t)[1]
        planted += [f".{t}.bk-tmp-{pid}-123456789{ext}", f".{t}.bk-tmp-{pid}-123456789{ext}-journal"]
        if isinstance(scenario, ImportBoundariesOverBoundaries):
            # The backup copy import-boundaries keeps is written through a temporary file too.
            planted.append(f".{t}.bak-20240301-120000.bk-tmp-{pid}-987654321.bak-20240301-120000")
    for name in planted:
        (d / name).write_bytes(b"left by a killed writer\n")
    rc, out, err = run(scenario.command(d))
    problems = []
    if rc not in scenario.rerun_codes("before"):
        problems.append(f"exit {rc} with stale temporaries beside the target: {first_line(err) or first_line(out)}")
    left = [n for n in planted if (d / n).exists()]
    if left:
        problems.append("stale temporaries of a dead writer not removed: " + ", ".join(left))
    return problems


# ---------------------------------------------------------------------------------------------
# Trials


class Tally:
    def __init__(self):
        self.trials = 0
        self.killed = 0
        self.mid_write = 0
        self.finished = 0
        self.recovered = 0
        self.locked_out = 0
        self.lost = 0
        self.before = 0
        self.after = 0
        self.mixed = 0
        self.passed = 0
        self.failed = 0
        self.per_scenario = {}


def listing(d):
    return sorted(p.name for p in d.iterdir())


def run_trial(number, scenario, rng, ctx, tally):
    """One kill and its checks; returns the list of failures (empty when it passed)."""
    d = ctx.work / "trial"
    if d.exists():
        shutil.rmtree(d)
    d.mkdir(parents=True)
    scenario.prepare(d)
    delay = rng.uniform(0, scenario.duration)
    problems = []
    notes = []

    proc = subprocess.Popen(scenario.command(d), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + delay
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(min(0.002, max(0.0, deadline - time.monotonic())))
    killed = False
    if proc.poll() is None:
        proc.send_signal(signal.SIGKILL)
        killed = True
    _, err = proc.communicate()
    if killed and proc.returncode != -signal.SIGKILL:
        killed = False  # it ended on its own between the poll and the kill
    if killed:
        tally.killed += 1
    else:
        tally.finished += 1
        if proc.returncode != 0:
            problems.append(f"the command ended by itself with exit {proc.returncode}: "
                            f"{first_line(err.decode('utf-8', 'replace'))}")

    left_by_kill = [n for n in listing(d) if TEMP_PATTERN.search(n)]
    if killed and left_by_kill:
        tally.mid_write += 1
        notes.append("left by the kill: " + ", ".join(left_by_kill))

    # The next open recovers, without help.
    recovered = True
    for readers in (scenario.readers, getattr(scenario, "more_readers", lambda _: [])):
        for argv in readers(d) if recovered else []:
            rc, out, err = run(argv)
            if rc != 0:
                recovered = False
                problems.append(f"`{argv[1]}` after the kill: exit {rc}: {first_line(err) or first_line(out)}")
                break
            line = first_line(err)
            if line:
                notes.append(f"{argv[1]}: {line}")
    if recovered:
        tally.recovered += 1
    else:
        tally.locked_out += 1

    # Entirely before or entirely after.
    state = scenario.state(d)
    if scenario.writes_project and state.startswith("unreadable"):
        # Not recovered by the program: what would a writable connection find?
        try:
            fp = fingerprint_after_manual_rollback(d / scenario.target, ctx.work / "scratch")
            state = ("before" if fp == scenario.before else "after" if fp == scenario.after
                     else f"torn: {fp} (before: {scenario.before}; after: {scenario.after})")
            notes.append(f"only a manual rollback reads it: {state}")
        except sqlite3.Error as e:
            state = f"torn: unreadable even after a manual rollback ({e})"
    if state == "before":
        tally.before += 1
    elif state == "after":
        tally.after += 1
    elif state == "mixed":
        tally.mixed += 1
    else:
        tally.lost += 1
        problems.append(f"data lost: {state}")
    if not killed and state not in ("after",) and not problems:
        problems.append(f"the command finished but the state is {state}")

    # The same command once more: it works on what it finds and removes what the kill left.
    if state in ("before", "after", "mixed"):
        rc, out, err = run(scenario.command(d))
        expected = scenario.rerun_codes("after" if state == "mixed" else state)
        if rc not in expected:
            problems.append(f"the command run again: exit {rc} (expected {sorted(expected)}): "
                            f"{first_line(err) or first_line(out)}")
        elif rc == 0 and scenario.state(d) != "after":
            problems.append(f"the command run again did not reach the after state: {scenario.state(d)}")
    leftover = [n for n in listing(d) if TEMP_PATTERN.search(n)]
    if leftover:
        problems.append("temporary files remain after the next run: " + ", ".join(leftover))
    unexpected = [n for n in listing(d) if not TEMP_PATTERN.search(n)
                  and n != getattr(scenario, "target", None) and not scenario.allowed_leftover(n)]
    if unexpected:
        problems.append("unexpected files: " + ", ".join(unexpected))

    s = tally.per_scenario.setdefault(scenario.name, [0, 0, 0, 0])
    s[0] += 1
    s[1] += killed
    s[2] += not problems
    s[3] += bool(problems)
    return problems, notes, killed, delay, state


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--exe", required=True)
    ap.add_argument("--project", required=True, help="the Kreis Düren boundary project")
    ap.add_argument("--source", required=True, help="the source folder (data/, tests/)")
    ap.add_argument("--work", required=True, help="a scratch folder (emptied)")
    ap.add_argument("--trials", type=int)
    ap.add_argument("--long", action="store_true", help=f"{LONG_TRIALS} trials")
    ap.add_argument("--seed", type=int)
    ap.add_argument("--only", help="comma-separated scenario names")
    ap.add_argument("--verbose", action="store_true", help="one line per trial")
    args = ap.parse_args()

    trials = args.trials or (LONG_TRIALS if args.long else DEFAULT_TRIALS)
    seed = args.seed if args.seed is not None else int.from_bytes(os.urandom(4), "little")
    rng = random.Random(seed)
    log(f"crash test: {trials} trials, seed {seed} (repeat with --seed {seed})")

    ctx = Context(args)
    if ctx.work.exists():
        shutil.rmtree(ctx.work)
    ctx.shared.mkdir(parents=True)
    rc, out, err = run([ctx.exe, "demo", "--from", str(ctx.boundaries), "--out", str(ctx.example)])
    if rc != 0:
        log(f"FAIL: cannot make the example project: {first_line(err)}")
        return 1
    example_sha = hashlib.sha256(ctx.example.read_bytes()).hexdigest()

    # The confirmation flag import-boundaries asks for before it replaces applications.
    rc, out, err = run([ctx.exe, "import-boundaries", "--help"])
    flags = [f for f in re.findall(r"--[a-z][a-z0-9-]+", out)
             if f not in ("--overwrite", "--help") and re.search(r"discard|confirm|force|yes|delete|replace", f)]
    ctx.confirm_flag = flags[0] if flags else None
    log(f"import-boundaries confirmation flag: {ctx.confirm_flag or 'none offered (issue 9, 1.6)'}")

    scenarios = [cls(ctx) for cls in SCENARIOS]
    if args.only:
        wanted = set(args.only.split(","))
        scenarios = [s for s in scenarios if s.name in wanted]
    failures_before_start = []
    ready = []
    for s in scenarios:
        try:
            s.reference(ctx.work / "reference" / s.name)
            ready.append(s)
            log(f"  {s.name:28s} uninterrupted {s.duration * 1000:6.0f} ms; before: {s.before}; after: {s.after}"
                if s.writes_project else f"  {s.name:28s} uninterrupted {s.duration * 1000:6.0f} ms")
        except (RuntimeError, subprocess.TimeoutExpired, sqlite3.Error, OSError) as e:
            failures_before_start.append(f"{s.name}: {e}")
            log(f"FAIL {e}")
    if isinstance(next((s for s in scenarios if s.name == "import-boundaries-confirmed"), None), Scenario) \
            and not ctx.confirm_flag:
        failures_before_start.append("import-boundaries offers no confirmation flag for replacing applications")
    checked = [s for s in ready if s.uses_temporaries]
    cleaned = 0
    for s in checked:
        problems = stale_check(s, ctx)
        cleaned += not problems
        for problem in problems:
            failures_before_start.append(f"{s.name}: {problem}")
            log(f"FAIL {s.name}: {problem}")
    log(f"stale temporaries of a dead writer planted beside the target: {cleaned} of {len(checked)} "
        f"commands removed them and ran")

    # The trials: each scenario's share of the total by weight, in a shuffled order.
    total_weight = sum(s.weight for s in ready) or 1
    plan = []
    for s in ready:
        plan += [s] * max(1, round(trials * s.weight / total_weight))
    while ready and len(plan) < trials:
        plan.append(rng.choices(ready, weights=[s.weight for s in ready])[0])
    rng.shuffle(plan)
    plan = plan[:trials]

    tally = Tally()
    failed_trials = []
    (ctx.work / "failures").mkdir(parents=True, exist_ok=True)
    start = time.monotonic()
    for number, scenario in enumerate(plan, 1):
        tally.trials += 1
        try:
            problems, notes, killed, delay, state = run_trial(number, scenario, rng, ctx, tally)
        except (subprocess.TimeoutExpired, OSError, sqlite3.Error) as e:
            problems, notes, killed, delay, state = [f"trial aborted: {e}"], [], False, 0.0, "?"
        what = "killed" if killed else "finished"
        if problems:
            tally.failed += 1
            failed_trials.append(number)
            keep = ctx.work / "failures" / f"{number:04d}-{scenario.name}"
            if len(failed_trials) <= 20:
                shutil.copytree(ctx.work / "trial", keep, dirs_exist_ok=True)
            log(f"FAIL trial {number} {scenario.name}: {what} after {delay * 1000:.0f} ms, {state}")
            for p in problems:
                log(f"     {p}")
            for n in notes:
                log(f"     ({n})")
        else:
            tally.passed += 1
            if args.verbose:
                log(f"ok   trial {number} {scenario.name}: {what} after {delay * 1000:.0f} ms, {state}"
                    + (f" ({'; '.join(notes)})" if notes else ""))
    elapsed = time.monotonic() - start

    if hashlib.sha256(ctx.example.read_bytes()).hexdigest() != example_sha:
        failures_before_start.append("the example project read by the outputs was changed")

    log("")
    log(f"seed {seed}; {tally.trials} trials in {elapsed:.0f} s")
    for name, (n, k, ok, bad) in tally.per_scenario.items():
        log(f"  {name:28s} {n:5d} trials, {k:5d} killed, {ok:5d} passed, {bad:5d} failed")
    log(f"killed before the end: {tally.killed} (mid-write, leaving a journal or temporary file: "
        f"{tally.mid_write}); finished before the kill: {tally.finished}")
    log(f"recovered by the next open: {tally.recovered}; locked out: {tally.locked_out}")
    log(f"state after: entirely before {tally.before}, entirely after {tally.after}, "
        f"old and new whole files mixed {tally.mixed}")
    log(f"data lost = {tally.lost}")
    for f in failures_before_start:
        log(f"FAIL {f}")
    if failed_trials:
        log(f"failed trials: {', '.join(map(str, failed_trials[:50]))}"
            + (" ..." if len(failed_trials) > 50 else "")
            + f"; the first ones kept in {ctx.work / 'failures'}")
    log(f"{tally.passed} passed, {tally.failed + len(failures_before_start)} failed")
    return 0 if tally.failed == 0 and not failures_before_start else 1


if __name__ == "__main__":
    sys.exit(main())

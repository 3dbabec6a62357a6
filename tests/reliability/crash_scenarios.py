"""The scenarios of the crash test (crash_test.py): what each command writes, how a file is
fingerprinted and judged complete, and the stale-temporary check. Imported by crash_test.py."""

import hashlib
import json
import os
import re
import shutil
import sqlite3
import subprocess
import time
import urllib.parse
from pathlib import Path

DEFAULT_TRIALS = 200
LONG_TRIALS = 2000

# Names a run must not leave behind once the same command has run again after the kill.
TEMP_PATTERN = re.compile(r"\.bk-tmp-|\.tmp|-journal$|-wal$|-shm$")
# Columns whose values differ between two uninterrupted runs (times, the audit chain's hashes,
# which cover the time; the map cache's fingerprint, made of the layers' last_change); left out of
# the fingerprint.
VOLATILE_COLUMN = re.compile(r"zeit|time|last_change|hash|erstellt|created|datum_utc|fingerprint", re.I)
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

    def fresh(self, d):
        """An empty trial folder `d`, prepared for the command."""
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
        self.prepare(d)

    def reference(self, d):
        """Runs the command uninterrupted twice; records the duration and the after state."""
        times = []
        for _ in range(2):
            self.fresh(d)
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
            self.fresh(d)
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


def output_scenario(name, out, kind, old_args, new_args, extra_outputs=()):
    """An OutputScenario that runs `begegnungskarte ARGS... --out DIR/OUT`: first with
    `old_args` (the output that must survive a kill whole), then with `new_args`."""
    outputs = [(out, kind)] + list(extra_outputs)

    class Scenario_(OutputScenario):
        def old_command(self, d):
            return self.build(d, old_args)

        def command(self, d):
            return self.build(d, new_args)

        def build(self, d, args):
            argv = [self.ctx.exe, args[0], str(self.ctx.example), "--out", str(d / out)]
            return argv + [str(d / a[2:]) if a.startswith("d:") else a for a in args[1:]]

    Scenario_.name, Scenario_.weight, Scenario_.outputs = name, 12, outputs
    Scenario_.__name__ = Scenario_.__qualname__ = name.title().replace("-", "")
    return Scenario_


# Each writes its output over an older one made by the first command; "d:NAME" is a file in the
# trial's folder.
SnapshotPng = output_scenario("snapshot-png", "karte.png", "png",
                              ["snapshot", "--width", "320", "--height", "240"],
                              ["snapshot", "--width", "800", "--height", "600"])
SnapshotSheetPdf = output_scenario("snapshot-sheet-pdf", "karte.pdf", "pdf",
                                   ["snapshot", "--sheet", "--lang", "en"], ["snapshot", "--sheet"])
Report = output_scenario("report", "bericht.pdf", "pdf",
                         ["report", "--scores-csv", "d:bewertungen.csv", "--lang", "en", "--anonymous"],
                         ["report", "--scores-csv", "d:bewertungen.csv"],
                         [("bewertungen.csv", "csv")])
ExportCsv = output_scenario("export-csv", "bewerbungen.csv", "csv",
                            ["export", "--with-contacts"], ["export"])
ExportGpkg = output_scenario("export-gpkg", "bewerbungen.gpkg", "gpkg",
                             ["export", "--with-contacts"], ["export"])

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

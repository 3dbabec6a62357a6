#!/usr/bin/env python3
"""Bad-input table test (issue 9, section 2): every command fed wrong input must fail cleanly.

    bad_inputs.py --exe EXE --project KREIS_DUEREN.gpkg --source SOURCE_DIR --work WORK_DIR
                  [--table bad_inputs.tsv] [--only REGEX]

Each row of the table (bad_inputs.tsv next to this script) is one bad input: the command line,
the expected exit code (2 for a usage error: unknown option, missing option or argument, a bad
value for an option the parser checks; 1 for every other error), and a regular expression the
program's stderr must match (re.search, multi-line; most start with ^error: and name the file).
For every case the test also checks that
  * every project and input file named on the command line has the same SHA-256 before and
    after (the project is untouched),
  * no file appeared or vanished in the case's folder and in the fixture folder (no output file,
    no temporary file, no journal, no backup),
  * the program ended by itself within the time limit (no hang on a FIFO or a lock).

The fixtures are built at run time in WORK_DIR: the example project (`demo`) and the boundary
project are copied fresh into each case's folder as {P} and {B}; broken CSV/XLSX files and
non-project files are made once in {F}. One line per case, then "N passed, M failed".
Python standard library only.
"""

import argparse
import hashlib
import os
import random
import re
import shlex
import shutil
import sqlite3
import struct
import subprocess
import sys
import time
import zlib
from pathlib import Path

TIMEOUT = 30  # seconds per case; a program blocked on a FIFO or a lock fails the case
# The command a case's name prefix stands for (for the summary).
COMMANDS = {"ib": "import-boundaries", "sn": "snapshot", "vf": "verify", "dm": "demo",
            "ia": "import-applications", "ex": "export", "rk": "rank", "rp": "report",
            "win": "window"}
TEMP_PATTERN = re.compile(r"\.bk-tmp-|\.tmp|-journal$|-wal$|-shm$")

# Holds the project with an open exclusive SQLite transaction (another program writing it).
EXCLUSIVE_HOLDER = r"""
import sqlite3, sys
con = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=0)
con.execute("BEGIN EXCLUSIVE")
print("held", flush=True)
sys.stdin.read()
con.execute("ROLLBACK")
con.close()
"""
# Holds the advisory lock another begegnungskarte instance (the window) takes.
FLOCK_HOLDER = r"""
import fcntl, sys
f = open(sys.argv[1], "rb")
fcntl.flock(f, fcntl.LOCK_EX)
print("held", flush=True)
sys.stdin.read()
"""


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def tree(folder):
    """Every path below `folder` (relative), with a marker for folders."""
    out = set()
    for root, dirs, files in os.walk(folder):
        for name in dirs + files:
            p = Path(root) / name
            out.add(str(p.relative_to(folder)) + ("/" if p.is_dir() else ""))
    return out


def first_line(text):
    for line in text.splitlines():
        if line.strip():
            return line.strip()
    return ""


# ---------------------------------------------------------------------------------------------
# Fixtures

# A small, valid applications file; every broken CSV below differs from it by one defect.
GOOD_HEADER = ["Nr", "Kommune", "Träger", "Titel", "Breitengrad", "Längengrad", "Akteure aktuell",
               "Zielgruppen", "Eingang Post", "Eigenmittel EUR"]
GOOD_ROWS = [
    ["T-01", "Düren", "Verein A (fiktiv)", "Treff A (fiktiv)", "50,8043", "6,4820", "3", "Kinder", "01.03.2024", "1.000"],
    ["T-02", "Jülich", "Verein B (fiktiv)", "Treff B (fiktiv)", "50,9220", "6,3583", "5", "Familien", "01.03.2024", "500"],
    ["T-03", "Düren", "Verein C (fiktiv)", "Treff C (fiktiv)", "50,7990", "6,4700", "2", "Kinder", "29.02.2024", "0"],
    ["T-04", "Jülich", "Verein D (fiktiv)", "Treff D (fiktiv)", "50,9180", "6,3600", "4", "Familien", "28.02.2024", "250"],
    ["T-05", "Düren", "Verein E (fiktiv)", "Treff E (fiktiv)", "50,8100", "6,4900", "6", "Kinder", "27.02.2024", "100"],
    ["T-06", "Jülich", "Verein F (fiktiv)", "Treff F (fiktiv)", "50,9200", "6,3500", "1", "Familien", "26.02.2024", "50"],
]


def csv_text(header, rows, sep=";"):
    return "".join(sep.join(r) + "\n" for r in [header] + rows)


def with_cell(row_index, column, value):
    """The good rows with one cell replaced (row_index 0 = spreadsheet row 2)."""
    rows = [list(r) for r in GOOD_ROWS]
    rows[row_index][GOOD_HEADER.index(column)] = value
    return csv_text(GOOD_HEADER, rows)


def png_bytes():
    """A valid 2x2 PNG: a file that is a picture, not a project."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    raw = b"".join(b"\0" + b"\xff\x00\x00" * 2 for _ in range(2))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def build_fixtures(f, example, boundaries):
    f.mkdir(parents=True)
    write = lambda name, data: (f / name).write_bytes(data if isinstance(data, bytes) else data.encode())

    write("gut.csv", csv_text(GOOD_HEADER, GOOD_ROWS))
    # Row 2 opens a quote in Titel that never closes: the other rows must not vanish into it.
    rows = [list(r) for r in GOOD_ROWS]
    rows[0][3] = '"Treff A (fiktiv)'
    write("quote-offen.csv", csv_text(GOOD_HEADER, rows))
    # A quoted field that is closed, but runs over 60 lines (past the limit for one field).
    rows = [list(r) for r in GOOD_ROWS]
    rows[1][3] = '"' + "\n".join(f"Zeile {i}" for i in range(60)) + '"'
    write("quote-lang.csv", csv_text(GOOD_HEADER, rows))
    # One invalid UTF-8 byte in a data row (row 3, column Träger).
    write("utf8-kaputt.csv", with_cell(1, "Träger", "Verein \udcff B").encode("utf-8", "surrogateescape"))
    write("trenner-doppelpunkt.csv", csv_text(GOOD_HEADER, GOOD_ROWS, sep=":"))
    header = [c for c in GOOD_HEADER if c != "Kommune"]
    rows = [[v for c, v in zip(GOOD_HEADER, r) if c != "Kommune"] for r in GOOD_ROWS]
    write("ohne-kommune.csv", csv_text(header, rows))
    write("nr-doppelt.csv", with_cell(2, "Nr", "T-01"))
    write("nr-leer.csv", with_cell(2, "Nr", ""))
    write("kommune-unbekannt.csv", with_cell(1, "Kommune", "Atlantis"))
    write("betrag-text.csv", with_cell(1, "Eigenmittel EUR", "viel"))
    write("betrag-riesig.csv", with_cell(1, "Eigenmittel EUR", "99999999999999999999999"))
    write("betrag-negativ.csv", with_cell(1, "Eigenmittel EUR", "-500"))
    write("anzahl-negativ.csv", with_cell(1, "Akteure aktuell", "-3"))
    write("anzahl-riesig.csv", with_cell(1, "Akteure aktuell", "99999999999999999999"))
    write("anzahl-text.csv", with_cell(1, "Akteure aktuell", "drei"))
    write("datum-falsch.csv", with_cell(1, "Eingang Post", "31.02.2024"))
    write("breite-falsch.csv", with_cell(1, "Breitengrad", "95,0"))
    write("zielgruppe-unbekannt.csv", with_cell(1, "Zielgruppen", "Astronauten"))
    write("nr-im-projekt.csv", with_cell(0, "Nr", "B-01"))  # the example project has B-01
    write("leer.csv", b"")
    write("nur-kopf.csv", csv_text(GOOD_HEADER, []))
    write("muell.csv", random.Random(9).randbytes(4096))
    write("kein-zip.xlsx", "Nr;Kommune\nT-01;Düren\n")
    write("zip-kaputt.xlsx", b"PK\x03\x04" + random.Random(10).randbytes(2000))

    # Files that are not projects.
    write("bild.png", png_bytes())
    write("bild-als.gpkg", png_bytes())
    write("leer.gpkg", b"")
    data = boundaries.read_bytes()
    write("abgeschnitten.gpkg", data[: len(data) // 3])
    write("kopf-allein.gpkg", data[:100])
    (f / "ordner.gpkg").mkdir()
    con = sqlite3.connect(str(f / "nur-sqlite.gpkg"))
    con.execute("CREATE TABLE t (x)")
    con.execute("INSERT INTO t VALUES (1)")
    con.commit()
    con.close()
    for name, version in (("schema-abc.gpkg", "abc"), ("schema-neu.gpkg", "99"), ("schema-leer.gpkg", "")):
        shutil.copyfile(example, f / name)
        con = sqlite3.connect(str(f / name))
        con.execute("UPDATE bk_meta SET value = ? WHERE key = 'schema_version'", (version,))
        con.commit()
        con.close()
    # The example with its audit chain broken (a row's hash changed behind the program's back).
    shutil.copyfile(example, f / "kette-kaputt.gpkg")
    con = sqlite3.connect(str(f / "kette-kaputt.gpkg"))
    con.execute("DROP TRIGGER audit_log_append_only_update")
    con.execute("UPDATE audit_log SET nachher = nachher || ' ' WHERE id = (SELECT min(id) FROM audit_log)")
    con.commit()
    con.close()
    # A boundary source that is no GeoJSON, and a population table with garbage.
    write("kaputt.geojson", '{"type": "FeatureCollection", "features": [')
    write("bevoelkerung-kaputt.csv", "ags;name;population\n05358008;Düren;viele\n")


# ---------------------------------------------------------------------------------------------
# The table


class Case:
    def __init__(self, line_no, name, code, setup, pattern, command):
        self.line_no = line_no
        self.name = name
        self.code = code
        self.setup = setup
        self.pattern = pattern
        self.command = command


def read_table(path):
    cases = []
    for line_no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 5:
            raise SystemExit(f"{path}:{line_no}: expected 5 tab-separated fields, found {len(fields)}")
        name, code, setup, pattern, command = fields
        cases.append(Case(line_no, name, int(code), setup, pattern, command))
    names = [c.name for c in cases]
    dupes = {n for n in names if names.count(n) > 1}
    if dupes:
        raise SystemExit(f"{path}: duplicate case names: {', '.join(sorted(dupes))}")
    return cases


class Holder:
    """A child process holding a lock on a file while the command runs."""

    def __init__(self, script, path):
        self.proc = subprocess.Popen([sys.executable, "-c", script, str(path)], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        line = self.proc.stdout.readline()
        if line.strip() != b"held":
            err = self.proc.stderr.read().decode("utf-8", "replace")
            raise RuntimeError(f"could not hold the lock on {path}: {err}")

    def release(self):
        self.proc.stdin.close()
        self.proc.wait(timeout=30)


def run_case(case, exe, ctx):
    d = ctx["cases"] / case.name
    d.mkdir(parents=True)
    values = {"D": str(d), "F": str(ctx["fixtures"]), "SRC": str(ctx["source"]),
              "CSV": str(ctx["source"] / "data" / "bewerbungen-beispiel.csv"),
              "POP": str(ctx["source"] / "data" / "bevoelkerung-zensus2022.csv"),
              "SAMPLE": str(ctx["source"] / "tests" / "cli" / "sample_municipalities.geojson"),
              "P": str(d / "projekt.gpkg"), "B": str(d / "grenzen.gpkg")}
    if "{P}" in case.command or ":P" in case.setup:
        shutil.copyfile(ctx["example"], d / "projekt.gpkg")
    if "{B}" in case.command or ":B" in case.setup:
        shutil.copyfile(ctx["boundaries"], d / "grenzen.gpkg")

    env = dict(os.environ)
    holders = []
    for item in case.setup.split(","):
        kind, _, arg = item.partition(":")
        target = values.get(arg, str(d / arg))
        if kind in ("-", ""):
            continue
        elif kind == "fifo":
            os.mkfifo(target)
        elif kind == "dir":
            os.mkdir(target)
        elif kind == "file":  # an existing output the failed command must leave as it is
            Path(target).write_text("alt\n")
        elif kind == "exclusive":
            holders.append(Holder(EXCLUSIVE_HOLDER, target))
        elif kind == "flock":
            holders.append(Holder(FLOCK_HOLDER, target))
        elif kind == "nodisplay":
            for var in ("DISPLAY", "WAYLAND_DISPLAY"):
                env.pop(var, None)
        else:
            raise SystemExit(f"line {case.line_no}: unknown setup '{item}'")

    argv = [exe] + [a.format(**values) for a in shlex.split(case.command)]
    # Every existing file named on the command line (projects, inputs) must keep its bytes.
    watched = {}
    for a in argv[1:]:
        for part in [a] + a.split("=")[1:]:
            p = Path(part)
            if p.is_absolute() and p.is_file() and not p.is_fifo():
                watched[p] = sha256(p)
    for name in ("projekt.gpkg", "grenzen.gpkg"):
        if (d / name).exists():
            watched[d / name] = sha256(d / name)
    files_before = tree(d)
    fixtures_before = ctx["fixture_tree"]

    problems = []
    start = time.monotonic()
    try:
        p = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                           stdin=subprocess.DEVNULL, timeout=TIMEOUT)
        rc, err = p.returncode, p.stderr.decode("utf-8", "replace")
        out = p.stdout.decode("utf-8", "replace")
    except subprocess.TimeoutExpired as e:
        rc, err, out = None, (e.stderr or b"").decode("utf-8", "replace"), ""
        problems.append(f"no end after {TIMEOUT} s (killed)")
    finally:
        for h in holders:
            h.release()
    elapsed = time.monotonic() - start

    if rc is not None and rc != case.code:
        problems.append(f"exit code {rc}, expected {case.code}")
    if rc is not None and not re.search(case.pattern, err, re.M):
        problems.append(f"stderr does not match /{case.pattern}/")
    if rc is not None and rc < 0:
        problems.append(f"killed by signal {-rc}")
    if "terminate called" in err or "std::bad_alloc" in err or "Segmentation" in err:
        problems.append("a crash or a raw library message")
    for path, digest in watched.items():
        if not path.exists():
            problems.append(f"{path.name} was removed")
        elif sha256(path) != digest:
            problems.append(f"{path.name} was changed (SHA-256 differs)")
    files_after = tree(d)
    appeared = sorted(files_after - files_before)
    vanished = sorted(files_before - files_after)
    if appeared:
        problems.append("left in the folder: " + ", ".join(appeared))
    if vanished:
        problems.append("removed from the folder: " + ", ".join(vanished))
    fixtures_after = tree(ctx["fixtures"])
    if fixtures_after != fixtures_before:
        problems.append("fixture folder changed: " + ", ".join(sorted(fixtures_after ^ fixtures_before)))
    return rc, err, out, problems, elapsed, argv


def main():
    here = Path(__file__).resolve().parent
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--exe", required=True)
    ap.add_argument("--project", required=True, help="the Kreis Düren boundary project")
    ap.add_argument("--source", required=True, help="the source folder (data/, tests/)")
    ap.add_argument("--work", required=True, help="a scratch folder (emptied)")
    ap.add_argument("--table", default=str(here / "bad_inputs.tsv"))
    ap.add_argument("--only", help="run the cases whose name matches this regex")
    ap.add_argument("--verbose", action="store_true", help="print stderr of failed cases")
    args = ap.parse_args()

    exe = str(Path(args.exe).resolve())
    work = Path(args.work).resolve()
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    ctx = {"source": Path(args.source).resolve(), "boundaries": Path(args.project).resolve(),
           "example": work / "beispiel.gpkg", "fixtures": work / "fixtures", "cases": work / "cases"}
    p = subprocess.run([exe, "demo", "--from", str(ctx["boundaries"]), "--out", str(ctx["example"])],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if p.returncode != 0:
        print(f"FAIL: cannot make the example project: {p.stderr.decode(errors='replace')}")
        return 1
    build_fixtures(ctx["fixtures"], ctx["example"], ctx["boundaries"])
    ctx["fixture_tree"] = tree(ctx["fixtures"])
    ctx["cases"].mkdir()

    # The control: the good CSV is accepted, so each broken one fails for its own defect.
    control = work / "kontrolle.gpkg"
    shutil.copyfile(ctx["example"], control)
    p = subprocess.run([exe, "import-applications", str(control), str(ctx["fixtures"] / "gut.csv")],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if p.returncode != 0:
        print(f"FAIL: the control file gut.csv is refused: {p.stderr.decode(errors='replace')}")
        return 1

    cases = read_table(Path(args.table))
    if args.only:
        cases = [c for c in cases if re.search(args.only, c.name)]
    commands = {}
    passed = failed = 0
    for case in cases:
        rc, err, out, problems, elapsed, argv = run_case(case, exe, ctx)
        cmd = COMMANDS.get(case.name.split("-")[0], case.name.split("-")[0])
        commands.setdefault(cmd, 0)
        commands[cmd] += 1
        status = "PASS" if not problems else "FAIL"
        # The line the expected message starts on (GDAL's own lines may come first).
        m = re.search(case.pattern, err, re.M)
        shown = err[err.rfind("\n", 0, m.start()) + 1:].split("\n")[0] if m else first_line(err)
        print(f"{status} {case.name:40s} exit {rc if rc is not None else '-':>2}  {shown.strip()[:150]}",
              flush=True)
        if problems:
            failed += 1
            for pr in problems:
                print(f"       {pr}")
            if args.verbose:
                print("       $ " + " ".join(shlex.quote(a) for a in argv))
                for line in err.splitlines()[:8]:
                    print(f"       | {line}")
        else:
            passed += 1
    print()
    print("bad inputs per command: " + ", ".join(f"{k} {v}" for k, v in sorted(commands.items())))
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())

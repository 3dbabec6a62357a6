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
import os
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time

from crash_scenarios import (  # the folder is on sys.path when run as a script
    DEFAULT_TRIALS,
    LONG_TRIALS,
    SCENARIOS,
    TEMP_PATTERN,
    Context,
    Scenario,
    fingerprint_after_manual_rollback,
    first_line,
    log,
    run,
    stale_check,
)

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

#!/usr/bin/env python3
"""Load and fault test of a project shared on PostgreSQL (issue 14).

8 committee members, each logged in with a database role of their own, make 500 edits each
(scores, a form field, site moves) through load_client at the same time. Meanwhile one client
at a time is killed with SIGKILL at random moments and started again where its acknowledgements
end, and the server is restarted once. Afterwards:

  - every acknowledged edit is in the project exactly once: each client has exactly EDITS audit
    entries, each title and site it set is in exactly one entry, and the project holds its last
    title, site and every last score;
  - `verify` passes (one unbroken hash chain over all clients);
  - no member's role could read another member's score before the reveal (checked with plain
    SQL as each role all through the run and at its end);

and prints the figures: edits per second, p50/p99 latency of an acknowledged edit, kills, lost
edits (must be 0). Exit 0 when all holds, 1 otherwise, 77 (skipped) without a test server.

  load_test.py --exe build/app/begegnungskarte --client build/tests/pg/pg_load_client \
      --boundaries build/tests/kreis-dueren.gpkg --state build/tests/pg-cluster [--clients 8] [--edits 500]
"""

import argparse
import json
import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def psql(state, sql, user=None):
    uri = open(os.path.join(state, "uri")).read().strip()
    if user:
        uri = uri.replace("bk_admin@", user + "@")
    bindir = open(os.path.join(state, "bindir")).read().strip()
    out = subprocess.run([os.path.join(bindir, "psql"), "-X", "-v", "ON_ERROR_STOP=1", "-Atq", uri, "-c", sql],
                         capture_output=True, text=True)
    if out.returncode != 0:
        raise RuntimeError(f"psql as {user or 'bk_admin'}: {out.stderr.strip()}")
    return out.stdout.strip()


class Client:
    def __init__(self, index, args, address, user):
        self.index, self.args, self.address, self.user = index, args, address, user
        self.acks = {}  # k -> latency in µs (-1: found committed after a kill or lost connection)
        self.site = None
        self.proc = None
        self.reader = None
        self.kills = 0
        self.done = False
        self.lock = threading.Lock()
        self.errors = []

    def next_edit(self):
        with self.lock:
            k = 0
            while k in self.acks:
                k += 1
            return k

    def start(self):
        env = dict(os.environ)
        if self.site:
            env["BK_LOAD_SITE_X"], env["BK_LOAD_SITE_Y"] = self.site
        self.proc = subprocess.Popen(
            [self.args.client, self.address, self.user, str(self.index), str(self.args.edits), str(self.next_edit())],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        proc = self.proc
        self.reader = threading.Thread(target=self.read, args=(proc,), daemon=True)
        self.reader.start()

    def read(self, proc):
        for line in proc.stdout:
            parts = line.split()
            if not parts:
                continue
            if parts[0] == "SITE" and not self.site:
                self.site = (parts[1], parts[2])
            elif parts[0] == "ACK":
                with self.lock:
                    k = int(parts[1])
                    if k in self.acks:
                        self.errors.append(f"edit {k} acknowledged twice")
                    self.acks[k] = int(parts[3])
            elif parts[0] == "DONE":
                self.done = True
        proc.wait()
        err = proc.stderr.read()
        if proc.returncode not in (0, -signal.SIGKILL):
            self.errors.append(f"exit {proc.returncode}: {err.strip()}")

    def kill(self):
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait()
            self.reader.join()
            self.kills += 1
            return True
        return False


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--exe", required=True)
    ap.add_argument("--client", required=True)
    ap.add_argument("--boundaries", required=True, help="the Kreis Düren boundary project (the example is made from it)")
    ap.add_argument("--state", required=True, help="the test server's state folder (cluster.sh)")
    ap.add_argument("--cluster", default=os.path.join(HERE, "cluster.sh"))
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--edits", type=int, default=500)
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument("--json", help="write the figures here")
    args = ap.parse_args()
    if not os.path.exists(os.path.join(args.state, "uri")):
        reason = open(os.path.join(args.state, "skip")).read() if os.path.exists(os.path.join(args.state, "skip")) else "no test server"
        print("SKIP:", reason)
        return 77
    rng = random.Random(args.seed)
    uri = open(os.path.join(args.state, "uri")).read().strip()
    schema = f"last{os.getpid()}"
    address = f"{uri}?schema={schema}"
    roles = [f"last{os.getpid()}_m{i}" for i in range(args.clients)]
    names = [f"Mitglied {i + 1}" for i in range(args.clients)]
    problems = []

    def cli(*argv):
        out = subprocess.run([args.exe, *argv], capture_output=True, text=True)
        if out.returncode != 0:
            raise RuntimeError(f"{' '.join(argv[:2])}: {out.stderr.strip()}")
        return out.stdout

    work = tempfile.mkdtemp(prefix="bk-load-")
    try:
        copy = os.path.join(work, "projekt.gpkg")
        cli("demo", "--from", args.boundaries, "--out", copy)
        cli("publish", copy, "--to", address)
        for i in range(args.clients):
            cli("member", "add", address, "--name", names[i], "--role", "Mitglied")
            psql(args.state, f"CREATE ROLE {roles[i]} LOGIN")
            cli("member", "grant", address, "--name", names[i], "--db-role", roles[i])
        member_ids = {roles[i]: psql(args.state, f"SELECT id FROM {schema}.mitglieder WHERE db_rolle = '{roles[i]}'")
                      for i in range(args.clients)}
        setup_entries = int(psql(args.state, f"SELECT count(*) FROM {schema}.audit_log"))

        clients = [Client(i, args, address.replace("bk_admin@", roles[i] + "@"), roles[i]) for i in range(args.clients)]
        leaks = []
        stop = threading.Event()

        def watch_leaks():
            while not stop.is_set():
                for role in roles:
                    try:
                        n = int(psql(args.state, f"SELECT count(*) FROM {schema}.bewertungen "
                                                 f"WHERE mitglied_id <> {member_ids[role]}", user=role))
                        if n:
                            leaks.append(f"{role} read {n} scores of other members")
                    except RuntimeError:
                        pass  # the server restarting
                time.sleep(0.3)

        t0 = time.monotonic()
        for c in clients:
            c.start()
        watcher = threading.Thread(target=watch_leaks, daemon=True)
        watcher.start()
        restarted = False
        total = args.clients * args.edits
        while not all(c.done for c in clients):
            time.sleep(rng.uniform(0.3, 1.2))
            acked = sum(len(c.acks) for c in clients)
            if not restarted and acked > 0.4 * total:
                subprocess.run(["bash", args.cluster, "restart", args.state], check=True, capture_output=True)
                restarted = True
                continue
            running = [c for c in clients if not c.done and c.proc.poll() is None]
            if running and acked < 0.95 * total:
                victim = rng.choice(running)
                if victim.kill():
                    victim.start()
            for c in clients:
                if not c.done and c.proc.poll() is not None and c.reader and not c.reader.is_alive() and not c.errors:
                    c.start()  # ended without DONE (should not happen): go on where it stopped
            if any(c.errors for c in clients):
                break  # a client failed: said below
            if time.monotonic() - t0 > 600:
                problems.append("the run took longer than 10 minutes")
                break
        wall = time.monotonic() - t0
        stop.set()
        watcher.join()
        for c in clients:
            if c.proc and c.proc.poll() is None:
                c.proc.wait()
            if c.reader:
                c.reader.join()
            problems += [f"client {c.index}: {e}" for e in c.errors]

        # Before the reveal: no role reads another member's score, also at the end.
        for role in roles:
            n = int(psql(args.state, f"SELECT count(*) FROM {schema}.bewertungen WHERE mitglied_id <> {member_ids[role]}",
                         user=role))
            if n:
                leaks.append(f"{role} read {n} scores of other members at the end")
        problems += leaks

        # Every acknowledged edit exactly once.
        lost = 0
        for c in clients:
            missing = [k for k in range(args.edits) if k not in c.acks]
            lost += len(missing)
            if missing:
                problems.append(f"client {c.index}: edits {missing[:5]}... not acknowledged")
            n = int(psql(args.state, f"SELECT count(*) FROM {schema}.audit_log WHERE db_rolle = '{c.user}'"))
            if n != args.edits:
                problems.append(f"client {c.index}: {n} audit entries for {args.edits} edits")
            # The entry that set a title: its `after` holds it, its `before` does not (a later
            # site move's entry holds the title on both sides).
            rows = psql(args.state, f"SELECT vorher, nachher FROM {schema}.audit_log WHERE db_rolle = '{c.user}' "
                                    f"AND aktion = 'application.update'").split("\n")
            pairs = [r.split("|", 1) for r in rows if "|" in r]
            for k in range(args.edits):
                if k % 3 == 1:
                    marker = f'"titel":"Titel c{c.index} e{k}"'
                    found = sum(marker in after and marker not in before for before, after in pairs)
                    if found != 1:
                        problems.append(f"client {c.index}: title of edit {k} set by {found} entries")
        summary = psql(args.state, f"SELECT count(*) FROM {schema}.audit_log")
        expected = setup_entries + total
        if int(summary) != expected:
            problems.append(f"{summary} audit entries, expected {expected}")

        out = subprocess.run([args.exe, "verify", address], capture_output=True, text=True)
        if out.returncode != 0:
            problems.append("verify: " + (out.stdout + out.stderr).strip())

        latencies = sorted(v for c in clients for v in c.acks.values() if v >= 0)
        figures = {
            "clients": args.clients,
            "edits_per_client": args.edits,
            "acknowledged": sum(len(c.acks) for c in clients),
            "found_after_fault": sum(1 for c in clients for v in c.acks.values() if v < 0),
            "lost": lost,
            "kills": sum(c.kills for c in clients),
            "server_restarts": int(restarted),
            "wall_s": round(wall, 2),
            "edits_per_s": round(total / wall, 1),
            "p50_ms": round(statistics.median(latencies) / 1000, 2) if latencies else None,
            "p99_ms": round(latencies[int(0.99 * (len(latencies) - 1))] / 1000, 2) if latencies else None,
            "leaks": len(leaks),
        }
        print(json.dumps(figures))
        if args.json:
            with open(args.json, "w") as f:
                json.dump(figures, f)
        if not restarted:
            problems.append("the server was not restarted")
        if figures["kills"] < 3:
            problems.append(f"only {figures['kills']} kills")
    finally:
        try:
            psql(args.state, f"DROP SCHEMA IF EXISTS {schema} CASCADE")
            psql(args.state, "DROP ROLE IF EXISTS " + ", ".join(roles + [f"bk_{schema}_mitglied", f"bk_{schema}_vorsitz"]))
        except RuntimeError as e:
            print("cleanup:", e, file=sys.stderr)
        shutil.rmtree(work, ignore_errors=True)
    for p in problems:
        print("FAIL:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

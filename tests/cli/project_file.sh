#!/usr/bin/env bash
# project_file.sh CASE EXE KREIS_DUEREN.gpkg SAMPLE.geojson WORK_DIR
# Opening and replacing project files from the command line (issue 9, 1.1, 1.6, 1.7, 1.9), on a
# fresh example project (demo) per case:
#   recover        a write killed mid-transaction (SIGKILL, hot journal): rank recovers, prints
#                  the one-line note, the file is byte for byte as before; verify passes
#   no-write-access the same crash, opened by someone who may not write: rank and verify say
#                  that recovering needs write access (exit 1) and leave the file alone
#   locked         another program holds BEGIN EXCLUSIVE: rank and verify say so (exit 1)
#   schema         a non-numeric schema_version is named, not "stoi"; the file is unchanged
#   overwrite      import-boundaries --overwrite refuses a project with applications unless
#                  --discard-applications is given; then the old file is kept as a backup
#   open-elsewhere import-boundaries --overwrite refuses while the project's lock is held
#   temporaries    leftovers of crashed runs (a dead process's, an older version's fixed name
#                  with a journal) block neither demo nor import-boundaries and are removed
set -u
case=$1 exe=$2 boundaries=$3 sample=$4 work=$5/$1
rm -rf "$work" && mkdir -p "$work" || exit 1
p=$work/projekt.gpkg
fail() { echo "FAIL: $*"; exit 1; }
sha() { sha256sum "$1" | cut -d' ' -f1; }

"$exe" demo --from "$boundaries" --out "$p" >/dev/null || fail "demo"

# A process that dies without cleaning up: its pid is free afterwards.
dead_pid() { bash -c 'echo $$'; }

# 400 rows of 4 kB, committed: rewriting them is far larger than the page cache.
add_ballast() {
    python3 - "$p" <<'EOF' || fail "setting up the ballast"
import sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("CREATE TABLE ballast (x BLOB)")
db.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400) "
           "INSERT INTO ballast SELECT randomblob(4000) FROM n")
db.close()
EOF
}

# A write killed by SIGKILL before its commit, after SQLite spilled changed pages into the file:
# leaves a hot journal.
crash_mid_write() {
    (python3 - "$p" <<'EOF'
import os, signal, sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("PRAGMA cache_size = 4")
db.execute("BEGIN IMMEDIATE")
db.execute("DELETE FROM bewerbungen")
db.execute("UPDATE ballast SET x = randomblob(4000)")
os.kill(os.getpid(), signal.SIGKILL)
EOF
    ) 2>/dev/null
    [[ -s $p-journal ]] || fail "no hot journal was made"
    [[ $(sha "$p") != "$before" ]] || fail "the interrupted write did not reach the file"
}

case $case in
recover)
    add_ballast
    before=$(sha "$p")
    crash_mid_write
    err=$("$exe" rank "$p" --samples 100 2>&1 >/dev/null)
    rc=$?
    echo "rank: exit $rc; stderr: $err"
    [[ $rc -eq 0 ]] || fail "rank did not recover the file"
    grep -qF "Hinweis: $p: Eine unterbrochene Änderung wurde zurückgenommen; das Projekt ist wie vor dieser Änderung" <<<"$err" ||
        fail "no recovery note"
    [[ ! -e $p-journal ]] || fail "the journal is still there"
    [[ $(sha "$p") == "$before" ]] || fail "the file is not as before the write"
    "$exe" verify "$p" | grep -q "OK (Schema 3, 8 Bewerbungen" || fail "verify"
    # verify recovers too.
    crash_mid_write
    out=$("$exe" verify "$p" 2>&1)
    echo "verify: $out"
    grep -q "Eine unterbrochene Änderung wurde zurückgenommen" <<<"$out" || fail "verify: no recovery note"
    grep -q "OK (Schema 3, 8 Bewerbungen" <<<"$out" || fail "verify after recovery"
    [[ $(sha "$p") == "$before" ]] || fail "verify: the file is not as before the write"
    ;;
no-write-access)
    # Who may not write: as root, the user nobody (root may write anywhere); otherwise this
    # user with the folder made read-only.
    add_ballast
    before=$(sha "$p")
    crash_mid_write
    crashed=$(sha "$p")
    if [[ $(id -u) -eq 0 ]]; then
        as_reader=(setpriv --reuid=65534 --regid=65534 --clear-groups)
        chmod 755 "$work" && chmod 644 "$p" "$p-journal"
    else
        as_reader=()
        chmod a-w "$work" "$p"
    fi
    for cmd in rank verify; do
        err=$("${as_reader[@]}" "$exe" $cmd "$p" 2>&1 >/dev/null)
        rc=$?
        echo "$cmd: exit $rc; stderr: $err"
        [[ $rc -eq 1 ]] || fail "$cmd: exit $rc"
        grep -qF "$p: the project has an interrupted write (a crash left projekt.gpkg-journal) that needs write access to recover; open it once where the file and its folder are writable" <<<"$err" ||
            fail "$cmd: message"
    done
    [[ -s $p-journal && $(sha "$p") == "$crashed" ]] || fail "the file was touched"
    chmod u+w "$work" "$p"
    "$exe" rank "$p" --samples 100 >/dev/null 2>&1 || fail "rank with write access"
    [[ $(sha "$p") == "$before" ]] || fail "not as before the write"
    ;;
locked)
    before=$(sha "$p")
    fifo=$work/ready
    mkfifo "$fifo"
    python3 - "$p" "$fifo" <<'EOF' &
import sqlite3, sys, time
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("BEGIN EXCLUSIVE")
db.execute("UPDATE bk_meta SET value = value")
open(sys.argv[2], "w").write("ready\n")
time.sleep(60)
EOF
    holder=$!
    read -r _ <"$fifo"
    for cmd in rank verify; do
        err=$("$exe" $cmd "$p" 2>&1 >/dev/null)
        rc=$?
        echo "$cmd: exit $rc; stderr: $err"
        [[ $rc -eq 1 ]] || { kill $holder; fail "$cmd: exit $rc"; }
        grep -qF "$p: das Projekt ist von einem anderen Programm gesperrt (database is locked); bitte dort schließen und erneut versuchen" <<<"$err" ||
            { kill $holder; fail "$cmd: message"; }
        grep -q "keine Projektdatei" <<<"$err" && { kill $holder; fail "$cmd: says 'keine Projektdatei'"; }
    done
    kill $holder
    wait $holder 2>/dev/null
    [[ $(sha "$p") == "$before" ]] || fail "the file changed"
    "$exe" verify "$p" >/dev/null || fail "verify after the lock was released"
    ;;
schema)
    python3 -c "import sqlite3,sys; db=sqlite3.connect(sys.argv[1]); db.execute(\"UPDATE bk_meta SET value='abc' WHERE key='schema_version'\"); db.commit()" "$p" || fail "tampering"
    before=$(sha "$p")
    err=$("$exe" rank "$p" 2>&1 >/dev/null)
    rc=$?
    echo "rank: exit $rc; stderr: $err"
    [[ $rc -eq 1 ]] || fail "exit $rc"
    grep -qxF "error: $p: beschädigte Projektdatei: schema_version ist „abc“, keine Zahl" <<<"$err" || fail "message"
    err=$("$exe" rank "$p" --lang en 2>&1 >/dev/null)
    grep -qxF "error: $p: damaged project file: schema_version is 'abc', not a number" <<<"$err" ||
        fail "English message: $err"
    [[ $(sha "$p") == "$before" ]] || fail "the file changed"
    ;;
overwrite)
    before=$(sha "$p")
    import=("$exe" import-boundaries --municipalities "$sample" --district-key 05358
            --stand 2016-01-01 --out "$p" --overwrite)
    err=$("${import[@]}" 2>&1 >/dev/null)
    rc=$?
    echo "without confirmation: exit $rc; stderr: $err"
    [[ $rc -eq 1 ]] || fail "exit $rc"
    grep -qF "error: $p enthält 8 Bewerbungen, 2 Mitglieder und 4 Protokolleinträge; --discard-applications ersetzt die Datei trotzdem (eine Sicherungskopie bleibt)" <<<"$err" ||
        fail "message"
    err=$("${import[@]}" --lang en 2>&1 >/dev/null)
    echo "in English: exit $?; stderr: $err"
    grep -qF "error: $p holds 8 applications, 2 members and 4 audit entries; add --discard-applications to replace it anyway (a backup is kept)" <<<"$err" ||
        fail "English message"
    [[ $(sha "$p") == "$before" ]] || fail "the file changed"
    compgen -G "$p.bak-*" >/dev/null && fail "a backup without replacing"
    "$exe" import-boundaries --municipalities "$sample" --district-key 05358 --stand 2016-01-01 \
        --out "$p" --discard-applications >/dev/null 2>&1
    [[ $? -eq 2 ]] || fail "--discard-applications without --overwrite is not a usage error"
    out=$("${import[@]}" --discard-applications 2>&1)
    rc=$?
    echo "confirmed: exit $rc; $out"
    [[ $rc -eq 0 ]] || fail "confirmed: exit $rc"
    grep -qF "$p: 2 Kommunen, " <<<"$out" || fail "confirmed: not imported"
    backups=("$p".bak-*)
    [[ ${#backups[@]} -eq 1 && -f ${backups[0]} ]] || fail "no single backup: ${backups[*]}"
    [[ ${backups[0]} =~ \.bak-[0-9]{8}-[0-9]{6}$ ]] || fail "backup name ${backups[0]}"
    grep -qF "Die ersetzte Datei ist als ${backups[0]} aufbewahrt" <<<"$out" || fail "the backup is not named"
    [[ $(sha "${backups[0]}") == "$before" ]] || fail "the backup differs from the replaced file"
    "$exe" verify "${backups[0]}" --lang en | grep -q "8 applications" || fail "the backup does not verify"
    ls -a "$work" | grep -E '\.bk-tmp-|\.tmp' && fail "temporary file left"
    ;;
open-elsewhere)
    before=$(sha "$p")
    fifo=$work/ready
    mkfifo "$fifo"
    # The same lock (flock) an open window holds.
    python3 - "$p" "$fifo" <<'EOF' &
import fcntl, sys, time
f = open(sys.argv[1], "rb")
fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
open(sys.argv[2], "w").write("ready\n")
time.sleep(60)
EOF
    holder=$!
    read -r _ <"$fifo"
    import=("$exe" import-boundaries --municipalities "$sample" --district-key 05358
            --stand 2016-01-01 --out "$p" --overwrite --discard-applications)
    err=$("${import[@]}" 2>&1 >/dev/null)
    rc=$?
    err_en=$("${import[@]}" --lang en 2>&1 >/dev/null)
    kill $holder
    wait $holder 2>/dev/null
    echo "exit $rc; stderr: $err; in English: $err_en"
    [[ $rc -eq 1 ]] || fail "exit $rc"
    grep -qF "error: $p: ist in einem anderen Fenster oder Befehl der Begegnungskarte geöffnet; dort schließen und erneut versuchen" <<<"$err" ||
        fail "message"
    grep -qF "error: $p: is open in another Begegnungskarte window or command; close it there and try again" <<<"$err_en" ||
        fail "English message"
    [[ $(sha "$p") == "$before" ]] || fail "the file changed"
    ;;
temporaries)
    pid=$(dead_pid)
    out=$work/beispiel.gpkg
    cp "$boundaries" "$work/.beispiel.tmp.gpkg"
    echo "a journal left by a crash" >"$work/.beispiel.tmp.gpkg-journal"
    cp "$boundaries" "$work/.beispiel.gpkg.bk-tmp-$pid-1.gpkg"
    echo "a journal left by a crash" >"$work/.beispiel.gpkg.bk-tmp-$pid-1.gpkg-journal"
    cp "$boundaries" "$work/.sample.gpkg.tmp-123456.gpkg"
    echo "a journal left by a crash" >"$work/.sample.gpkg.tmp-123456.gpkg-journal"
    cp "$boundaries" "$work/.sample.gpkg.bk-tmp-$pid-2.gpkg"
    "$exe" demo --from "$boundaries" --out "$out" || fail "demo"
    "$exe" import-boundaries --municipalities "$sample" --district-key 05358 --stand 2016-01-01 \
        --out "$work/sample.gpkg" || fail "import-boundaries"
    left=$(ls -A "$work" | tr '\n' ' ')
    echo "left: $left"
    [[ $left == "beispiel.gpkg projekt.gpkg sample.gpkg " ]] || fail "left behind: $left"
    ;;
*)
    fail "unknown case $case"
    ;;
esac
echo "PASS: $case"

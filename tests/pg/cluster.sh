#!/usr/bin/env bash
# A throwaway PostgreSQL 15 + PostGIS 3 server for the test suite (started and stopped by the
# CTest fixture "postgres", tests/pg/CMakeLists.txt; by hand see README, "Tests").
#
#   bash tests/pg/cluster.sh start   STATE_DIR   fresh cluster in /tmp/bk-pg.XXXXXX, database
#                                                bk_test with PostGIS; writes STATE_DIR/uri
#   bash tests/pg/cluster.sh stop    STATE_DIR   stops it and removes its data directory
#   bash tests/pg/cluster.sh restart STATE_DIR   restarts it on the same port (fault tests)
#   bash tests/pg/cluster.sh check   STATE_DIR   the smoke test: PostGIS 3.x answers
#                                                (exit 77 when the server was skipped)
#
# STATE_DIR holds: uri (postgresql://bk_admin@127.0.0.1:PORT/bk_test), port, datadir, bindir,
# runas; or skip, one line saying why there is no server (PostgreSQL 15 or PostGIS not
# installed). Nothing here uses a system cluster (Debian's on port 5432): own port from 55432
# up, own socket directory (the data directory), superuser bk_admin with trust on loopback.
set -euo pipefail

readonly PG_VERSION=15
readonly PG_BINDIR=/usr/lib/postgresql/$PG_VERSION/bin
readonly POSTGIS_CONTROL=/usr/share/postgresql/$PG_VERSION/extension/postgis.control
readonly FIRST_PORT=55432
readonly LAST_PORT=55531
readonly SUPERUSER=bk_admin
readonly DATABASE=bk_test

# The caller's libpq settings must not redirect our psql calls.
while read -r var; do unset "$var"; done < <(compgen -e | grep '^PG' || true)

die() {
    echo "cluster.sh: error: $*" >&2
    exit 1
}
note() { echo "cluster.sh: $*" >&2; }

usage() {
    echo "usage: bash tests/pg/cluster.sh start|stop|restart|check STATE_DIR" >&2
    exit 2
}

[[ $# -eq 2 ]] || usage
cmd=$1
state=$2
case "$cmd" in start | stop | restart | check) ;; *) usage ;; esac

mkdir -p "$state" || die "cannot create the state directory $state"
state=$(cd "$state" && pwd)

# One cluster.sh at a time per state directory (two ctest runs of one build). The lock is on
# the directory itself; fd 9 is closed for everything that could outlive us (the server).
exec 9<"$state"
flock -w 120 9 || die "state directory $state is locked by another cluster.sh for 120 s"

# Runs a command as the server's user (fd 9 closed, working directory / so the user can read it).
runas_user=""
as_user() {
    if [[ -n "$runas_user" && "$runas_user" != "$(id -un)" ]]; then
        (cd / && runuser -u "$runas_user" -- "$@") 9<&-
    else
        (cd / && "$@") 9<&-
    fi
}

read_state() { # FILE -> contents or empty
    if [[ -f "$state/$1" ]]; then cat "$state/$1"; fi
}

# Only ever delete what this script created.
is_our_datadir() { [[ "$1" =~ ^/tmp/bk-pg\.[A-Za-z0-9]{6}$ ]]; }

remove_state_files() {
    rm -f "$state/uri" "$state/port" "$state/datadir" "$state/bindir" "$state/runas" "$state/skip"
}

# Whether PID is a live server process (a zombie waiting for its parent does not count).
server_alive() {
    local stat
    stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
    stat=${stat##*) }
    [[ "${stat%% *}" != Z ]] && grep -q postgres "/proc/$1/cmdline" 2>/dev/null
}

# Stops and removes the cluster recorded in STATE_DIR, if any. Fails only when a running
# server cannot be stopped.
stop_recorded() {
    local datadir bindir
    datadir=$(read_state datadir)
    bindir=$(read_state bindir)
    runas_user=$(read_state runas)
    [[ -n "$bindir" ]] || bindir=$PG_BINDIR
    if [[ -n "$datadir" && -d "$datadir" ]]; then
        [[ -n "$runas_user" ]] || runas_user=$(stat -c %U "$datadir")
        if [[ -f "$datadir/postmaster.pid" ]]; then
            if ! as_user "$bindir/pg_ctl" stop -D "$datadir" -m fast -w -t 60 >/dev/null 2>&1; then
                note "fast shutdown of $datadir failed; trying immediate"
                as_user "$bindir/pg_ctl" stop -D "$datadir" -m immediate -w -t 30 >/dev/null 2>&1 || true
            fi
            # pg_ctl reports success for "no server running" too; make sure nothing is left.
            if [[ -f "$datadir/postmaster.pid" ]]; then
                local pid
                pid=$(head -1 "$datadir/postmaster.pid" 2>/dev/null || true)
                if [[ "$pid" =~ ^[0-9]+$ ]] && server_alive "$pid"; then
                    die "the server in $datadir (pid $pid) does not stop; log: $datadir/server.log"
                fi
            fi
        fi
        if is_our_datadir "$datadir"; then
            rm -rf "$datadir" || die "cannot remove the data directory $datadir"
        else
            note "not removing $datadir (not a /tmp/bk-pg.XXXXXX directory)"
        fi
    fi
    remove_state_files
}

skip() {
    remove_state_files
    echo "$1" >"$state/skip"
    echo "cluster.sh: skipped: $1"
    exit 0
}

port_free() { # PORT -> 0 when nothing listens on 127.0.0.1:PORT and it can be bound
    local rc=0
    if command -v python3 >/dev/null 2>&1; then
        python3 - "$1" <<'EOF' 2>/dev/null || rc=$?
import socket, sys
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
try:
    s.bind(("127.0.0.1", int(sys.argv[1])))
except OSError:
    sys.exit(1)
finally:
    s.close()
EOF
        [[ $rc -le 1 ]] && return $rc # 2 and up: python3 itself failed; ask ss instead
    fi
    if command -v ss >/dev/null 2>&1; then
        if ss -Htln "sport = :$1" | grep -q .; then return 1; fi
        return 0
    fi
    die "cannot test whether port $1 is free (neither python3 nor ss works)"
}

start() {
    stop_recorded # an earlier interrupted run, or start twice

    local missing=""
    for b in initdb pg_ctl postgres; do
        [[ -x "$PG_BINDIR/$b" ]] || missing+=" $b"
    done
    [[ -z "$missing" ]] ||
        skip "PostgreSQL $PG_VERSION server binaries not found in $PG_BINDIR (missing:$missing; Debian package postgresql-$PG_VERSION)"
    [[ -f "$POSTGIS_CONTROL" ]] ||
        skip "PostGIS not found for PostgreSQL $PG_VERSION ($POSTGIS_CONTROL; Debian package postgresql-$PG_VERSION-postgis-3)"
    local psql=$PG_BINDIR/psql
    [[ -x "$psql" ]] || psql=$(command -v psql) ||
        skip "psql not found ($PG_BINDIR/psql or on PATH; Debian package postgresql-client-$PG_VERSION)"

    # The server refuses to run as root.
    if [[ $(id -u) -eq 0 ]]; then
        if id -u postgres >/dev/null 2>&1; then
            runas_user=postgres
        else
            if ! id -u bkpg >/dev/null 2>&1; then
                useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin bkpg ||
                    die "cannot create the system user bkpg to run the server as"
            fi
            runas_user=bkpg
        fi
    else
        runas_user=$(id -un)
    fi

    local datadir
    datadir=$(mktemp -d /tmp/bk-pg.XXXXXX) || die "cannot create a data directory in /tmp"
    echo "$datadir" >"$state/datadir"
    echo "$PG_BINDIR" >"$state/bindir"
    echo "$runas_user" >"$state/runas"
    if [[ $(id -u) -eq 0 ]]; then
        chown "$runas_user:" "$datadir" || die "cannot give $datadir to user $runas_user"
    fi
    chmod 700 "$datadir"

    local locale=C.UTF-8
    if ! locale -a 2>/dev/null | grep -qix 'c\.utf-\?8'; then
        note "locale C.UTF-8 not installed; using C"
        locale=C
    fi
    local initlog=$state/initdb.log
    if ! as_user "$PG_BINDIR/initdb" -D "$datadir" -U "$SUPERUSER" --auth=trust -E UTF8 \
        --locale="$locale" --no-instructions >"$initlog" 2>&1; then
        cat "$initlog" >&2
        rm -f "$initlog"
        stop_recorded
        die "initdb failed (user $runas_user, data directory $datadir)"
    fi
    rm -f "$initlog"

    # A free port; another process may take it between the test and the start, so a start that
    # fails to bind moves on to the next port.
    local port=$FIRST_PORT started=""
    local log=$datadir/server.log
    while [[ $port -le $LAST_PORT ]]; do
        if ! port_free "$port"; then
            port=$((port + 1))
            continue
        fi
        as_user tee "$datadir/bk-test.conf" >/dev/null <<EOF
# tests/pg/cluster.sh
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$datadir'
max_connections = 120
fsync = on
EOF
        grep -q "^include = 'bk-test.conf'" "$datadir/postgresql.conf" ||
            echo "include = 'bk-test.conf'" | as_user tee -a "$datadir/postgresql.conf" >/dev/null
        if as_user "$PG_BINDIR/pg_ctl" start -D "$datadir" -l "$log" -w -t 60 >/dev/null 2>&1; then
            started=yes
            break
        fi
        if grep -qE 'could not bind|could not create any TCP/IP sockets|Address already in use' "$log" 2>/dev/null; then
            note "port $port was taken while starting; trying the next"
            port=$((port + 1))
            continue
        fi
        echo "---- $log" >&2
        cat "$log" >&2 || true
        echo "----" >&2
        stop_recorded
        die "pg_ctl start failed (user $runas_user, port $port); server log above"
    done
    if [[ -z "$started" ]]; then
        stop_recorded
        die "no free port on 127.0.0.1 in $FIRST_PORT-$LAST_PORT"
    fi
    echo "$port" >"$state/port"

    local q=("$psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U "$SUPERUSER")
    local out
    if ! out=$(as_user "${q[@]}" -d postgres -c "CREATE DATABASE $DATABASE" 2>&1); then
        echo "$out" >&2
        stop_recorded
        die "CREATE DATABASE $DATABASE failed on port $port"
    fi
    if ! out=$(as_user "${q[@]}" -d "$DATABASE" -c "CREATE EXTENSION postgis" 2>&1); then
        echo "$out" >&2
        stop_recorded
        die "CREATE EXTENSION postgis failed in $DATABASE on port $port"
    fi

    local uri="postgresql://$SUPERUSER@127.0.0.1:$port/$DATABASE"
    echo "$uri" >"$state/uri.tmp" && mv "$state/uri.tmp" "$state/uri"
    echo "cluster.sh: PostgreSQL $PG_VERSION + PostGIS running as $runas_user in $datadir: $uri"
}

stop() {
    local datadir
    datadir=$(read_state datadir)
    stop_recorded
    rm -f "$state/initdb.log" "$state/uri.tmp"
    if [[ -n "$datadir" ]]; then
        echo "cluster.sh: stopped and removed $datadir"
    else
        echo "cluster.sh: nothing to stop in $state"
    fi
}

restart() {
    local datadir bindir port
    datadir=$(read_state datadir)
    bindir=$(read_state bindir)
    port=$(read_state port)
    runas_user=$(read_state runas)
    [[ -n "$datadir" && -d "$datadir" && -n "$bindir" && -n "$port" ]] ||
        die "no cluster recorded in $state (run: cluster.sh start $state)"
    if ! as_user "$bindir/pg_ctl" restart -D "$datadir" -l "$datadir/server.log" -m fast -w -t 60 \
        >/dev/null 2>&1; then
        echo "---- $datadir/server.log" >&2
        tail -n 50 "$datadir/server.log" >&2 || true
        echo "----" >&2
        die "pg_ctl restart failed (user $runas_user, port $port); server log above"
    fi
    echo "cluster.sh: restarted the server in $datadir on port $port"
}

check() {
    if [[ -f "$state/skip" ]]; then
        echo "skipped: $(cat "$state/skip")"
        exit 77
    fi
    [[ -f "$state/uri" ]] || die "no server: $state/uri missing (run: cluster.sh start $state)"
    local uri bindir psql version
    uri=$(cat "$state/uri")
    bindir=$(read_state bindir)
    psql=${bindir:-$PG_BINDIR}/psql
    [[ -x "$psql" ]] || psql=$(command -v psql) || die "psql not found"
    version=$("$psql" -X "$uri" -Atc 'SELECT postgis_lib_version()') ||
        die "psql $uri: SELECT postgis_lib_version() failed"
    [[ "$version" =~ ^3\.[0-9]+ ]] || die "PostGIS $version answered, expected 3.x"
    echo "cluster.sh: $uri answers, PostGIS $version"
}

"$cmd"

#!/usr/bin/env bash
# Runs a throwaway PostgreSQL cluster for Tandem's tests and benchmarks.
#
#   Scripts/postgres-server.sh start DIR     initdb into DIR, start the server on a unix socket
#                                           in DIR, print its connection URL on stdout
#   Scripts/postgres-server.sh restart DIR   restart it (the URL stays the same)
#   Scripts/postgres-server.sh stop DIR      stop it and delete DIR
#
# PostgreSQL refuses to run as root, so as root the server runs as the `postgres` user.
# The server listens on no TCP port; only the socket in DIR reaches it.
set -euo pipefail

command=${1:-}
dir=${2:-}
if [ -z "$command" ] || [ -z "$dir" ]; then
    echo "usage: $0 start|restart|stop DIR" >&2
    exit 64
fi

find_bin() {
    if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then
        pg_config --bindir
        return
    fi
    local candidate
    candidate=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    if [ -n "$candidate" ] && [ -x "$candidate/initdb" ]; then
        echo "$candidate"
        return
    fi
    if command -v initdb >/dev/null 2>&1; then
        dirname "$(command -v initdb)"
        return
    fi
    echo "postgres-server.sh: no PostgreSQL server binaries (initdb) found; install postgresql" >&2
    exit 69
}

as_owner() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

bin=$(find_bin)
data="$dir/data"

case "$command" in
start)
    mkdir -p "$dir"
    if [ "$(id -u)" = 0 ]; then
        chown postgres "$dir"
    fi
    as_owner "$bin/initdb" -D "$data" -U postgres --auth=trust --encoding=UTF8 \
        --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || {
        cat "$dir/initdb.log" >&2
        exit 1
    }
    as_owner "$bin/pg_ctl" -D "$data" -l "$dir/server.log" -w -t 60 \
        -o "-k $dir -c listen_addresses= -c max_connections=300 -c fsync=off -c full_page_writes=off" \
        start >/dev/null || {
        cat "$dir/server.log" >&2
        exit 1
    }
    # Extensions are per database, not per schema: tests that each use their own schema
    # share this one, created once in public.
    as_owner "$bin/psql" -h "$dir" -U postgres -d postgres -qAt \
        -c "CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public" >/dev/null
    echo "postgresql:///postgres?host=$dir&user=postgres"
    ;;
restart)
    as_owner "$bin/pg_ctl" -D "$data" -l "$dir/server.log" -w -t 60 -m fast restart >/dev/null
    ;;
stop)
    if [ -d "$data" ]; then
        as_owner "$bin/pg_ctl" -D "$data" -w -t 60 -m fast stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: $0 start|restart|stop DIR" >&2
    exit 64
    ;;
esac

#!/usr/bin/env bash
# Installs, from Debian's packages, whatever Tandem's build and tests need and this machine
# lacks: the SQLite and libpq headers, pkg-config, and a PostgreSQL server for the tests.
set -euo pipefail

missing=()
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
pkg-config --exists sqlite3 2>/dev/null || missing+=(libsqlite3-dev)
pkg-config --exists libpq 2>/dev/null || missing+=(libpq-dev)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql postgresql-contrib)
ls /usr/share/postgresql/*/extension/pg_trgm.control >/dev/null 2>&1 || missing+=(postgresql-contrib)

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi
echo "installing: ${missing[*]}"
if [ "$(id -u)" != 0 ]; then
    echo "install-dependencies.sh: run as root, or install: ${missing[*]}" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null

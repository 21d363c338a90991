#!/usr/bin/env bash
# Tandem's full check: format lint, a warning-free build, and every test on SQLite (memory and
# file) and on a throwaway PostgreSQL server that this script starts and stops.
# Fails, never skips, when PostgreSQL cannot be started.
set -euo pipefail
cd "$(dirname "$0")/.."

Scripts/install-dependencies.sh

echo "== swift format lint --strict"
swift format lint --strict --parallel --recursive Package.swift Sources Tests

echo "== build (warnings are errors)"
build_log=$(mktemp)
swift build --build-tests 2>&1 | tee "$build_log"
if grep -E "warning:" "$build_log" | grep -v "^warning: 'main'" >/dev/null; then
    echo "the build has warnings" >&2
    exit 1
fi

echo "== PostgreSQL"
pg_dir=$(mktemp -d /tmp/tandem-pg.XXXXXX)
trap 'Scripts/postgres-server.sh stop "$pg_dir"' EXIT
TANDEM_POSTGRES_URL=$(Scripts/postgres-server.sh start "$pg_dir")
export TANDEM_POSTGRES_URL
echo "server up at $TANDEM_POSTGRES_URL"

echo "== benchmark smoke run (tiny sizes, debug build: checks the workloads run, measures nothing)"
.build/debug/tandem-bench --smoke

echo "== tests"
swift test --skip-build "$@"

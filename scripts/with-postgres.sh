#!/usr/bin/env bash
# Run a command with a throwaway PostgreSQL server on a loopback port; its URL is exported as
# NEWSLEDGER_TEST_PG_URL.  Without PostgreSQL installed, the command runs without it (the PostgreSQL
# tests then skip, and say so).  If NEWSLEDGER_TEST_PG_URL is already set, that server is used.
set -uo pipefail
if [ -n "${NEWSLEDGER_TEST_PG_URL:-}" ]; then exec "$@"; fi
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bindir" ]; then
  echo "with-postgres: PostgreSQL is not installed; PostgreSQL tests will be skipped" >&2
  exec "$@"
fi
port=${NEWSLEDGER_PG_PORT:-55432}
dir=$(mktemp -d /tmp/newsledger-pg.XXXXXX)
chmod 755 "$dir"
as_pg=()
if [ "$(id -u)" -eq 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  chown postgres "$dir"
  as_pg=(runuser -u postgres --)
fi
cleanup() { "${as_pg[@]}" "$bindir/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1; rm -rf "$dir"; }
trap cleanup EXIT
"${as_pg[@]}" "$bindir/initdb" -D "$dir/data" -U newsledger --auth=trust -E UTF8 >/dev/null || exit 1
"${as_pg[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off" start >/dev/null || { cat "$dir/log"; exit 1; }
"${as_pg[@]}" "$bindir/createdb" -h 127.0.0.1 -p "$port" -U newsledger newsledger_test || exit 1
export NEWSLEDGER_TEST_PG_URL="postgresql://newsledger@127.0.0.1:$port/newsledger_test"
echo "with-postgres: $NEWSLEDGER_TEST_PG_URL" >&2
"$@"

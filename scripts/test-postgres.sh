#!/usr/bin/env bash
# Start (or reuse) a throwaway PostgreSQL on 127.0.0.1 for the storage tests and print
# its URL. Data lives in a temporary folder; nothing touches the system cluster.
# Usage: eval "$(bash scripts/test-postgres.sh)"   # exports WAT_TEST_POSTGRES_URL
set -euo pipefail
PORT="${WAT_TEST_PG_PORT:-54329}"
DIR="${WAT_TEST_PG_DIR:-/tmp/wat-test-postgres}"
PGBIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
if [ -z "$PGBIN" ]; then
  echo "PostgreSQL server binaries not found: install the Debian package postgresql" >&2
  exit 1
fi

as_owner() {  # PostgreSQL refuses to run as root: use the postgres system user then.
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if [ "$(id -u)" = "0" ]; then
  mkdir -p "$DIR"; chown postgres:postgres "$DIR"; chmod 700 "$DIR"
fi
if [ ! -f "$DIR/PG_VERSION" ]; then
  as_owner "$PGBIN/initdb" -D "$DIR" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null
fi
if ! as_owner "$PGBIN/pg_ctl" -D "$DIR" status >/dev/null 2>&1; then
  as_owner "$PGBIN/pg_ctl" -D "$DIR" -w -l "$DIR/server.log" \
    -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
fi
echo "export WAT_TEST_POSTGRES_URL=postgresql+psycopg://postgres@127.0.0.1:$PORT/postgres"

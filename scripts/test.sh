#!/usr/bin/env bash
# Quick start 2: set up everything the tests need and run the whole suite.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/setup-env.sh" test
cd "$ROOT"
# The storage tests also run on PostgreSQL: no server, no test run (never a silent skip).
PG_ENV="$(bash "$ROOT/scripts/test-postgres.sh")"
eval "$PG_ENV"
"$ROOT/.venv/bin/ruff" check src tests scripts
exec "$ROOT/.venv/bin/python" -m pytest -n 2 --dist loadgroup "$@"

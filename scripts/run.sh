#!/usr/bin/env bash
# Quick start 1: set up (first time only) and launch WAT Desktop.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/setup-env.sh" runtime
exec "$ROOT/.venv/bin/wat-desktop" "$@"

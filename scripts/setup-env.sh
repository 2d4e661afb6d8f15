#!/usr/bin/env bash
# Shared by run.sh and test.sh: system packages (Debian/Ubuntu) and the venv.
# Usage: source scripts/setup-env.sh [runtime|test]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PROFILE="${1:-runtime}"

# Qt's xcb platform needs these on a bare Debian (PLATFORM-NOTES); the tests add
# Xvfb, PDF tools, fonts, PostgreSQL, the desktop-file validators and binutils
# (objdump: PyInstaller reads the bundled libraries with it).
RUNTIME_PKGS="python3-venv libegl1 libgl1 libfontconfig1 libglib2.0-0 libdbus-1-3 libxkbcommon0 \
libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0"
TEST_PKGS="xvfb xauth qpdf poppler-utils fonts-dejavu-core postgresql desktop-file-utils appstream binutils"

install_system_packages() {
  local wanted="$RUNTIME_PKGS"
  [ "$PROFILE" = "test" ] && wanted="$wanted $TEST_PKGS"
  command -v dpkg-query >/dev/null 2>&1 || return 0
  local missing=""
  for pkg in $wanted; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
      || missing="$missing $pkg"
  done
  [ -z "$missing" ] && return 0
  local sudo=""
  if [ "$(id -u)" != "0" ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      echo "Missing Debian packages:$missing (install them as root)" >&2; return 0; fi
  fi
  echo "Installing Debian packages:$missing"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing
}

pick_python() {
  for candidate in python3.13 python3.12 python3.11 python3; do
    if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -c \
        'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      echo "$candidate"; return 0
    fi
  done
  echo "WAT Desktop needs Python 3.11 or newer" >&2; return 1
}

install_system_packages
PY="$(pick_python)"
VENV="$ROOT/.venv"
if [ ! -x "$VENV/bin/python" ]; then
  "$PY" -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install -q --upgrade pip
if [ "$PROFILE" = "test" ]; then
  "$VENV/bin/python" -m pip install -q -e "$ROOT[test,postgres]"
  # Optional: the encryption tests and the coverage-guided fuzzer run where these
  # install (wheels for common platforms); elsewhere their tests say why they skip.
  "$VENV/bin/python" -m pip install -q "sqlcipher3>=0.6" \
    || echo "sqlcipher3 did not install: the encryption tests will be skipped" >&2
  "$VENV/bin/python" -m pip install -q "atheris>=2.3" \
    || echo "atheris did not install: only the hypothesis fuzz runs" >&2
else
  "$VENV/bin/python" -m pip install -q -e "$ROOT"
fi

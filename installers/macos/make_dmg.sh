#!/usr/bin/env bash
# Pack the PyInstaller .app bundle into a compressed, drag-to-install disk image.
# Usage: bash installers/macos/make_dmg.sh "dist/WAT Desktop.app" dist/WAT-Desktop-0.1.0.dmg
# (installers/build.py dmg runs it). macOS only: hdiutil and codesign ship with the system.
set -euo pipefail

APP="${1:?path to WAT Desktop.app}"
OUT="${2:?output .dmg path}"
VOLUME="WAT Desktop"

[ -d "$APP" ] || { echo "no app bundle at $APP: run installers/build.py bundle first" >&2; exit 1; }
command -v hdiutil >/dev/null || { echo "hdiutil not found: DMGs are built on macOS" >&2; exit 1; }

# PyInstaller has already ad-hoc signed every binary and the .app itself, which Apple
# Silicon Macs require; re-signing with --deep would only risk breaking that. Check
# it instead (a Developer ID signature and notarisation replace it once the project
# has a certificate).
codesign --verify --deep --strict "$APP"

STAGING="$(mktemp -d)"
trap 'rm -rf "$STAGING"' EXIT
# ditto keeps the bundle's symlinks, permissions, extended attributes and signature.
ditto "$APP" "$STAGING/$(basename "$APP")"
ln -s /Applications "$STAGING/Applications"   # drag the app onto this link to install

rm -f "$OUT"
# hdiutil now and then fails with "Resource busy" on CI machines: try again.
for attempt in 1 2 3; do
  if hdiutil create -volname "$VOLUME" -srcfolder "$STAGING" -fs HFS+ -format UDZO -ov "$OUT"; then
    break
  fi
  [ "$attempt" = 3 ] && { echo "hdiutil create failed" >&2; exit 1; }
  sleep 5
done
hdiutil verify "$OUT"
echo "$OUT"

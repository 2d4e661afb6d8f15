"""App identity for every installer, read from the one place the version lives.

``src/wat_desktop/__init__.py`` holds ``__version__`` and ``APP_NAME``; this module
reads them as text (no import, so it works before the package is installed).
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_INIT = (ROOT / "src" / "wat_desktop" / "__init__.py").read_text(encoding="utf-8")


def _constant(name: str) -> str:
    match = re.search(rf'^{name}\s*=\s*"([^"]+)"', _INIT, re.MULTILINE)
    if match is None:
        raise RuntimeError(f"{name} not found in src/wat_desktop/__init__.py")
    return match.group(1)


VERSION = _constant("__version__")
APP_NAME = _constant("APP_NAME")  # "WAT Desktop"
EXE_NAME = _constant("APP_ID")  # "wat-desktop": executable, folder and package name
APP_ID = "it.wat.WatDesktop"  # reverse-DNS id: .desktop file, AppStream, macOS bundle
PUBLISHER = "WAT Desktop developers"
HOMEPAGE = "https://github.com/wat-desktop/wat-desktop"
SUMMARY_EN = "Company welfare planning with the territory for small Italian firms"
LICENSE_ID = "MIT"


def version_tuple() -> tuple[int, int, int, int]:
    """The version as four integers, as Windows version resources want it."""
    numbers = [int(part) for part in re.findall(r"\d+", VERSION)[:4]]
    return tuple([*numbers, 0, 0, 0, 0][:4])  # type: ignore[return-value]

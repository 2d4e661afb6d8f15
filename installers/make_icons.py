"""Render the application icon from its SVG source into every size the platforms want.

    python installers/make_icons.py          # rewrite the PNG, .ico and .icns files
    python installers/make_icons.py --check  # exit 1 if a generated file is missing

Qt's SVG renderer (PySide6-Essentials ships QtSvg) draws the PNGs; Pillow packs
the Windows .ico and the macOS .icns from them, so no platform tool is needed.
The generated files are committed: the app and the builds never need this script.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "src" / "wat_desktop" / "resources" / "icons"
SOURCE = ICONS / "wat-desktop.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # Windows reads at most 256 px


def png_path(size: int) -> Path:
    return ICONS / f"wat-desktop-{size}.png"


def generated_files() -> list[Path]:
    return [
        *(png_path(s) for s in PNG_SIZES),
        ICONS / "wat-desktop.ico",
        ICONS / "wat-desktop.icns",
    ]


def render_png(size: int) -> bytes:
    """The SVG drawn on a transparent square of ``size`` pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SOURCE}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def write(path: Path, data: bytes) -> None:
    sys.path.insert(0, str(ROOT / "src"))
    from wat_desktop.infra.atomic_file import write_bytes_atomic

    write_bytes_atomic(path, data)
    path.chmod(0o644)  # mkstemp makes 0600; installed icons must be world-readable
    print(f"wrote {path.relative_to(ROOT)} ({len(data)} bytes)")


def make_all() -> None:
    from PIL import Image

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # noqa: F841 (fonts)
    pngs = {size: render_png(size) for size in PNG_SIZES}
    for size, data in pngs.items():
        write(png_path(size), data)
    largest = Image.open(io.BytesIO(pngs[512])).convert("RGBA")
    ico = io.BytesIO()
    largest.save(ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES])
    write(ICONS / "wat-desktop.ico", ico.getvalue())
    icns = io.BytesIO()
    largest.save(icns, format="ICNS")
    write(ICONS / "wat-desktop.icns", icns.getvalue())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check the files exist")
    args = parser.parse_args()
    if args.check:
        missing = [str(p) for p in generated_files() if not p.is_file()]
        for path in missing:
            print(f"missing: {path}", file=sys.stderr)
        return 1 if missing else 0
    make_all()
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The application icon, loaded from package data (wheel and frozen build alike)."""

from __future__ import annotations

from importlib import resources

from PySide6.QtGui import QIcon

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """Every PNG size of the icon; an empty icon if the files are missing."""
    icon = QIcon()
    folder = resources.files("wat_desktop") / "resources" / "icons"
    for size in ICON_SIZES:
        png = folder / f"wat-desktop-{size}.png"
        if png.is_file():
            icon.addFile(str(png))
    return icon

"""Help > About: version, data folder, licence and the third-party licences."""

from __future__ import annotations

import html
import re
import sys
from importlib import metadata
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from wat_desktop import APP_NAME, __version__
from wat_desktop.ui.app_icon import app_icon

INK = "#1d3557"  # the icon's navy
ACCENT = "#2a9d8f"  # the icon's teal
# Bundled with the installers (installers/licences/), as the LGPL asks.
LICENCE_TEXTS = ("LGPL-3.0.txt", "GPL-3.0.txt")

# (component, distribution whose version is shown, licence): every distribution the
# app installs (tests/ui/test_about.py checks the list against the package metadata),
# plus what has no distribution of its own. Names are not translated.
THIRD_PARTY = (
    ("Python", None, "PSF-2.0"),
    ("Qt", None, "LGPL-3.0"),
    ("PySide6", "PySide6-Essentials", "LGPL-3.0"),
    ("Shiboken6", "shiboken6", "LGPL-3.0"),
    ("SQLAlchemy", "SQLAlchemy", "MIT"),
    ("Alembic", "alembic", "MIT"),
    ("Mako", "Mako", "MIT"),
    ("MarkupSafe", "MarkupSafe", "BSD-3-Clause"),
    ("ReportLab", "reportlab", "BSD-3-Clause"),
    ("ReportLab C accelerator", "rl-accel", "BSD-3-Clause"),
    ("Bitstream Vera fonts", None, "Bitstream Vera Fonts Copyright"),
    ("Pillow", "pillow", "MIT-CMU"),
    ("charset-normalizer", "charset-normalizer", "MIT"),
    ("pypdfium2 / PDFium", "pypdfium2", "Apache-2.0 / BSD-3-Clause"),
    ("Babel", "babel", "BSD-3-Clause"),
    ("platformdirs", "platformdirs", "MIT"),
    ("python-stdnum", "python-stdnum", "LGPL-2.1-or-later"),
    ("pydantic", "pydantic", "MIT"),
    ("pydantic-core", "pydantic-core", "MIT"),
    ("annotated-types", "annotated-types", "MIT"),
    ("typing-inspection", "typing-inspection", "MIT"),
    ("typing-extensions", "typing-extensions", "PSF-2.0"),
)


def component_version(name: str, distribution: str | None) -> str:
    """The installed version, or "" when unknown (the frozen build ships the
    distributions' metadata, so it knows them too)."""
    if name == "Python":
        return sys.version.split()[0]
    if name == "Qt":
        return qVersion()
    if distribution is None:
        return ""
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return ""


def _linkify(escaped: str) -> str:
    """Make the https addresses in already-escaped text clickable."""
    return re.sub(r"https://[^\s<]+[^\s<.,;]", lambda m: f"<a href='{m[0]}'>{m[0]}</a>", escaped)


def licence_texts_folder() -> Path | None:
    """The folder of full licence texts the installers ship, if this is one."""
    folder = Path(getattr(sys, "_MEIPASS", "")) / "licences"
    return folder if getattr(sys, "frozen", False) and folder.is_dir() else None


class AboutDialog(QDialog):
    def __init__(self, data_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_folder = data_folder
        self.setWindowTitle(self.tr("About WAT Desktop"))
        self.resize(640, 600)

        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(72, 72))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = QLabel(APP_NAME)
        title.setObjectName("about_title")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setBold(True)
        title.setFont(font)
        title.setStyleSheet(f"color: {INK};")
        self.version_label = QLabel(self.tr("Version %1").replace("%1", __version__))
        self.version_label.setObjectName("about_version")
        self.version_label.setStyleSheet(f"color: {ACCENT}; font-weight: 600;")
        self.version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        subtitle = QLabel(
            self.tr(
                "Welfare Aziendale Territoriale: company welfare planned with the territorial "
                "network, for small firms."
            )
        )
        subtitle.setWordWrap(True)
        heading = QVBoxLayout()
        heading.setSpacing(2)
        heading.addWidget(title)
        heading.addWidget(self.version_label)
        heading.addSpacing(4)
        heading.addWidget(subtitle)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(icon)
        top.addLayout(heading, 1)

        folder_caption = QLabel(self.tr("Data folder"))
        folder_caption.setStyleSheet("font-weight: 600;")
        self.folder_label = QLabel(str(data_folder))
        self.folder_label.setWordWrap(True)
        self.folder_label.setAccessibleName(self.tr("Data folder"))
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_label.setStyleSheet("font-family: monospace;")
        folder_note = QLabel(
            self.tr(
                "Firms, plans, backups and settings. Uninstalling the program leaves this "
                "folder in place."
            )
        )
        folder_note.setWordWrap(True)
        folder_note.setStyleSheet("color: palette(placeholder-text);")
        self.open_folder_button = QPushButton(self.tr("&Open data folder"))
        self.open_folder_button.clicked.connect(self.open_data_folder)
        folder_box = QFrame()
        folder_box.setObjectName("about_folder")
        folder_box.setStyleSheet(
            "QFrame#about_folder { background: palette(base); border: 1px solid #cfd8e3;"
            " border-radius: 8px; }"
        )
        folder_grid = QGridLayout(folder_box)
        folder_grid.setContentsMargins(12, 10, 12, 10)
        folder_grid.addWidget(folder_caption, 0, 0)
        folder_grid.addWidget(self.folder_label, 1, 0)
        folder_grid.addWidget(folder_note, 2, 0)
        folder_grid.addWidget(self.open_folder_button, 0, 1, 3, 1, Qt.AlignmentFlag.AlignVCenter)
        folder_grid.setColumnStretch(0, 1)

        self.licences = QTextBrowser()
        self.licences.setAccessibleName(self.tr("Licences"))
        # Links open outside: a file link would otherwise replace the page.
        self.licences.setOpenLinks(False)
        self.licences.anchorClicked.connect(QDesktopServices.openUrl)
        self.licences.setHtml(self.licences_html())

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addWidget(folder_box)
        layout.addWidget(self.licences, 1)
        layout.addWidget(buttons)

    def licences_html(self) -> str:
        rows = "".join(
            f"<tr style='background: {'#f4f7fa' if index % 2 else 'transparent'}'>"
            f"<td>{html.escape(name)}</td>"
            f"<td>{html.escape(component_version(name, dist) or '–')}</td>"
            f"<td>{html.escape(licence)}</td></tr>"
            for index, (name, dist, licence) in enumerate(THIRD_PARTY)
        )
        own = self.tr(
            "WAT Desktop is free software released under the MIT licence. It comes with "
            "no warranty; the figures it shows are estimates, not tax advice."
        )
        lgpl = self.tr(
            "Qt and PySide6 are used under the GNU Lesser General Public License version 3 "
            "(LGPL-3.0). They are shipped unmodified as separate shared libraries, which you "
            "may replace with your own build; their source code is available from "
            "https://code.qt.io and https://download.qt.io."
        )
        texts = self._licence_links()
        heading = self.tr("Third-party components")
        columns = (self.tr("Component"), self.tr("Version"), self.tr("Licence"))
        header = "".join(
            f"<th align='left' style='color: {INK}; border-bottom: 1px solid #cfd8e3'>"
            f"{html.escape(c)}</th>"
            for c in columns
        )
        return (
            f"<p>{html.escape(own)}</p><p>{_linkify(html.escape(lgpl))}</p>{texts}"
            f"<h3 style='color: {INK}'>{html.escape(heading)}</h3>"
            f"<table width='100%' cellspacing='0' cellpadding='4'><tr>{header}</tr>{rows}"
            "</table>"
        )

    def _licence_links(self) -> str:
        folder = licence_texts_folder()
        if folder is None:
            return ""
        links = ", ".join(
            f"<a href='{QUrl.fromLocalFile(str(folder / name)).toString()}'>"
            f"{html.escape(name.removesuffix('.txt'))}</a>"
            for name in LICENCE_TEXTS
            if (folder / name).is_file()
        )
        label = self.tr("Full licence texts:")
        return f"<p>{html.escape(label)} {links}</p>" if links else ""

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_folder)))

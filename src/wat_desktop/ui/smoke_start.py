"""``wat-desktop --smoke``: prove that a build (wheel or frozen bundle) really works.

Opens the main window offscreen on a new data folder (so migrations run from the
files the build carries) and checks that it shows the welcome page, that the app's
and Qt's own Italian translations are in effect, that About knows every component's
version; then writes the demo firm's dossier, renders its preview, prints one JSON
line and exits 0. Any missing run-time file (migrations, tax years, catalogue,
fonts, translations, icons, metadata, PDFium) makes it fail.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

SMOKE_DOSSIER = "smoke-dossier.pdf"
# (context, source, the Italian or None for "anything translated", the problem if not)
TRANSLATION_PROBES = (
    ("WelcomePage", "Welcome to WAT Desktop", None, "the Italian translation is not in effect"),
    ("QPlatformTheme", "Cancel", "Annulla", "Qt's own Italian (qtbase_it.qm) is not in effect"),
)


def run_smoke(data_dir: Path | None) -> int:
    """Run the smoke start; ``data_dir`` None means a throw-away temporary folder."""
    # Before QApplication exists: no display is needed, not even on a desktop.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if data_dir is not None:
        return _run(Path(data_dir))
    with tempfile.TemporaryDirectory(prefix="wat-smoke-") as folder:
        return _run(Path(folder))


def _run(data_dir: Path) -> int:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from wat_desktop import APP_NAME
    from wat_desktop.app import open_app
    from wat_desktop.formatting import format_money
    from wat_desktop.services.demo_service import install_demo
    from wat_desktop.translations import (
        QtTranslate,
        app_translator,
        install_translators,
        qt_base_translator,
    )
    from wat_desktop.ui.app_icon import app_icon

    qt_app = QApplication.instance() or QApplication([sys.argv[0], "-platform", "offscreen"])
    qt_app.setApplicationName(APP_NAME)
    problems: list[str] = []
    if app_translator("it") is None:
        problems.append("app translation wat_it.qm not found")
    if qt_base_translator("it") is None:
        problems.append("Qt translation qtbase_it.qm not found")
    icon = app_icon()
    if icon.isNull():
        problems.append("application icon not found")
    # Babel's locale data for both languages (the frozen build keeps only these).
    if "1.234,56" not in format_money(123456, "it") or "1,234.56" not in format_money(123456, "en"):
        problems.append("money formatting data (Babel) missing")
    translators = install_translators(qt_app, "it")
    # Looked up through variables, so that lupdate does not copy them into wat_it.ts.
    for context, source, italian, problem in TRANSLATION_PROBES:
        found = QCoreApplication.translate(context, source)
        if found == source or (italian is not None and found != italian):
            problems.append(problem)

    from wat_desktop.infra.paths import DATABASE_FILE
    from wat_desktop.ui.about_dialog import THIRD_PARTY, AboutDialog, component_version
    from wat_desktop.ui.main_window import MainWindow
    from wat_desktop.ui.pages.dossier_tasks import render_preview

    unknown = [name for name, dist, _ in THIRD_PARTY if dist and not component_version(name, dist)]
    if unknown:
        problems.append(f"About cannot tell the version of {', '.join(unknown)}")
    first_run = not (data_dir / DATABASE_FILE).exists()
    app = open_app(data_dir)
    try:
        window = MainWindow(app, "it")
        window.show()
        window.reload_firms()  # opens the database: migrations run here
        if window.grab().isNull():
            problems.append("the main window did not paint")
        if first_run and window.root_stack.currentWidget() is not window.welcome_page:
            problems.append("a new data folder did not open on the welcome page")
        about = AboutDialog(data_dir, window)
        if about.grab().isNull():
            problems.append("the About dialog did not paint")
        firm = install_demo(app.firms, app.catalogues)
        window.reload_firms(firm.id)
        pdf = app.dossiers.export(firm.id, data_dir / SMOKE_DOSSIER, QtTranslate("it"))
        if not pdf.read_bytes().startswith(b"%PDF"):
            problems.append("the dossier is not a PDF")
        if render_preview(pdf.read_bytes()).isNull():
            problems.append("the dossier preview (PDFium) did not render")
        about.close()
        window.close()
        report = {
            "ok": not problems,
            "problems": problems,
            "dossier": str(pdf),
            "dossier_bytes": pdf.stat().st_size,
            "frozen": bool(getattr(sys, "frozen", False)),
        }
    finally:
        app.close()
        del translators
    print(json.dumps(report), flush=True)
    return 0 if not problems else 1

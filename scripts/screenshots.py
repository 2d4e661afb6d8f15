"""Render one PNG per step of the demo firm, in Italian, offscreen.

    .venv/bin/python scripts/screenshots.py [OUT_DIR]     # default docs/screenshots

The demo firm has a plausible workforce, measures and budget, so every
page shows real answers. Nothing touches the user's data folder.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]

STEP_FILES = {
    "PROFILE": "step-1-profile.png",
    "WORKFORCE": "step-2-workforce.png",
    "NEEDS": "step-3-needs.png",
    "RELEVANCE": "step-4-relevance.png",
    "BUDGET": "step-5-budget.png",
    "NEEDS_PROFILE": "step-6-needs-profile.png",
    "OFFERS": "step-7-offers.png",
    "PLAN": "step-8-plan.png",
    "DOSSIER": "step-9-dossier.png",
}


def main(argv: list[str]) -> int:
    from PySide6.QtCore import QBuffer, QIODevice, QThreadPool
    from PySide6.QtWidgets import QApplication

    from wat_desktop.app import open_app
    from wat_desktop.domain.steps import StepId
    from wat_desktop.infra.atomic_file import write_bytes_atomic
    from wat_desktop.services.demo_service import install_demo
    from wat_desktop.translations import install_translators
    from wat_desktop.ui.main_window import MainWindow

    out_dir = Path(argv[0]) if argv else ROOT / "docs" / "screenshots"
    out_dir.mkdir(parents=True, exist_ok=True)
    qt_app = QApplication.instance() or QApplication(sys.argv[:1])
    # Keep the translators referenced: once garbage collected they stop translating.
    translators = install_translators(qt_app, "it")
    extra = os.environ.get("WAT_SCREENSHOT_QM")  # e.g. a .qm built with pending strings
    if extra:
        from PySide6.QtCore import QTranslator

        translator = QTranslator(qt_app)
        if translator.load(extra):
            qt_app.installTranslator(translator)
            translators.append(translator)
    with tempfile.TemporaryDirectory(prefix="wat-shots-") as data:
        app = open_app(Path(data))
        try:
            firm = install_demo(app.firms, app.catalogues)
            window = MainWindow(app, "it")
            window.resize(1280, 820)
            window.show()
            window.reload_firms(firm.id)
            for name, file_name in STEP_FILES.items():
                window.go_to_step(int(StepId[name]))
                qt_app.processEvents()
                QThreadPool.globalInstance().waitForDone()  # e.g. the dossier preview
                qt_app.processEvents()
                buffer = QBuffer()
                buffer.open(QIODevice.OpenModeFlag.WriteOnly)
                window.grab().save(buffer, "PNG")
                write_bytes_atomic(out_dir / file_name, bytes(buffer.data()))
                print(out_dir / file_name)
            QThreadPool.globalInstance().waitForDone()  # the dossier preview renders aside
            window.close()
        finally:
            app.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

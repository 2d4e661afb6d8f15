"""UI tests: a main window on a temporary data folder, Italian, with fake dialogs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.ui.fake_dialogs import FakeDialogs


@pytest.fixture
def dialogs() -> FakeDialogs:
    return FakeDialogs()


@pytest.fixture
def open_window(qtbot, tmp_path: Path, dialogs: FakeDialogs) -> Iterator:
    """Factory: open (or reopen, as after a restart) the main window on one data folder."""
    from PySide6.QtWidgets import QApplication

    from wat_desktop.app import open_app
    from wat_desktop.translations import install_translators
    from wat_desktop.ui.main_window import MainWindow

    opened: list = []
    translators = install_translators(QApplication.instance(), "it")

    def factory():
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone()
        for window, app in opened:
            window.close()
            app.close()
        opened.clear()
        app = open_app(tmp_path / "data")
        window = MainWindow(app, "it", dialogs)
        qtbot.addWidget(window)
        window.show()
        window.reload_firms()
        opened.append((window, app))
        return window

    yield factory
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone()  # no worker still reading the database
    for window, app in opened:
        window.close()
        app.close()
    for translator in translators:
        QApplication.instance().removeTranslator(translator)

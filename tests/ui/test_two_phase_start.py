"""Start-up in two steps: a light frame is painted first (no database, no heavy
library), then the database opens in a worker thread, then the workspace and the
last firm appear; afterwards the later steps' libraries load in the background."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("sqlalchemy", "alembic", "pydantic", "reportlab", "jsonschema", "babel")


def test_the_frame_needs_no_database_and_no_heavy_library(tmp_path: Path) -> None:
    """In a fresh interpreter, as at a real start: the window the user sees first."""
    script = f"""
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from wat_desktop.app import open_app
from wat_desktop.translations import install_translators
from wat_desktop.ui.main_window import MainWindow
keep = install_translators(app, "it")
context = open_app(Path({str(tmp_path / "data")!r}))
window = MainWindow(context, "it", defer_workspace=True)
window.show()
app.processEvents()
print(json.dumps({{
    "heavy": [m for m in {HEAVY!r} if m in sys.modules],
    "database_open": context.opened_db() is not None,
    "text": window.opening_label.text(),
    "has_workspace": window.workspace is not None,
}}))
context.close()
"""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr[-3000:]
    shown = json.loads(result.stdout.strip().splitlines()[-1])
    assert shown == {
        "heavy": [],
        "database_open": False,
        "text": "Apertura in corso…",
        "has_workspace": False,
    }


def test_the_database_opened_in_a_worker_is_the_one_the_window_then_uses(
    qtbot, tmp_path: Path
) -> None:
    from wat_desktop.__main__ import main
    from wat_desktop.app import open_app
    from wat_desktop.ui.database_opener import open_database
    from wat_desktop.ui.main_window import MainWindow
    from wat_desktop.ui.task_runner import BackgroundTask

    assert main(["--data-dir", str(tmp_path / "data"), "demo"]) == 0
    app = open_app(tmp_path / "data")
    try:
        window = MainWindow(app, "it", defer_workspace=True)
        qtbot.addWidget(window)
        window.show()
        opened_in: list[threading.Thread] = []

        def work(_control) -> None:
            opened_in.append(threading.current_thread())
            open_database(app)

        task = BackgroundTask(work, window)
        with qtbot.waitSignal(task.succeeded, timeout=60_000):
            task.start()
        database = app.opened_db()
        assert database is not None and opened_in[0] is not threading.main_thread()
        window.build_workspace()
        window.reload_firms()
        assert app.opened_db() is database  # opened once: the same connection pool
        assert database.engine.pool.size() == 1  # one SQLite connection, as always
        assert window.session.firm is not None
        assert window.firm_selector.currentText() == window.session.firm.name
        assert window.profile_page.name.text() == window.session.firm.name
    finally:
        app.close()


def test_measure_start_paints_before_the_database_and_says_what_came_after(
    tmp_path: Path,
) -> None:
    from wat_desktop.__main__ import main

    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "demo"]) == 0
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "wat_desktop", "--data-dir", str(data), "--measure-start"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["database_before_paint"] is False
    assert report["heavy_modules_before_paint"] == []
    assert list(report["after_paint_s"]) == [
        "qt_names",
        "crash_reporter",
        "database",
        "log_rotation",
        "workspace",
        "first_page_modules",
        "first_page_made",
        "first_page",
        "firm",
    ]
    assert report["gui_blocked_max_ms"] > 0 and report["database_s"] > 0
    # What filled the longest gaps, longest first; each adds up to its gap.
    longest = report["gui_blocked_longest_ms"]
    assert 1 <= len(longest) <= 3
    assert abs(sum(longest[0].values()) - report["gui_blocked_max_ms"]) < 0.5
    totals = [sum(gap.values()) for gap in longest]
    assert totals == sorted(totals, reverse=True)
    # The start's objects are out of the cycle collector's sight, and it runs again.
    assert report["gc_enabled"] is True and report["gc_frozen_objects"] > 10_000


def test_the_later_steps_libraries_load_in_the_background(qtbot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QWidget

    from wat_desktop.app import open_app
    from wat_desktop.ui.startup_warmup import LATER_MODULES, start_warm_up

    app = open_app(tmp_path / "data")
    try:
        app.catalogues.install_demo()
        owner = QWidget()
        qtbot.addWidget(owner)
        task = start_warm_up(app, owner)
        failures: list[object] = []
        task.failed.connect(failures.append)
        with qtbot.waitSignal(task.finished, timeout=120_000):
            pass
        assert task.done and failures == []
        assert all(name in sys.modules for name in LATER_MODULES)
        assert "reportlab.platypus" in sys.modules  # what the first dossier waited for
    finally:
        app.close()

"""The exception hook logs slot and worker-thread exceptions and shows them;
faulthandler puts a native crash of a child process into the log."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest

from wat_desktop.infra.logging_setup import setup_logging

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def reporter(tmp_path: Path, qapp):
    from wat_desktop.ui.exception_hook import install_exception_hook

    setup_logging(tmp_path / "logs")
    shown: list[str] = []
    hook = install_exception_hook(tmp_path / "logs", shown.append)
    hook.shown = shown  # type: ignore[attr-defined]
    yield hook
    hook.uninstall()


def _log(tmp_path: Path) -> str:
    return (tmp_path / "logs" / "wat-desktop.log").read_text()


@pytest.mark.qt_no_exception_capture
def test_a_slot_exception_is_logged_and_shown(qtbot, reporter, tmp_path: Path) -> None:
    from PySide6.QtCore import QTimer

    def broken_slot() -> None:
        raise ZeroDivisionError("slot went wrong")

    with qtbot.waitSignal(reporter.reported, timeout=10_000):
        QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: bool(reporter.shown), timeout=10_000)
    assert "slot went wrong" in reporter.shown[0]
    assert "broken_slot" in _log(tmp_path)


@pytest.mark.qt_no_exception_capture
def test_a_worker_thread_exception_is_logged_and_shown(qtbot, reporter, tmp_path: Path) -> None:
    def work() -> None:
        raise ValueError("worker went wrong")

    with qtbot.waitSignal(reporter.reported, timeout=10_000):
        thread = threading.Thread(target=work, name="export-worker")
        thread.start()
        thread.join()
    qtbot.waitUntil(lambda: bool(reporter.shown), timeout=10_000)
    assert "worker went wrong" in reporter.shown[0]
    assert "in thread export-worker" in _log(tmp_path)


def test_a_native_crash_of_a_child_process_lands_in_the_log(tmp_path: Path) -> None:
    code = (
        "import sys, faulthandler; from pathlib import Path;"
        "from wat_desktop.infra.logging_setup import setup_logging;"
        "setup_logging(Path(sys.argv[1]));"
        "faulthandler._sigsegv()"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "logs")], cwd=ROOT, timeout=120
    )
    assert done.returncode != 0
    text = _log(tmp_path)
    assert "Fatal Python error: Segmentation fault" in text
    assert "WAT Desktop starting" in text


def test_a_native_crash_after_the_log_rotated_lands_in_the_current_log(tmp_path: Path) -> None:
    code = (
        "import sys, logging, faulthandler; from pathlib import Path;"
        "from wat_desktop.infra import logging_setup as s; s.MAX_BYTES = 2000;"
        "s.setup_logging(Path(sys.argv[1]));"
        "[logging.getLogger('wat').info('event %d %s', i, 'x' * 50) for i in range(200)];"
        "faulthandler._sigsegv()"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "logs")], cwd=ROOT, timeout=120
    )
    assert done.returncode != 0
    assert (tmp_path / "logs" / "wat-desktop.log.1").exists()  # it did rotate
    assert "Fatal Python error: Segmentation fault" in _log(tmp_path)

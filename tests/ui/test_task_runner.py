"""The one task runner behind every long job: the work runs off the GUI thread, its
outcome comes back on the GUI thread, and Cancel means nothing is kept."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QPushButton, QWidget
from shiboken6 import isValid

from wat_desktop.ui.task_runner import BackgroundTask, TaskCancelled, show_progress


def _outcome(task: BackgroundTask) -> list[tuple[str, object, str]]:
    """What the task told, and on which thread each signal arrived."""
    seen: list[tuple[str, object, str]] = []
    for name in ("succeeded", "failed", "cancelled"):
        getattr(task, name).connect(
            lambda value, name=name: seen.append((name, value, threading.current_thread().name))
        )
    return seen


def test_the_work_runs_in_a_worker_and_its_result_arrives_on_the_gui_thread(qtbot) -> None:
    ran_in: list[threading.Thread] = []
    task = BackgroundTask(lambda control: ran_in.append(threading.current_thread()) or 42)
    seen = _outcome(task)
    with qtbot.waitSignal(task.finished, timeout=10_000):
        task.start()
    assert ran_in and ran_in[0] is not threading.main_thread()
    assert seen == [("succeeded", 42, threading.main_thread().name)]
    assert not task.running and task.done


def test_an_error_in_the_work_is_handed_back_not_raised_in_the_worker(qtbot) -> None:
    def work(_control):
        raise ValueError("the file is not a demand file")

    task = BackgroundTask(work)
    seen = _outcome(task)
    with qtbot.waitSignal(task.finished, timeout=10_000):
        task.start()
    [(name, error, _thread)] = seen
    assert name == "failed" and isinstance(error, ValueError)
    assert str(error) == "the file is not a demand file"


def test_cancel_stops_the_work_at_its_next_check_with_what_was_done(qtbot) -> None:
    started, release = threading.Event(), threading.Event()

    def work(control):
        done = []
        for item in range(100):
            if control.cancelled:
                raise TaskCancelled(done)
            done.append(item)
            if item == 2:
                started.set()
                release.wait(10)
        return done

    task = BackgroundTask(work)
    seen = _outcome(task)
    task.start()
    assert started.wait(10)
    task.cancel()
    release.set()
    qtbot.waitUntil(lambda: task.done, timeout=10_000)
    assert seen[0][0] == "cancelled" and seen[0][1] == [0, 1, 2]


def test_a_cancel_that_comes_after_the_work_has_ended_still_keeps_nothing(qtbot) -> None:
    """The result was on its way when Cancel was pressed: ``succeeded`` (after which
    a caller would store) must not come."""
    task = BackgroundTask(lambda control: "checked files")
    seen = _outcome(task)
    task.start()
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone()  # ended; its result is queued, not delivered
    assert not seen
    task.cancel()
    qtbot.waitUntil(lambda: task.done, timeout=10_000)
    assert [name for name, *_ in seen] == ["cancelled"]
    assert seen[0][1] == "checked files"


def test_progress_reaches_the_dialog_and_its_cancel_button_cancels(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    go = threading.Event()

    def work(control):
        control.progress(1, 4)
        go.wait(10)
        control.check()
        return "never"

    task = BackgroundTask(work)
    seen = _outcome(task)
    dialog = show_progress(task, parent, "Import demand files", "Checking…", "Annulla")
    task.start()
    qtbot.waitUntil(lambda: dialog.maximum() == 4 and dialog.value() == 1, timeout=10_000)
    dialog.show()  # as it does by itself after a moment
    cancel = dialog.findChild(QPushButton)
    assert cancel.text() == "Annulla"
    cancel.click()
    go.set()
    qtbot.waitUntil(lambda: task.done, timeout=10_000)
    assert [name for name, *_ in seen] == ["cancelled"]
    qtbot.waitUntil(lambda: not isValid(dialog) or not dialog.isVisible())  # closed


def test_a_task_runs_once(qtbot) -> None:
    task = BackgroundTask(lambda control: None)
    with qtbot.waitSignal(task.finished, timeout=10_000):
        task.start()
    with pytest.raises(AssertionError):
        task.start()

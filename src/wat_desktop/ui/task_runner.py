"""Long work off the GUI thread, with progress and Cancel: one runner for every feature.

``BackgroundTask(work)`` runs ``work(control)`` on ``QThreadPool``. The work reports
progress with ``control.progress(done, total)`` and stops when asked:
``control.check()`` raises ``TaskCancelled`` once Cancel was pressed (or it reads
``control.cancelled`` and raises ``TaskCancelled(partial_result)`` itself). Its
result, its exception or its cancellation comes back through the task's signals,
which Qt delivers on the GUI thread (the worker emits on an inner object; the task,
which lives on the GUI thread, passes them on). ``succeeded`` means the work was
done and not cancelled: a Cancel pressed while the result was on its way turns it
into ``cancelled``, so whatever the GUI thread would have stored is not stored.

The work never touches a widget. Whether it may touch the database is each
caller's choice, written where the task is made: the SQLite file has one pooled
connection, so a database call from the GUI thread waits while a worker holds it.
``show_progress`` adds a window-modal progress dialog with a Cancel button that
appears only when the work lasts (``SHOW_AFTER_MS``), so quick work does not flash.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

SHOW_AFTER_MS = 400  # a progress dialog for work that lasts longer than this
PROGRESS_EVERY_S = 0.05  # at most ~20 progress signals a second reach the GUI thread


class TaskCancelled(Exception):
    """Raised in the worker once the task was cancelled (``TaskControl.check``), with
    what was done until then, if anything (``partial``)."""

    def __init__(self, partial: object = None) -> None:
        super().__init__("cancelled")
        self.partial = partial


class _WorkerSignals(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal(object)


class TaskControl:
    """What the work sees: progress out, cancellation in. Safe from any thread."""

    def __init__(self, signals: _WorkerSignals) -> None:
        self._signals = signals
        self._cancel = threading.Event()
        self._last_progress = 0.0

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check(self) -> None:
        """Raise ``TaskCancelled`` if the task was cancelled: call it between items."""
        if self._cancel.is_set():
            raise TaskCancelled

    def progress(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done >= total or now - self._last_progress >= PROGRESS_EVERY_S:
            self._last_progress = now
            _emit(self._signals.progressed, done, total)


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[TaskControl], Any], control: TaskControl) -> None:
        super().__init__()
        self._work = work
        self._control = control
        self.signals = control._signals

    def run(self) -> None:
        try:
            result = self._work(self._control)
        except TaskCancelled as stop:
            _emit(self.signals.cancelled, stop.partial)
            return
        except Exception as error:  # handed to the GUI thread, which explains it
            _emit(self.signals.failed, error)
            return
        _emit(self.signals.succeeded, result)  # the GUI side checks for a late Cancel


def _emit(signal: Any, *values: object) -> None:
    # RuntimeError: the task's owner was deleted meanwhile, so no one is left to tell.
    with contextlib.suppress(RuntimeError):
        signal.emit(*values)


class BackgroundTask(QObject):
    """Run ``work(control)`` once on the thread pool; the signals arrive on the GUI thread.

    Exactly one of ``succeeded(result)``, ``failed(exception)`` and
    ``cancelled(partial)`` is emitted, then ``finished()``.
    """

    progressed = Signal(int, int)  # done, total
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal(object)  # what was done before the stop, or None
    finished = Signal()

    def __init__(self, work: Callable[[TaskControl], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._signals = _WorkerSignals()  # created here: it lives on the GUI thread too
        self._signals.progressed.connect(self._on_progressed)
        self._signals.succeeded.connect(self._on_succeeded)
        self._signals.failed.connect(self._on_failed)
        self._signals.cancelled.connect(self._on_cancelled)
        self.control = TaskControl(self._signals)
        self._runnable: _Runnable | None = None
        self.running = False
        self.done = False

    def start(self, pool: QThreadPool | None = None) -> BackgroundTask:
        assert not self.running and not self.done, "a BackgroundTask runs once"
        self.running = True
        self._runnable = _Runnable(self._work, self.control)
        self._runnable.setAutoDelete(False)  # kept until its signals are delivered
        (pool or QThreadPool.globalInstance()).start(self._runnable)
        return self

    def cancel(self) -> None:
        """Ask the work to stop at its next ``check``; ``cancelled`` follows."""
        self.control.cancel()

    # Slots: on the GUI thread (the inner signals are queued to this object's thread).
    @Slot(int, int)
    def _on_progressed(self, done: int, total: int) -> None:
        if self.running and not self.control.cancelled:
            self.progressed.emit(done, total)

    @Slot(object)
    def _on_succeeded(self, result: object) -> None:
        if self.control.cancelled:  # Cancel came while the result was on its way
            self._on_cancelled(result)
            return
        self._end()
        self.succeeded.emit(result)
        self.finished.emit()

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        self._end()
        self.failed.emit(error)
        self.finished.emit()

    @Slot(object)
    def _on_cancelled(self, partial: object) -> None:
        self._end()
        self.cancelled.emit(partial)
        self.finished.emit()

    def _end(self) -> None:
        self.running = False
        self.done = True
        self._runnable = None


def in_a_later_turn(function: Callable[[], object]) -> None:
    """Run ``function`` in a later turn of the event loop, after the timers and input
    already due. (A 0 ms single shot is a posted event, which Qt may deliver before
    any due timer: a chain of them would keep the window from reacting meanwhile.)"""
    from PySide6.QtCore import QTimer

    QTimer.singleShot(1, function)


def show_progress(
    task: BackgroundTask, parent: QWidget, title: str, label: str, cancel_text: str
) -> QProgressDialog:
    """A window-modal progress dialog for ``task``: its Cancel cancels the task, and it
    closes when the task ends. Shown only if the task lasts over ``SHOW_AFTER_MS``."""
    from PySide6.QtCore import Qt

    dialog = QProgressDialog(label, cancel_text, 0, 0, parent)  # busy until a total is known
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(task.cancel)

    def on_progress(done: int, total: int) -> None:
        if dialog.maximum() != total:
            dialog.setMaximum(total)
        dialog.setValue(min(done, total))

    def on_finished() -> None:
        dialog.canceled.disconnect(task.cancel)
        dialog.close()
        dialog.deleteLater()

    task.progressed.connect(on_progress)
    task.finished.connect(on_finished)
    dialog.setValue(0)  # starts the timer that shows it after SHOW_AFTER_MS
    return dialog

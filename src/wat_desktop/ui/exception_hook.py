"""Unexpected errors: logged with their stack, shown in a dialog the user can copy.

``sys.excepthook`` catches exceptions in the GUI thread (PySide6 hands slot
exceptions to it); ``threading.excepthook`` catches them in worker threads,
whose reports are passed to the GUI thread through a queued signal. The
dialog shows the details to copy and a button that opens the log folder.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger("wat_desktop.crash")

Shower = Callable[[str], None]


class CrashReporter(QObject):
    """Logs every uncaught exception and shows one dialog per error."""

    reported = Signal(str)  # details; emitted from any thread, handled in the GUI thread

    def __init__(self, log_dir: Path, show: Shower | None = None) -> None:
        super().__init__()
        self.log_dir = log_dir
        self._show = show or self._show_dialog
        self._previous: tuple[object, object] | None = None
        self.reported.connect(self._on_reported, Qt.ConnectionType.QueuedConnection)

    def install(self) -> CrashReporter:
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread
        return self

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous  # type: ignore[assignment]
            self._previous = None

    def handle(
        self,
        kind: type[BaseException],
        error: BaseException,
        tb: TracebackType | None,
        thread: str = "",
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        details = "".join(traceback.format_exception(kind, error, tb))
        where = f" in thread {thread}" if thread else ""
        log.critical("uncaught exception%s\n%s", where, details)
        self.reported.emit(details)  # queued: safe from worker threads too

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        name = args.thread.name if args.thread is not None else "?"
        self.handle(args.exc_type, args.exc_value, args.exc_traceback, thread=name)

    @Slot(str)
    def _on_reported(self, details: str) -> None:
        self._show(details)

    def _show_dialog(self, details: str) -> None:
        parent = QGuiApplication.focusWindow()
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("Unexpected error"), "")
        box.setText(
            self.tr(
                "Something went wrong that WAT Desktop did not expect. Your data saved so far "
                "is safe. Copy the details below when you report the problem."
            )
        )
        box.setDetailedText(details)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        copy = box.addButton(self.tr("&Copy details"), QMessageBox.ButtonRole.ActionRole)
        open_logs = box.addButton(self.tr("Open &log folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        copy.clicked.disconnect()  # keep the box open after copying
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(details))
        open_logs.clicked.disconnect()
        open_logs.clicked.connect(self.open_log_folder)
        if isinstance(parent, QWidget):
            box.setParent(parent, box.windowFlags())
        box.exec()

    def open_log_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_dir)))


def install_exception_hook(log_dir: Path, show: Shower | None = None) -> CrashReporter:
    """Install the hooks for the GUI; keep the returned object alive."""
    return CrashReporter(log_dir, show).install()

"""Dossiers for many firms at once, from the portfolio, with a progress dialog
and Cancel.

One background task (``ui/task_runner``) goes through the firms: for each it reads
the view-model (each query takes the one database connection for a moment),
renders the PDF and writes it, so the window stays live. Cancel stops before the
next firm; the dossier being written is finished and the files already written
stay. File names are those of ``wat-desktop dossier --all``
(``services.dossier_batch``), unique per firm.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from wat_desktop.domain.i18n_markers import fill
from wat_desktop.infra.atomic_file import FileWriteError
from wat_desktop.persistence.firm_repository import FirmNotFoundError
from wat_desktop.services.dossier_service import NoCatalogueError
from wat_desktop.translations import QtTranslate
from wat_desktop.ui.pages.dossier_tasks import export_work
from wat_desktop.ui.task_runner import BackgroundTask, TaskCancelled, TaskControl

if TYPE_CHECKING:
    from wat_desktop.services.dossier_service import DossierService


@dataclass(frozen=True)
class BatchOutcome:
    written: list[Path]
    total: int
    cancelled: bool
    error: str = ""  # why the batch stopped early, "" when it did not


@dataclass(frozen=True)
class _Stopped:
    """The batch stopped before its end: what was written, and the exception."""

    written: list[Path]
    error: Exception


class DossierBatchExport(QObject):
    """Export the dossiers of ``firms`` ((id, name) pairs) into a folder."""

    progressed = Signal(int)  # dossiers written so far
    finished = Signal(object)  # BatchOutcome

    def __init__(self, dossiers: DossierService, language: str, parent: QWidget) -> None:
        super().__init__(parent)
        self._dossiers = dossiers
        self._messages = QtTranslate(language)  # the interface's language
        self._parent = parent
        self._firms: list[tuple[int, str]] = []
        self._task: BackgroundTask | None = None
        self.progress: QProgressDialog | None = None

    @property
    def running(self) -> bool:
        return self.progress is not None

    def start(self, firms: list[tuple[int, str]], out_dir: Path, language: str) -> None:
        self._firms = list(firms)
        progress = QProgressDialog(
            self.tr("Exporting the dossiers…"), self.tr("Cancel"), 0, len(firms), self._parent
        )
        progress.setWindowTitle(self.tr("Export dossiers"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(self.cancel)
        progress.setValue(0)
        progress.show()
        self.progress = progress
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            self._finish([], fill(self.tr("The folder cannot be created: %1"), error))
            return
        task = BackgroundTask(self._work(out_dir, QtTranslate(language)), self)
        task.progressed.connect(self._on_progressed)
        task.succeeded.connect(lambda written: self._finish(written))
        task.cancelled.connect(lambda written: self._finish(written or [], cancelled=True))
        task.failed.connect(self._on_failed)
        self._task = task
        task.start()

    def _work(self, out_dir: Path, tr: QtTranslate) -> Callable[[TaskControl], list[Path]]:
        firms, dossiers = list(self._firms), self._dossiers

        def work(control: TaskControl) -> list[Path]:
            # Imported here, in the worker: the portfolio opens without the batch code.
            from wat_desktop.services.dossier_batch import dossier_file_name

            written: list[Path] = []
            for number, (firm_id, name) in enumerate(firms):
                if number and control.cancelled:  # stop before the next firm
                    raise TaskCancelled(written)
                control.progress(number, len(firms))  # "Dossier <number + 1> of ..."
                path = out_dir / dossier_file_name(firm_id, name)
                try:
                    export_work(dossiers, firm_id, tr, path)(_NoStop())  # type: ignore[arg-type]
                except FirmNotFoundError:  # deleted meanwhile by another user: skip it
                    continue
                except Exception as error:
                    raise _BatchError(_Stopped(written, error)) from error
                written.append(path)
            return written

        return work

    def cancel(self) -> None:
        """Stop before the next firm; the dossier being written is finished first."""
        if self._task is not None:
            self._task.cancel()
        if self.progress is not None:
            self.progress.setLabelText(self.tr("Stopping after the current dossier…"))

    def _on_progressed(self, done: int, total: int) -> None:
        """``done`` firms are behind; the next one's dossier is being made."""
        if self.progress is None:
            return
        self.progress.setValue(done)
        if done < total:
            name = self._firms[done][1]
            self.progress.setLabelText(fill(self.tr("Dossier %1 of %2: %3"), done + 1, total, name))
        self.progressed.emit(done)

    def _on_failed(self, error: object) -> None:
        stopped = error.stopped if isinstance(error, _BatchError) else _Stopped([], error)  # type: ignore[arg-type]
        cause = stopped.error
        if isinstance(cause, NoCatalogueError):
            message = self.tr("No network catalogue yet: import one from the File menu first.")
        elif isinstance(cause, FileWriteError):
            from wat_desktop.safety_text import write_problem_message

            message = write_problem_message(cause, self._messages)
        else:
            message = fill(self.tr("A dossier could not be made: %1"), cause)
        self._finish(stopped.written, message)

    def _finish(self, written: list[Path], error: str = "", cancelled: bool = False) -> None:
        self._task = None
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        cancelled = cancelled and len(written) < len(self._firms)
        self.finished.emit(BatchOutcome(list(written), len(self._firms), cancelled, error))


class _BatchError(Exception):
    """A dossier of the batch failed: carries what was written before it."""

    def __init__(self, stopped: _Stopped) -> None:
        super().__init__(str(stopped.error))
        self.stopped = stopped


class _NoStop:
    """The control of one dossier inside the batch: the batch itself checks Cancel,
    between firms, so a dossier once started is always finished."""

    cancelled = False

    def check(self) -> None:
        return None

    def progress(self, done: int, total: int) -> None:
        return None

"""Step: export the membership dossier, with a preview of its first page.

Reading the view-model, rendering and writing run on a worker thread
(``dossier_tasks`` on the task runner) with a progress bar, so the window stays
live. The page scrolls: with the preview (an A4 page a third wide, 481 px high)
it needs more height than a 1366×768 laptop at 125% has (about 580 px).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QImage, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from wat_desktop.domain.steps import StepId
from wat_desktop.infra.atomic_file import FileWriteError, WriteProblem
from wat_desktop.services.dossier_batch import dossier_document_name, safe_file_stem
from wat_desktop.services.dossier_service import NoCatalogueError
from wat_desktop.translations import QtTranslate
from wat_desktop.ui.firm_session import FirmSession
from wat_desktop.ui.pages.dossier_tasks import (
    PREVIEW_WIDTH,
    ExportResult,
    export_work,
    preview_work,
)
from wat_desktop.ui.pages.step_page import StepPage, heading_label
from wat_desktop.ui.task_runner import BackgroundTask

if TYPE_CHECKING:
    from wat_desktop.services.dossier_service import DossierService
    from wat_desktop.ui.dialogs import Dialogs

__all__ = ["DossierPage", "safe_file_stem"]


def default_folder() -> Path:
    documents = Path.home() / "Documents"
    return documents if documents.is_dir() else Path.home()


class DossierPage(StepPage):
    export_finished = Signal(object)  # the written Path, or None after a failure
    preview_ready = Signal()
    step = StepId.DOSSIER

    def __init__(
        self,
        session: FirmSession,
        dossiers: DossierService,
        dialogs: Dialogs,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, parent)
        self.dossiers = dossiers
        self.dialogs = dialogs
        self.language = language
        self.folder = default_folder()
        self._tasks: set[BackgroundTask] = set()  # alive until their signals are delivered
        self._preview_task: BackgroundTask | None = None  # the latest: older ones are stale
        self._preview_stale = True
        self._build()
        session.firm_changed.connect(self._on_firm_changed)
        session.firm_edited.connect(self._on_firm_changed)
        session.firm_edited.connect(self.show_issues)  # earlier steps complete this one

    def _build(self) -> None:
        intro = QLabel(
            self.tr(
                "Export the membership dossier: a PDF with your profile, needs, plan, "
                "economics and the declaration of adhesion, to sign and send to the network."
            )
        )
        intro.setWordWrap(True)
        self.preview = QLabel(self.tr("Preparing the preview…"))
        self.preview.setFixedSize(PREVIEW_WIDTH, round(PREVIEW_WIDTH * 297 / 210))
        self.preview.setStyleSheet("border: 1px solid #c8ced3; background: white;")
        self.preview.setAccessibleName(self.tr("Preview of the dossier's first page"))
        self.language_box = QComboBox()
        self.language_box.addItem(self.tr("Italian"), "it")
        self.language_box.addItem(self.tr("English"), "en")
        # Italian by default whatever the interface language: the dossier goes to an
        # Italian network; English is a choice for the reader who needs it.
        self.language_box.setCurrentIndex(0)
        self.language_box.setAccessibleName(self.tr("Dossier language"))
        self.folder_label = QLabel(str(self.folder))
        self.folder_label.setWordWrap(True)
        self.folder_button = QPushButton(self.tr("&Choose folder…"))
        self.folder_button.setAccessibleName(self.tr("Choose the folder for the dossier"))
        self.file_label = QLabel()
        self.open_after = QCheckBox(self.tr("&Open the file after exporting"))
        self.open_after.setChecked(True)
        self.export_button = QPushButton(self.tr("&Export dossier as PDF"))
        self.export_button.setAccessibleName(self.tr("Export dossier as PDF"))
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language_box)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.folder_button)
        form.addRow(self.tr("Folder:"), folder_row)
        form.addRow(self.tr("File:"), self.file_label)
        side = QVBoxLayout()
        side.addLayout(form)
        side.addWidget(self.open_after)
        side.addWidget(self.export_button)
        side.addWidget(self.progress)
        side.addWidget(self.status)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.preview)
        body.addLayout(side, 1)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(heading_label(self.step))  # as steps 1-6: heading, intro, status
        layout.addWidget(intro)
        layout.addWidget(self.status_label)
        layout.addLayout(body)
        layout.addStretch(1)
        # In a scroll area, as the other steps: the window's minimum height stays low.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.folder_button.clicked.connect(self.choose_folder)
        self.export_button.clicked.connect(self.export)
        self.language_box.currentIndexChanged.connect(self._on_firm_changed)
        self._update_file_label()

    # --- user actions ---------------------------------------------------------------

    @property
    def dossier_language(self) -> str:
        return str(self.language_box.currentData())

    def target_path(self) -> Path | None:
        firm = self.session.firm
        if firm is None:
            return None
        # Named in the dossier's language, so the English copy never replaces the Italian.
        return self.folder / dossier_document_name(firm.name, QtTranslate(self.dossier_language))

    def choose_folder(self) -> None:
        folder = self.dialogs.choose_folder(self.tr("Folder for the dossier"), self.folder)
        if folder is not None:
            self.folder = folder
            self.folder_label.setText(str(folder))
            self._update_file_label()

    def export(self) -> bool:
        """Start the export in the background; ``export_finished`` tells the outcome."""
        firm = self.session.firm
        path = self.target_path()
        if firm is None or firm.id is None or path is None:
            return False
        task = self._start(path)
        if task is None:
            return False
        self.export_button.setEnabled(False)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.status.setText(self.tr("Exporting the dossier…"))
        return True

    def refresh_preview(self) -> bool:
        self._preview_stale = False
        return self._start(None) is not None

    # --- background work --------------------------------------------------------------

    def _start(self, path: Path | None) -> BackgroundTask | None:
        firm = self.session.firm
        if firm is None or firm.id is None:
            return None
        tr = QtTranslate(self.dossier_language)
        if path is None:
            task = BackgroundTask(preview_work(self.dossiers, firm.id, tr), self)
            task.succeeded.connect(lambda image, t=task: self._on_preview(t, image))
            task.failed.connect(lambda error, t=task: self._on_preview_failed(t, error))
            self._preview_task = task
        else:
            task = BackgroundTask(export_work(self.dossiers, firm.id, tr, path), self)
            task.progressed.connect(lambda done, _total: self.progress.setValue(done))
            task.succeeded.connect(lambda result, t=task: self._on_exported(t, result))
            task.failed.connect(lambda error, t=task: self._on_export_failed(t, error))
        self._tasks.add(task)
        task.finished.connect(lambda t=task: self._tasks.discard(t))
        task.start()
        return task

    def _no_catalogue(self) -> str:
        return self.tr("No network catalogue yet: import one from the File menu first.")

    def _on_preview(self, task: BackgroundTask, image: QImage) -> None:
        if task is not self._preview_task:
            return  # a newer preview (another language, another firm) is on its way
        self.preview.setPixmap(QPixmap.fromImage(image))
        self.preview_ready.emit()

    def _on_preview_failed(self, task: BackgroundTask, error: Exception) -> None:
        if task is not self._preview_task:
            return
        if isinstance(error, NoCatalogueError):
            self.preview.setText(self._no_catalogue())
        else:
            self.preview.setText(
                self.tr("The preview could not be made: %1").replace("%1", str(error))
            )
        self.preview_ready.emit()

    def _on_exported(self, task: BackgroundTask, result: ExportResult) -> None:
        self.export_button.setEnabled(True)
        self.progress.setVisible(False)
        self.status.setText(self.tr("Dossier saved to %1").replace("%1", str(result.path)))
        if self.open_after.isChecked() and not self.dialogs.open_document(result.path):
            self.status.setText(
                self.tr("Dossier saved to %1; no PDF viewer could open it.").replace(
                    "%1", str(result.path)
                )
            )
        self.export_finished.emit(result.path)

    def _on_export_failed(self, task: BackgroundTask, error: Exception) -> None:
        self.export_button.setEnabled(True)
        self.progress.setVisible(False)
        if isinstance(error, FileWriteError):
            message = self._write_problem(error)
        elif isinstance(error, NoCatalogueError):
            message = self._no_catalogue()
        else:
            message = self.tr("The dossier could not be made: %1").replace("%1", str(error))
        self.status.setText(message)
        self.dialogs.error(self.tr("Export dossier"), message)
        self.export_finished.emit(None)

    # --- helpers ------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._preview_stale:
            self.refresh_preview()

    def _on_firm_changed(self) -> None:
        self._update_file_label()
        if self.isVisible():
            self.refresh_preview()
        else:
            self._preview_stale = True

    def _update_file_label(self) -> None:
        path = self.target_path()
        self.file_label.setText(path.name if path else "—")

    def _write_problem(self, error: FileWriteError) -> str:
        if error.problem is WriteProblem.DISK_FULL:
            return self.tr("The disk is full. Free some space and try again; no file was changed.")
        if error.problem is WriteProblem.NOT_WRITABLE:
            return self.tr("This folder cannot be written to. Choose another folder.")
        if error.problem is WriteProblem.TOO_LARGE:
            return self.tr("The file is too large for this disk or folder.")
        return self.tr("The file could not be written: %1").replace("%1", str(error))

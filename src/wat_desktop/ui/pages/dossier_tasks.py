"""Background work for dossiers: read the view-model, render the PDF, write it or
render a preview. Each function here is the work of a ``BackgroundTask``
(``ui/task_runner``), run on the thread pool.

The work touches no widget. It reads the firm and the catalogue through
``DossierService.data`` in the worker: each query takes the one pooled database
connection for a moment and gives it back (a GUI-thread save meanwhile waits for
that query, never for the rendering, which holds no connection). Results come back
through the task's signals, which Qt delivers on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QImage

if TYPE_CHECKING:
    from wat_desktop.domain.i18n_markers import Translate
    from wat_desktop.services.dossier_service import DossierService
    from wat_desktop.ui.task_runner import TaskControl

PREVIEW_WIDTH = 340  # pixels: about a third of an A4 page on a laptop screen
PROGRESS_STEPS = 100  # the export's progress bar: data 10, PDF 80, written 100


@dataclass(frozen=True)
class ExportResult:
    path: Path


def render_preview(pdf: bytes, width: int = PREVIEW_WIDTH) -> QImage:
    """The first page as an image (pdfium: QtPdf is not in PySide6-Essentials)."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        page = document[0]
        bitmap = page.render(scale=width / page.get_width(), rev_byteorder=True)
        image = QImage(
            bytes(bitmap.buffer),
            bitmap.width,
            bitmap.height,
            bitmap.stride,
            QImage.Format.Format_RGB888,
        )
        return image.copy()  # own the pixels: the buffer goes away with the bitmap
    finally:
        document.close()


def dossier_pdf(
    dossiers: DossierService, firm_id: int, tr: Translate, control: TaskControl
) -> bytes:
    """The firm's dossier as PDF bytes (raises ``NoCatalogueError``, ``LookupError``)."""
    from wat_desktop.reports.dossier_pdf import build_dossier

    data = dossiers.data(firm_id, tr)
    control.progress(10, PROGRESS_STEPS)
    control.check()
    pdf = build_dossier(data, tr)
    control.progress(80, PROGRESS_STEPS)
    return pdf


def preview_work(
    dossiers: DossierService, firm_id: int, tr: Translate
) -> Callable[[TaskControl], QImage]:
    """A task's work: the first page of the firm's dossier as an image."""

    def work(control: TaskControl) -> QImage:
        pdf = dossier_pdf(dossiers, firm_id, tr, control)
        control.check()
        return render_preview(pdf)

    return work


def export_work(
    dossiers: DossierService, firm_id: int, tr: Translate, path: Path
) -> Callable[[TaskControl], ExportResult]:
    """A task's work: the firm's dossier written to ``path`` (atomically)."""

    def work(control: TaskControl) -> ExportResult:
        from wat_desktop.infra.atomic_file import write_bytes_atomic

        pdf = dossier_pdf(dossiers, firm_id, tr, control)
        write_bytes_atomic(path, pdf)
        control.progress(PROGRESS_STEPS, PROGRESS_STEPS)
        return ExportResult(path)

    return work

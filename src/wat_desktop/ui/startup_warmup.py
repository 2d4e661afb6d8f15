"""After start-up, load in the background what the later steps will need.

The first visit to the budget, offers, plan or dossier step would otherwise import
the rules, the catalogue's validation models and ReportLab on the GUI thread
(0.1-0.3 s each on an office PC) and read the catalogue. Once the firm is on
screen, ``start_warm_up`` does that on a thread of its own (a private pool, so the
shared pool stays free for the user's own work): pure-Python imports, the
dossier's fonts and money formats (``reports.warm_up``), and the current
catalogue, read once through its service (a query takes the one database
connection for a moment). Nothing here changes data or output; a failure is only
logged (the step that needs the module then loads it as before).
"""

from __future__ import annotations

import importlib
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThreadPool

from wat_desktop.ui.task_runner import BackgroundTask, TaskControl

if TYPE_CHECKING:
    from wat_desktop.app import AppContext

log = logging.getLogger(__name__)

# Pure-Python modules (no Qt) of the later steps and views.
LATER_MODULES = (
    "wat_desktop.domain.rules",
    "wat_desktop.domain.plan.figures",
    "wat_desktop.domain.plan.recommendation",
    "wat_desktop.domain.matching",
    "wat_desktop.domain.pooling",
    "wat_desktop.domain.needs_profile",
    "wat_desktop.services.catalogue_service",
    "wat_desktop.services.plan_service",
    "wat_desktop.services.dossier_service",
    "wat_desktop.services.dossier_data",
    "wat_desktop.services.portfolio_service",
    "wat_desktop.domain.territory",
    "wat_desktop.domain.territory_text",
    "wat_desktop.services.territory_service",
)

_POOL: QThreadPool | None = None


def warm_up_pool() -> QThreadPool:
    """The warm-up's own pool of one thread (the launcher waits for it at exit)."""
    global _POOL
    if _POOL is None:
        _POOL = QThreadPool()
        _POOL.setMaxThreadCount(1)
    return _POOL


def warm_up_modules() -> None:
    for name in LATER_MODULES:
        try:
            importlib.import_module(name)
        except ImportError:  # a head start only: the step that needs it imports it
            log.debug("warm-up import of %s failed", name, exc_info=True)


def warm_up(app: AppContext, control: TaskControl | None = None) -> None:
    """Runs in a worker thread; touches no widget."""
    from wat_desktop.reports import warm_up as warm_up_reports

    warm_up_modules()
    if control is not None:
        control.check()
    warm_up_reports()  # ReportLab, the dossier's fonts, the money formats
    if control is not None:
        control.check()
    app.catalogues.current()  # parsed once: the offers and plan steps reuse it


def start_warm_up(app: AppContext, parent: QObject) -> BackgroundTask:
    task = BackgroundTask(lambda control: warm_up(app, control), parent)
    task.failed.connect(lambda error: log.warning("background warm-up failed: %s", error))
    return task.start(warm_up_pool())

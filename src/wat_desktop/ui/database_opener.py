"""Open the database in a worker thread while the first window is on screen.

Importing SQLAlchemy and the storage layer is most of the start-up time (0.3-0.6 s
on an office PC): on the GUI thread the window could not repaint or react
meanwhile. So the launcher paints a light frame first and then runs
``open_database`` on the task runner (``ui/task_runner``), and the GUI thread waits
in its event loop, showing "Opening…". The worker imports the storage, service and
domain modules the first screen needs, opens the database (the migration check is
one raw SELECT; Alembic is imported only when a migration is due, after a backup;
the full check runs after an unclean shutdown) and makes the firm service.

One connection, one thread at a time: the GUI thread touches the database only
after the worker has finished (the task's ``succeeded`` signal), and the worker
never again. The SQLite connection (``locking_mode=EXCLUSIVE``, a pool of one,
``check_same_thread=False``) is made in the worker and used by the GUI thread
from then on; nothing else holds the file. A firm list read with raw ``sqlite3``
before SQLAlchemy is imported was considered and left out: the open firm is
loaded and saved through SQLAlchemy anyway, so it would not make the window usable
sooner, and it would be a second way of reading firms.
"""

from __future__ import annotations

import contextlib
import importlib
import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wat_desktop.app import AppContext

log = logging.getLogger(__name__)

# Pure-Python modules (no Qt) that the workspace and the first page import: loaded
# here, off the GUI thread, so the GUI thread finds them ready.
WARM_MODULES = (
    "sqlalchemy.orm",
    "wat_desktop.persistence.database",
    "wat_desktop.persistence.models",
    "wat_desktop.persistence.firm_repository",
    "wat_desktop.services.firm_service",
    "wat_desktop.domain.steps",
    "wat_desktop.domain.ateco",
    "wat_desktop.domain.ccnl",
    "wat_desktop.domain.glossary",
    "wat_desktop.domain.validation",
    "stdnum.it.iva",  # the VAT number check of the first page
    "stdnum.exceptions",
    "_strptime",  # the first datetime.strptime
    "wat_desktop.infra.rotating_log",  # the log file's rotation (logging.handlers)
)


def open_database(app: AppContext) -> None:
    """Import the storage, open the database (migrating if due) and make the firm
    service. Runs in a worker thread; touches no widget."""
    for name in WARM_MODULES:
        try:
            importlib.import_module(name)
        except ImportError:  # only a head start: whoever needs the module imports it
            log.debug("warm-up import of %s failed", name, exc_info=True)
    from sqlalchemy.orm import configure_mappers

    configure_mappers()  # else done by the first query, on the GUI thread
    firms = app.firms  # opens app.db on the way: engine, migration check
    # The first screen's two queries, once, so that SQLAlchemy has compiled them
    # (its statement cache) before the GUI thread runs them.
    firms.list_firms()
    last = app.settings.last_firm_id
    if isinstance(last, int):
        with contextlib.suppress(LookupError):  # deleted meanwhile: the list says so
            firms.load(last)

"""Log files: rotating, small, free of personal data, with native crashes in them.

Where: the platform's log folder (``platformdirs.user_log_dir``), or
``<data dir>/logs`` when the data folder was moved (``--data-dir``, tests).
What: events with ids and counts only; the app never logs firm names, survey
answers or SQL parameters (SQLAlchemy's loggers stay at WARNING even with
``--debug``). ``faulthandler`` writes native crashes (segfaults) into the log
file: in a windowed app ``sys.stderr`` is None and cannot take them.
"""

from __future__ import annotations

import faulthandler
import logging
import sys
from pathlib import Path
from typing import IO

LOG_FILE = "wat-desktop.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 3  # at most ~4 MB of logs
FORMAT = "%(asctime)s %(levelname)s %(process)d %(name)s: %(message)s"
_QUIET_LOGGERS = ("sqlalchemy", "alembic", "PIL", "fontTools", "reportlab")

_state: dict[str, object] = {}


def default_log_dir(data_dir: Path | None) -> Path:
    """``<data dir>/logs`` for a moved data folder, else the platform's log folder."""
    import os

    from wat_desktop.infra.paths import ENV_DATA_DIR

    override = data_dir or (
        Path(os.environ[ENV_DATA_DIR]) if os.environ.get(ENV_DATA_DIR) else None
    )
    if override is not None:
        return override.expanduser() / "logs"
    import platformdirs

    return platformdirs.user_log_path("wat-desktop", appauthor=False)


def setup_logging(log_dir: Path, debug: bool = False, rotate: bool = True) -> Path:
    """Send the app's logs to a rotating file in ``log_dir``; return its path.

    ``rotate=False`` (the window's start) writes to the same file without rotating
    until ``start_rotating``: ``logging.handlers`` imports ``socket`` and ``pickle``
    (~13 ms), which the first paint need not wait for. Calling it again (tests, a
    second start in one process) replaces the handler.
    """
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_FILE
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    for name in _QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)
    if rotate:
        _use_handler(_rotating_handler(path))
    else:
        _use_handler(logging.FileHandler(path, encoding="utf-8"))
    _enable_faulthandler(path)
    logging.getLogger(__name__).info(
        "WAT Desktop starting (Python %s, %s)", sys.version.split()[0], sys.platform
    )
    return path


def start_rotating() -> None:
    """Put the rotating handler in place of a start's plain one (no-op otherwise)."""
    from wat_desktop.infra.rotating_log import TolerantRotatingHandler

    handler = _state.get("handler")
    if isinstance(handler, logging.FileHandler) and not isinstance(
        handler, TolerantRotatingHandler
    ):
        _use_handler(_rotating_handler(Path(handler.baseFilename)))


def _rotating_handler(path: Path) -> logging.Handler:
    from wat_desktop.infra.rotating_log import TolerantRotatingHandler

    return TolerantRotatingHandler(
        path,
        maxBytes=MAX_BYTES,
        backupCount=BACKUP_COUNT,
        encoding="utf-8",
        delay=False,
        after_rollover=_enable_faulthandler,
    )


def _use_handler(handler: logging.Handler) -> None:
    """``handler`` in place of the one before (added first: no record is lost)."""
    handler.setFormatter(logging.Formatter(FORMAT))
    root = logging.getLogger()
    root.addHandler(handler)
    old = _state.pop("handler", None)
    if isinstance(old, logging.Handler):
        root.removeHandler(old)
        old.close()
    _state["handler"] = handler


def _enable_faulthandler(path: Path) -> None:
    old = _state.pop("fault_file", None)
    stream: IO[str] = open(path, "a", encoding="utf-8")  # noqa: SIM115 - kept for the process
    faulthandler.enable(file=stream, all_threads=True)
    _state["fault_file"] = stream  # must stay open: faulthandler writes to its fd
    if old is not None:
        old.close()  # type: ignore[attr-defined]


def current_log_file() -> Path | None:
    handler = _state.get("handler")
    return Path(handler.baseFilename) if isinstance(handler, logging.FileHandler) else None

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
import logging.handlers
import sys
from pathlib import Path
from typing import IO

LOG_FILE = "wat-desktop.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 3  # at most ~4 MB of logs
FORMAT = "%(asctime)s %(levelname)s %(process)d %(name)s: %(message)s"
_QUIET_LOGGERS = ("sqlalchemy", "alembic", "PIL", "fontTools", "reportlab")

_state: dict[str, object] = {}


class _TolerantRotatingHandler(logging.handlers.RotatingFileHandler):
    """Rotates, but if renaming fails (another process holds the file open on
    Windows) keeps appending instead of failing on every record."""

    def doRollover(self) -> None:
        try:
            super().doRollover()
        except OSError:
            self.maxBytes = 0  # stop trying for this process
            if self.stream is None:
                self.stream = self._open()
        else:
            # faulthandler writes to a file descriptor of its own: after the rename it
            # would write native crashes into the old file, which rotates away.
            _enable_faulthandler(Path(self.baseFilename))


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


def setup_logging(log_dir: Path, debug: bool = False) -> Path:
    """Send the app's logs to a rotating file in ``log_dir``; return its path.

    Calling it again (tests, a second start in one process) replaces the handler.
    """
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_FILE
    root = logging.getLogger()
    old = _state.pop("handler", None)
    if isinstance(old, logging.Handler):
        root.removeHandler(old)
        old.close()
    handler = _TolerantRotatingHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=False
    )
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    _state["handler"] = handler
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    for name in _QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)
    _enable_faulthandler(path)
    logging.getLogger(__name__).info(
        "WAT Desktop starting (Python %s, %s)", sys.version.split()[0], sys.platform
    )
    return path


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

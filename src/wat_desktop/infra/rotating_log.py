"""The log file's rotation, kept apart: ``logging.handlers`` imports ``socket`` and
``pickle`` (~13 ms), which the window's start loads only after its first paint
(``logging_setup.start_rotating``)."""

from __future__ import annotations

import logging.handlers
from collections.abc import Callable
from pathlib import Path
from typing import Any


class TolerantRotatingHandler(logging.handlers.RotatingFileHandler):
    """Rotates, but if renaming fails (another process holds the file open on
    Windows) keeps appending instead of failing on every record."""

    def __init__(
        self, path: Path, *, after_rollover: Callable[[Path], None], **options: Any
    ) -> None:
        super().__init__(path, **options)
        self._after_rollover = after_rollover

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
            self._after_rollover(Path(self.baseFilename))

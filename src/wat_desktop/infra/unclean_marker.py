"""A marker file that exists exactly while the app has the data folder open.

It is written when the app opens the folder and removed when it closes
cleanly. Because only one process may hold the folder (instance lock), a
marker found at start means the previous session crashed, was killed or
lost power: the app then runs a full database check.
"""

from __future__ import annotations

import json
import logging
import os
from datetime import UTC, datetime
from pathlib import Path

from wat_desktop.infra.atomic_file import write_text_atomic

MARKER_FILE = "wat-desktop.running"


class UncleanMarker:
    def __init__(self, folder: Path) -> None:
        self.path = folder / MARKER_FILE

    def arm(self) -> bool:
        """Write the marker; return True if one was already there (unclean shutdown).

        A marker that cannot be written (full disk, read-only folder) is logged, not
        fatal: the app must still open to read and export the data; only the check
        after a crash of this session is lost."""
        previous = self.path.exists()
        stamp = datetime.now(UTC).isoformat(timespec="seconds")
        try:
            write_text_atomic(self.path, json.dumps({"pid": os.getpid(), "since": stamp}))
        except OSError as error:
            logging.getLogger(__name__).warning("unclean-shutdown marker not written: %s", error)
        return previous

    def clear(self) -> None:
        """Remove the marker: called last, after the database was closed cleanly."""
        self.path.unlink(missing_ok=True)

"""Write a file so that it is either the old one or the whole new one.

Data goes to a temporary file in the same folder, is fsynced, then renamed
over the target; on any failure the temporary file is removed and the old
file is left byte-identical (PLATFORM-NOTES: a direct write on a full disk
left a truncated PDF).
"""

from __future__ import annotations

import contextlib
import errno
import glob
import os
import tempfile
from enum import StrEnum
from pathlib import Path

from wat_desktop.infra.crash_points import crash_point

STALE_AFTER_SECONDS = 60.0


class WriteProblem(StrEnum):
    DISK_FULL = "disk_full"
    NOT_WRITABLE = "not_writable"
    TOO_LARGE = "too_large"
    OTHER = "other"


class FileWriteError(OSError):
    """A file could not be written; ``problem`` says why in a form the UI explains."""

    def __init__(self, path: Path, problem: WriteProblem, detail: str) -> None:
        super().__init__(f"{path}: {problem.value}: {detail}")
        self.path = path
        self.problem = problem


def classify(error: OSError) -> WriteProblem:
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return WriteProblem.DISK_FULL
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return WriteProblem.NOT_WRITABLE
    if error.errno == errno.EFBIG:
        return WriteProblem.TOO_LARGE
    return WriteProblem.OTHER


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows cannot open a directory; NTFS journals the rename itself.
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def remove_stale_temporaries(target: Path, older_than: float = STALE_AFTER_SECONDS) -> None:
    """Delete temporary files a killed write of ``target`` left behind (ours only:
    ``.<name>.*.tmp``; recent ones may belong to a write still running)."""
    import time

    limit = time.time() - older_than
    for leftover in target.parent.glob(f".{glob.escape(target.name)}.*.tmp"):
        with contextlib.suppress(OSError):
            if leftover.stat().st_mtime < limit:
                leftover.unlink()


def write_bytes_atomic(path: Path | str, data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically; raise ``FileWriteError`` on failure."""
    target = Path(path)
    folder = target.parent
    tmp_name: str | None = None
    remove_stale_temporaries(target)
    try:
        fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        crash_point("atomic-write-temp-written", target.name)
        os.replace(tmp_name, target)
        tmp_name = None
        _fsync_folder(folder)
        crash_point("atomic-write-replaced", target.name)
    except OSError as error:
        raise FileWriteError(target, classify(error), str(error)) from error
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)


def write_text_atomic(path: Path | str, text: str, encoding: str = "utf-8") -> None:
    write_bytes_atomic(path, text.encode(encoding))

"""Verified copies of the SQLite database, taken with the online backup API.

A plain file copy of an open WAL database can miss committed rows
(PLATFORM-NOTES): the copy is made through SQLite, to a temporary name,
fsynced, checked with ``quick_check``, then renamed into place. Backups are
named ``wat-backup-<UTC stamp>-<reason>.sqlite3``; only files with exactly
that shape are ever listed, rotated or deleted by the app.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from wat_desktop.infra.atomic_file import FileWriteError, WriteProblem, classify
from wat_desktop.infra.crash_points import crash_point
from wat_desktop.persistence.database import Database
from wat_desktop.persistence.encryption import WrongPassphraseError, database_errors, open_file

BACKUP_PREFIX = "wat-backup-"
BACKUP_SUFFIX = ".sqlite3"
STAMP_FORMAT = "%Y%m%dT%H%M%S%fZ"
_NAME = re.compile(r"^wat-backup-(\d{8}T\d{12}Z)-([a-z0-9][a-z0-9-]{0,60})\.sqlite3$")
# Reasons the rotation may delete; pre-migration and pre-restore copies stay.
ROTATED_REASONS = frozenset({"auto", "manual"})


class BackupError(RuntimeError):
    pass


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime  # UTC: the moment the data in this copy is from
    reason: str
    size: int

    @property
    def rotatable(self) -> bool:
        return self.reason in ROTATED_REASONS


def parse_backup_name(path: Path) -> BackupInfo | None:
    """The backup described by ``path``'s name, or None if the app did not make it."""
    match = _NAME.match(path.name)
    if match is None:
        return None
    try:
        taken = datetime.strptime(match.group(1), STAMP_FORMAT).replace(tzinfo=UTC)
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    return BackupInfo(path, taken, match.group(2), size)


def list_backups(folder: Path) -> list[BackupInfo]:
    """The app's own backups in ``folder``, newest first."""
    if not folder.is_dir():
        return []
    found = [info for p in folder.iterdir() if p.is_file() and (info := parse_backup_name(p))]
    return sorted(found, key=lambda info: info.taken_at, reverse=True)


def remove_stale_temporaries(folder: Path) -> list[Path]:
    """Delete half-made backups left by a crash (only the app's own temporary names)."""
    removed = []
    if folder.is_dir():
        for path in folder.glob(f"{BACKUP_PREFIX}*{BACKUP_SUFFIX}.tmp*"):
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(path)
    return removed


def quick_check(path: Path) -> bool:
    """``PRAGMA quick_check`` on a closed database file, opened read-only (plain or
    encrypted with the process's passphrase: a wrong one fails the check)."""
    errors = (*database_errors(), WrongPassphraseError)
    try:
        connection = open_file(path, readonly=True)
    except errors:
        return False
    try:
        return connection.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    except errors:
        return False
    finally:
        connection.close()


def sqlite_write_problem(error: Exception) -> WriteProblem:
    """Map SQLite's write errors to the problems the UI explains in words."""
    text = str(error).lower()
    if "disk is full" in text or "database or disk is full" in text:
        return WriteProblem.DISK_FULL
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return WriteProblem.NOT_WRITABLE
    if "too big" in text or "too large" in text:
        return WriteProblem.TOO_LARGE
    return WriteProblem.OTHER


def copy_database(source: sqlite3.Connection, target_path: Path) -> None:
    """Online-backup ``source`` into a new standalone file, fsynced (no WAL beside it).

    The copy is encrypted with the same passphrase when the database is."""
    target = open_file(target_path, readonly=False)
    try:
        source.backup(target)
        target.execute("PRAGMA journal_mode=DELETE")
    finally:
        target.close()
    with open(target_path, "rb+") as handle:
        os.fsync(handle.fileno())


def backup_database(
    db: Database, folder: Path, reason: str = "manual", now: datetime | None = None
) -> Path:
    """Write a verified backup into ``folder`` and return its path.

    Raises ``FileWriteError`` (disk full, folder not writable, file too large)
    or ``BackupError`` (the copy failed its check); nothing is left behind.
    """
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime(STAMP_FORMAT)
    final = folder / f"{BACKUP_PREFIX}{stamp}-{reason}{BACKUP_SUFFIX}"
    temporary = final.with_name(final.name + ".tmp")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with db.raw_sqlite() as source:
            copy_database(source, temporary)
        crash_point("backup-copied")
        if not quick_check(temporary):
            raise BackupError(f"backup failed quick_check: {temporary.name}")
        os.replace(temporary, final)
        crash_point("backup-renamed")
    except database_errors() as error:
        raise FileWriteError(final, sqlite_write_problem(error), str(error)) from error
    except FileWriteError:
        raise
    except OSError as error:
        raise FileWriteError(final, classify(error), str(error)) from error
    finally:
        for leftover in (temporary, temporary.with_name(temporary.name + "-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink(missing_ok=True)
    return final

"""Put a verified backup in place of the database, crash-safely.

PLATFORM-NOTES: copying a backup over the database while a ``-wal`` left by
a crash was still there gave "database disk image is malformed". So the
database file and its ``-wal``/``-shm`` are moved aside together into one
folder next to it, and the verified copy is renamed into place. The steps
after the decision are journalled in an intent file: if the process dies
halfway, ``finish_pending_restore`` (run before the database is opened)
completes them, so the result is exactly the old or the restored database.
The caller must have closed every connection to the database first.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from wat_desktop.infra.atomic_file import write_text_atomic
from wat_desktop.infra.crash_points import crash_point
from wat_desktop.persistence.backup import (
    STAMP_FORMAT,
    copy_database,
    parse_backup_name,
    quick_check,
)
from wat_desktop.persistence.encryption import (
    WrongPassphraseError,
    database_errors,
    export_copy,
    is_encrypted,
    keyring,
    open_file,
)

INTENT_SUFFIX = ".restore-intent.json"
COMPANIONS = ("-wal", "-shm", "-journal", "")  # the main file last


class RestoreError(RuntimeError):
    """The file is not a usable backup; nothing was changed."""


@dataclass(frozen=True)
class RestoreResult:
    backup: Path
    data_from: datetime  # UTC: the moment the restored data is from
    aside: Path  # folder holding the database as it was before the restore


def _temporary(db_path: Path) -> Path:
    return db_path.with_name(f".{db_path.name}.restore.tmp")


def _intent(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + INTENT_SUFFIX)


def _fsync_folder(folder: Path) -> None:
    if os.name == "posix":
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def data_date(backup: Path) -> datetime:
    """When the data in ``backup`` is from: the stamp in the app's name, else the
    latest saved change inside it, else the file's modification time."""
    info = parse_backup_name(backup)
    if info is not None:
        return info.taken_at
    with contextlib.suppress(*database_errors(), WrongPassphraseError):
        connection = open_file(backup, readonly=True)
        try:
            latest = connection.execute("SELECT max(updated_at) FROM firms").fetchone()[0]
        finally:
            connection.close()
        if latest:
            return datetime.fromisoformat(str(latest)).replace(tzinfo=UTC)
    return datetime.fromtimestamp(backup.stat().st_mtime, UTC)


def _looks_like_ours(path: Path) -> bool:
    try:
        connection = open_file(path, readonly=True)
    except (*database_errors(), WrongPassphraseError):
        return False
    try:
        tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
    except database_errors():
        return False
    finally:
        connection.close()
    return {"alembic_version", "firms"} <= tables


def restore_database(db_path: Path, backup: Path, now: datetime | None = None) -> RestoreResult:
    """Replace the database at ``db_path`` with a verified copy of ``backup``.

    Raises ``RestoreError`` (nothing changed) if ``backup`` fails ``quick_check``
    or is not a WAT Desktop database; ``FileWriteError``/``OSError`` on a disk problem.
    """
    if not backup.is_file() or not quick_check(backup) or not _looks_like_ours(backup):
        raise RestoreError(f"not a valid WAT Desktop backup: {backup.name}")
    finish_pending_restore(db_path)
    when = data_date(backup)
    temporary = _temporary(db_path)
    try:
        if is_encrypted(backup) == (keyring.passphrase is not None):
            source = open_file(backup, readonly=True)
            try:
                copy_database(source, temporary)
            finally:
                source.close()
        else:  # a plain backup into an encrypted installation (the backup API cannot)
            export_copy(backup, temporary, None, keyring.passphrase)
        if not quick_check(temporary):
            raise RestoreError(f"the copy of {backup.name} failed quick_check")
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    crash_point("restore-prepared")
    stamp = (now or datetime.now(UTC)).strftime(STAMP_FORMAT)
    aside = db_path.with_name(f"{db_path.name}.before-restore-{stamp}")
    write_text_atomic(_intent(db_path), json.dumps({"aside": aside.name}))
    crash_point("restore-intent")
    finish_pending_restore(db_path)
    if not quick_check(db_path):
        raise RestoreError("the restored database failed quick_check")
    return RestoreResult(backup, when, aside)


def finish_pending_restore(db_path: Path) -> bool:
    """Complete a restore a crash interrupted (or clear its leftovers); True if one was."""
    intent_path = _intent(db_path)
    temporary = _temporary(db_path)
    try:
        intent = json.loads(intent_path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        # Killed before the decision: the half-made copy is not wanted.
        temporary.unlink(missing_ok=True)
        return False
    aside = db_path.with_name(str(intent["aside"]))
    if aside.parent != db_path.parent:
        raise RestoreError("malformed restore intent")
    if temporary.exists():
        aside.mkdir(exist_ok=True)
        for suffix in COMPANIONS:
            current = db_path.with_name(db_path.name + suffix)
            if current.exists():
                os.replace(current, aside / current.name)
                crash_point("restore-moving-aside")
        _fsync_folder(aside)
        os.replace(temporary, db_path)
        _fsync_folder(db_path.parent)
        crash_point("restore-replaced")
    intent_path.unlink()
    _fsync_folder(db_path.parent)
    return True

"""Turning encryption of the local database on and off (``persistence/encryption``).

Both directions reuse the restore path, so they are as crash-safe as a restore:
the database is exported through SQLCipher into a new file in the backups
folder (itself a verified backup of the moment, encrypted or not as the new
state), then restored over the current one, which is moved aside with its
``-wal`` and ``-shm``. The copy moved aside is in the old state, so it is
deleted once the new database passed its check: after ``enable`` no plain copy
of the live database is left. Older backups keep the state they were taken in;
the result says how many are plain, and the privacy tools can purge them.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from wat_desktop.persistence import encryption
from wat_desktop.persistence.backup import BACKUP_PREFIX, BACKUP_SUFFIX, STAMP_FORMAT
from wat_desktop.persistence.database import Database
from wat_desktop.persistence.restore import finish_pending_restore, restore_database
from wat_desktop.services.backup_service import BackupService

log = logging.getLogger(__name__)
MIN_PASSPHRASE = 8


class PassphraseTooShortError(ValueError):
    pass


@dataclass(frozen=True)
class EncryptionChange:
    encrypted: bool  # the state now
    other_backups: int  # older backups still in the previous state


class EncryptionService:
    def __init__(
        self,
        backups: BackupService,
        database_path: Path | None,
        opened_db: Callable[[], Database | None],
    ) -> None:
        self._backups = backups
        self._path = database_path
        self._opened_db = opened_db

    @property
    def supported(self) -> bool:
        """A local SQLite database (a shared PostgreSQL one is its administrator's)."""
        return self._path is not None

    @property
    def available(self) -> bool:
        return encryption.available()

    @property
    def encrypted(self) -> bool:
        return self._path is not None and encryption.is_encrypted(self._path)

    def enable(self, passphrase: str) -> EncryptionChange:
        """Encrypt the database with ``passphrase``; raise ``EncryptionUnavailableError``
        without sqlcipher3 and ``PassphraseTooShortError`` below 8 characters."""
        if len(passphrase) < MIN_PASSPHRASE:
            raise PassphraseTooShortError(str(MIN_PASSPHRASE))
        encryption.sqlcipher()
        return self._convert(None, passphrase)

    def disable(self) -> EncryptionChange:
        """Store the database as plain SQLite again (with the passphrase in use)."""
        encryption.sqlcipher()
        return self._convert(encryption.keyring.passphrase, None)

    def _convert(self, old: str | None, new: str | None) -> EncryptionChange:
        assert self._path is not None
        if (old is None) != (not self.encrypted):
            return EncryptionChange(self.encrypted, 0)  # already in that state
        self._backups.create("manual")  # a fresh verified copy in the current state first
        opened = self._opened_db()
        if opened is not None:
            opened.engine.dispose()  # every connection closed: the file can be exported
        finish_pending_restore(self._path)
        stamp = datetime.now(UTC).strftime(STAMP_FORMAT)
        reason = "encrypted" if new is not None else "decrypted"
        staged = self._backups.folder / f"{BACKUP_PREFIX}{stamp}-{reason}{BACKUP_SUFFIX}"
        self._backups.folder.mkdir(parents=True, exist_ok=True)
        try:
            encryption.export_copy(self._path, staged, old, new)
        except BaseException:
            staged.unlink(missing_ok=True)
            raise
        encryption.set_passphrase(new)
        try:
            result = restore_database(self._path, staged)
        except BaseException:
            encryption.set_passphrase(old)  # nothing was replaced: the old state stands
            raise
        shutil.rmtree(result.aside, ignore_errors=True)  # the old state of the live data
        if opened is not None:
            opened.reconfigure(new)
        others = sum(
            1
            for b in self._backups.list_backups()
            if encryption.is_encrypted(b.path) != (new is not None)
        )
        log.info("database %s; %d older backups in the previous state", reason, others)
        return EncryptionChange(new is not None, others)

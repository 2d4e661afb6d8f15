"""Backups, restore and database checks as use cases for the GUI and the CLI.

Only the SQLite database in the data folder is backed up here; a shared
PostgreSQL database is backed up by its administrator (``pg_dump``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy.engine import make_url

from wat_desktop.domain.i18n_markers import QT_TRANSLATE_NOOP, Translate
from wat_desktop.infra.paths import DataPaths
from wat_desktop.infra.settings import Settings
from wat_desktop.persistence.backup import (
    BackupInfo,
    backup_database,
    list_backups,
    parse_backup_name,
    quick_check,
    remove_stale_temporaries,
)
from wat_desktop.persistence.backup_rotation import (
    RetentionPolicy,
    finish_pending_rotation,
    rotate_backups,
)
from wat_desktop.persistence.database import Database
from wat_desktop.persistence.health import HealthReport, check_connection, check_file
from wat_desktop.persistence.migrator import migrate
from wat_desktop.persistence.restore import RestoreResult, restore_database

log = logging.getLogger(__name__)

# What each kind of backup is called on screen and on the command line (context "Backups");
# the reason stays in the file name and in ``backup list --json``.
KIND_LABELS: dict[str, str] = {
    "auto": QT_TRANSLATE_NOOP("Backups", "automatic"),
    "manual": QT_TRANSLATE_NOOP("Backups", "manual"),
    "before-delete": QT_TRANSLATE_NOOP("Backups", "before deleting a firm"),
    "encrypted": QT_TRANSLATE_NOOP("Backups", "when encryption was switched on"),
    "decrypted": QT_TRANSLATE_NOOP("Backups", "when encryption was switched off"),
}
MIGRATION_LABEL = QT_TRANSLATE_NOOP("Backups", "before the database migration (kept)")


def kind_label(reason: str, tr: Translate) -> str:
    """The kind of a backup in the user's language (an unknown reason is shown as is)."""
    if reason.startswith("pre-migration"):
        return tr.translate("Backups", MIGRATION_LABEL)
    label = KIND_LABELS.get(reason)
    return tr.translate("Backups", label) if label else reason


class BackupsUnsupportedError(RuntimeError):
    """The database is not a local SQLite file (e.g. shared PostgreSQL)."""


def sqlite_path(database_url: str) -> Path | None:
    """The file behind a ``sqlite:///`` URL, or None for other databases."""
    url = make_url(database_url)
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


class BackupService:
    def __init__(
        self,
        paths: DataPaths,
        settings: Settings,
        database_url: str,
        open_db: Callable[[], Database],
        opened_db: Callable[[], Database | None],
    ) -> None:
        self._paths = paths
        self._settings = settings
        self._db_path = sqlite_path(database_url)
        self._open_db = open_db  # opens (and migrates) the database if needed
        self._opened_db = opened_db  # the database if it is open, else None

    @property
    def supported(self) -> bool:
        return self._db_path is not None

    @property
    def folder(self) -> Path:
        return self._paths.backups

    def policy(self) -> RetentionPolicy:
        s = self._settings
        return RetentionPolicy.from_values(
            recent=s.backup_keep_recent,
            daily=s.backup_keep_daily,
            weekly=s.backup_keep_weekly,
            monthly=s.backup_keep_monthly,
        )

    def list_backups(self) -> list[BackupInfo]:
        """The app's backups, newest first (half-made ones from a crash are removed)."""
        remove_stale_temporaries(self.folder)
        finish_pending_rotation(self.folder)
        return list_backups(self.folder)

    def create(self, reason: str = "manual") -> BackupInfo:
        """Take a verified backup now, then rotate older ones out.

        Raises ``FileWriteError`` (disk full, not writable, too large) with nothing left behind.
        """
        self._require_sqlite()
        remove_stale_temporaries(self.folder)
        path = backup_database(self._open_db(), self.folder, reason)
        deleted = rotate_backups(self.folder, path, self.policy())
        log.info("backup %s taken (%s); %d rotated out", path.name, reason, len(deleted))
        info = parse_backup_name(path)
        assert info is not None
        return info

    def auto_backup(self, now: datetime | None = None) -> BackupInfo | None:
        """Take an automatic backup unless one was taken within the configured interval."""
        if not self.supported:
            return None
        interval = self._settings.backup_interval_minutes
        minutes = interval if isinstance(interval, int) and interval > 0 else 30
        latest = next((b for b in self.list_backups() if b.rotatable), None)
        moment = now or datetime.now(UTC)
        if latest is not None and moment - latest.taken_at < timedelta(minutes=minutes):
            return None
        return self.create("auto")

    def latest_good(self) -> BackupInfo | None:
        """The newest backup that passes ``quick_check``."""
        return next((b for b in self.list_backups() if quick_check(b.path)), None)

    def restore(self, backup: Path) -> RestoreResult:
        """Close the database, put a verified copy of ``backup`` in place, reopen and migrate.

        Raises ``RestoreError`` (nothing changed) if the file is not a good backup.
        """
        db_path = self._require_sqlite()
        opened = self._opened_db()
        if opened is not None:
            opened.dispose()  # the engine reconnects to the new file on next use
        result = restore_database(db_path, backup)
        log.info("restored %s (data from %s)", backup.name, result.data_from.isoformat())
        if opened is not None:
            migrate(opened, self.folder)  # an older backup may need a schema upgrade
        else:
            self._open_db()
        return result

    def check(self) -> HealthReport:
        """Full ``integrity_check`` and ``foreign_key_check`` of the database."""
        db_path = self._require_sqlite()
        try:
            db = self._open_db()
        except Exception as error:  # a damaged file may not even open
            log.warning("database could not be opened for the check: %s", type(error).__name__)
            opened = self._opened_db()
            return check_file(db_path) if opened is None else HealthReport(error=str(error))
        with db.raw_sqlite() as connection:
            report = check_connection(connection)
        log.info(
            "database check: integrity %s, foreign keys %s",
            "ok" if not report.integrity else f"{len(report.integrity)} problems",
            "ok" if not report.foreign_keys else f"{len(report.foreign_keys)} problems",
        )
        return report

    def _require_sqlite(self) -> Path:
        if self._db_path is None:
            raise BackupsUnsupportedError("backups are for the local SQLite database")
        return self._db_path

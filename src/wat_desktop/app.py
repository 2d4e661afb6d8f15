"""Composition root: opens the data folder and database, hands out services.

Shared by the GUI and the command line; nothing here imports Qt.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from wat_desktop.domain.i18n_markers import QT_TRANSLATE_NOOP
from wat_desktop.infra.instance_lock import InstanceLock
from wat_desktop.infra.paths import ENV_DATABASE_URL, DataPaths, default_data_dir
from wat_desktop.infra.settings import Settings

if TYPE_CHECKING:
    from wat_desktop.persistence.database import Database
    from wat_desktop.persistence.health import HealthReport
    from wat_desktop.services.backup_service import BackupService
    from wat_desktop.services.catalogue_service import CatalogueService
    from wat_desktop.services.dossier_service import DossierService
    from wat_desktop.services.encryption_service import EncryptionService
    from wat_desktop.services.firm_file_service import FirmFileService
    from wat_desktop.services.firm_service import FirmService
    from wat_desktop.services.plan_service import PlanService
    from wat_desktop.services.portfolio_service import PortfolioService
    from wat_desktop.services.privacy_service import PrivacyService
    from wat_desktop.services.release_guard import ReleaseGuard
    from wat_desktop.services.survey_service import SurveyService
    from wat_desktop.services.territory_service import TerritoryService

log = logging.getLogger(__name__)


@dataclass
class AppContext:
    """Everything a front end needs; built once by ``open_app``."""

    paths: DataPaths
    settings: Settings
    lock: InstanceLock
    database_url: str
    _services: dict[str, object] = field(default_factory=dict)
    # True when the previous session did not close cleanly (crash, kill, power cut).
    unclean_shutdown: bool = False
    # After an unclean shutdown: the full check run when the database opened.
    startup_health: HealthReport | None = None
    # How long opening the database took (imports, connection, migration check): the
    # start-up probe (``--measure-start``) reports it.
    db_open_seconds: float | None = None

    @property
    def db(self) -> Database:  # imported lazily to keep start-up light
        if "db" not in self._services:
            import time

            started = time.perf_counter()
            from wat_desktop.persistence.database import Database
            from wat_desktop.persistence.migrator import migrate

            self._before_opening_sqlite()
            require_database_driver(self.database_url)
            database = Database(self.database_url)
            try:
                result = migrate(database, self.paths.backups)
            except Exception:
                database.dispose()  # release the file so a check or restore can use it
                raise
            if self.unclean_shutdown and database.is_sqlite:
                self._check_after_unclean_shutdown(database)
            if result.before != result.after:
                log.info("database migrated %s -> %s", result.before, result.after)
            self._services["db"] = database
            self.db_open_seconds = time.perf_counter() - started
        return self._services["db"]  # type: ignore[return-value]

    def _before_opening_sqlite(self) -> None:
        from wat_desktop.persistence.health import log_sqlite_version
        from wat_desktop.persistence.restore import finish_pending_restore
        from wat_desktop.services.backup_service import sqlite_path

        path = sqlite_path(self.database_url)
        if path is not None:
            log_sqlite_version()
            if finish_pending_restore(path):  # a restore was interrupted: complete it
                log.warning("an interrupted restore was completed")

    def _check_after_unclean_shutdown(self, database: Database) -> None:
        from wat_desktop.persistence.health import check_connection

        with database.raw_sqlite() as connection:
            self.startup_health = check_connection(connection)
        log.warning(
            "previous session ended uncleanly; full check: %s",
            "ok" if self.startup_health.ok else "PROBLEMS FOUND",
        )

    def opened_db(self) -> Database | None:
        """The database if it is open already, else None (never opens it)."""
        return self._services.get("db")  # type: ignore[return-value]

    @property
    def backups(self) -> BackupService:
        if "backups" not in self._services:
            from wat_desktop.services.backup_service import BackupService

            self._services["backups"] = BackupService(
                self.paths,
                self.settings,
                self.database_url,
                lambda: self.db,
                self.opened_db,
            )
        return self._services["backups"]  # type: ignore[return-value]

    @property
    def firms(self) -> FirmService:
        if "firms" not in self._services:
            from wat_desktop.services.firm_service import FirmService

            self._services["firms"] = FirmService(self.db)
        return self._services["firms"]  # type: ignore[return-value]

    @property
    def catalogues(self) -> CatalogueService:
        if "catalogues" not in self._services:
            from wat_desktop.services.catalogue_service import CatalogueService

            self._services["catalogues"] = CatalogueService(self.db)
        return self._services["catalogues"]  # type: ignore[return-value]

    @property
    def plans(self) -> PlanService:
        if "plans" not in self._services:
            from wat_desktop.services.plan_service import PlanService

            self._services["plans"] = PlanService(self.firms, self.catalogues)
        return self._services["plans"]  # type: ignore[return-value]

    @property
    def dossiers(self) -> DossierService:
        if "dossiers" not in self._services:
            from wat_desktop.services.dossier_service import DossierService

            self._services["dossiers"] = DossierService(self.firms, self.catalogues, self.db)
        return self._services["dossiers"]  # type: ignore[return-value]

    @property
    def surveys(self) -> SurveyService:
        if "surveys" not in self._services:
            from wat_desktop.services.survey_service import SurveyService

            self._services["surveys"] = SurveyService(
                self.firms, lambda: self.settings.anonymity_threshold, self.release_guard
            )
        return self._services["surveys"]  # type: ignore[return-value]

    @property
    def privacy(self) -> PrivacyService:
        """Export everything about one firm; erase one firm and purge older copies."""
        if "privacy" not in self._services:
            from wat_desktop.services.privacy_service import PrivacyService

            self._services["privacy"] = PrivacyService(
                self.db,
                self.firms,
                self.firm_files,
                self.backups,
                self.release_guard,
                self.paths.root,
            )
        return self._services["privacy"]  # type: ignore[return-value]

    @property
    def encryption(self) -> EncryptionService:
        """Encryption of the local database at rest (optional extra ``sqlcipher3``)."""
        if "encryption" not in self._services:
            from wat_desktop.services.backup_service import sqlite_path
            from wat_desktop.services.encryption_service import EncryptionService

            self._services["encryption"] = EncryptionService(
                self.backups, sqlite_path(self.database_url), self.opened_db
            )
        return self._services["encryption"]  # type: ignore[return-value]

    @property
    def release_guard(self) -> ReleaseGuard:
        """Differencing protection: the survey releases this installation published."""
        if "release_guard" not in self._services:
            from wat_desktop.persistence.release_ledger import ReleaseLedger
            from wat_desktop.services.release_guard import ReleaseGuard

            self._services["release_guard"] = ReleaseGuard(ReleaseLedger(self.paths.root))
        return self._services["release_guard"]  # type: ignore[return-value]

    @property
    def firm_files(self) -> FirmFileService:
        if "firm_files" not in self._services:
            from wat_desktop.services.firm_file_service import FirmFileService

            self._services["firm_files"] = FirmFileService(self.firms, self.release_guard)
        return self._services["firm_files"]  # type: ignore[return-value]

    @property
    def portfolio(self) -> PortfolioService:
        if "portfolio" not in self._services:
            from wat_desktop.services.portfolio_service import PortfolioService

            # A delete is preceded by a backup where backups are ours (local SQLite).
            backup = (
                (lambda: self.backups.create("before-delete")) if self.backups.supported else None
            )
            # Elsewhere (shared PostgreSQL) the firm is kept as a firm file instead; the
            # firm file service (pydantic models) is made only if a delete needs it.
            self._services["portfolio"] = PortfolioService(
                self.db,
                self.firms,
                backup,
                firm_files=lambda: self.firm_files,
                copies_folder=self.paths.backups / "deleted-firms",
            )
        return self._services["portfolio"]  # type: ignore[return-value]

    @property
    def territory(self) -> TerritoryService:
        if "territory" not in self._services:
            from wat_desktop.services.territory_service import TerritoryService

            self._services["territory"] = TerritoryService(
                self.firms,
                self.catalogues,
                self.db,
                lambda: self.settings.anonymity_threshold,
                legacy_folder=self.paths.root,
            )
        return self._services["territory"]  # type: ignore[return-value]

    def save_settings(self) -> None:
        self.settings.save(self.paths.settings)

    def close(self) -> None:
        db = self._services.pop("db", None)
        if db is not None:
            db.dispose()  # type: ignore[attr-defined]
        self._services.clear()
        from wat_desktop.infra.unclean_marker import UncleanMarker

        UncleanMarker(self.paths.root).clear()  # last step of a clean shutdown
        self.lock.release()


MSG_NO_DRIVER = QT_TRANSLATE_NOOP(
    "Cli",
    "The database URL names PostgreSQL, but its driver (psycopg) is not installed. "
    'Install WAT Desktop with the PostgreSQL extra: pip install "wat-desktop[postgres]".',
)


class DatabaseDriverError(RuntimeError):
    """The database URL needs a driver that is not installed (an optional extra)."""

    def __init__(self) -> None:
        super().__init__(MSG_NO_DRIVER)


def shared_database_url(url: str) -> str:
    """``postgresql://…`` as people write it means the psycopg 3 driver of the
    ``postgres`` extra (SQLAlchemy would otherwise look for psycopg2)."""
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def require_database_driver(url: str) -> None:
    """Raise ``DatabaseDriverError`` before SQLAlchemy fails with a bare import error."""
    import importlib.util

    if url.startswith("postgresql+psycopg") and importlib.util.find_spec("psycopg") is None:
        raise DatabaseDriverError


def open_app(
    data_dir: Path | None = None,
    database_url: str | None = None,
    ask_passphrase: Callable[[], str | None] | None = None,
) -> AppContext:
    """Lock the data folder (refusing a second instance) and read settings.

    Raises ``AlreadyRunningError`` when another process holds the folder, and
    ``NetworkShareError`` when the SQLite file would live on a network share.
    An encrypted database needs its passphrase (``WAT_DESKTOP_PASSPHRASE``, else
    ``ask_passphrase``): ``WrongPassphraseError`` or ``EncryptionUnavailableError``.
    """
    import os

    from wat_desktop.infra.unclean_marker import UncleanMarker
    from wat_desktop.persistence.health import refuse_network_share

    paths = DataPaths(data_dir or default_data_dir()).ensure()
    settings = Settings.load(paths.settings)
    url = database_url or os.environ.get(ENV_DATABASE_URL) or settings.database_url
    url = shared_database_url(url) if url else paths.sqlite_url()
    if url == paths.sqlite_url():  # the usual case: parsing it would import SQLAlchemy (0.4 s)
        database_file: Path | None = paths.database
    else:
        from wat_desktop.services.backup_service import sqlite_path

        database_file = sqlite_path(url)
    if database_file is not None:
        refuse_network_share(database_file)
        _unlock_if_encrypted(database_file, ask_passphrase)
    lock = InstanceLock(paths.lock).acquire()
    try:
        unclean = UncleanMarker(paths.root).arm()
    except OSError:
        lock.release()
        raise
    if unclean:
        log.warning("the previous session did not close cleanly")
    return AppContext(paths, settings, lock, url, unclean_shutdown=unclean)


def _unlock_if_encrypted(
    database_file: Path, ask_passphrase: Callable[[], str | None] | None
) -> None:
    """Check the passphrase of an encrypted database before anything opens it."""
    from wat_desktop.persistence import encryption

    encryption.set_passphrase(None)
    if not encryption.is_encrypted(database_file):
        return
    encryption.sqlcipher()  # EncryptionUnavailableError: say what to install
    passphrase = encryption.passphrase_from_environment()
    if passphrase is None and ask_passphrase is not None:
        passphrase = ask_passphrase()
    encryption.check_passphrase(database_file, passphrase)
    encryption.set_passphrase(passphrase)

"""Bring the database schema to the current revision at start-up.

The check is cheap when the schema is current: on SQLite one SELECT of
``alembic_version`` on the raw ``sqlite3`` connection (no SQLAlchemy inspector,
no Alembic), compared with ``HEAD_REVISION``. Alembic and the backup code are
imported only when a migration is due; before a migration changes an existing
database, a verified backup is taken.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from wat_desktop.infra.crash_points import crash_point

if TYPE_CHECKING:
    from wat_desktop.persistence.database import Database

# Kept equal to Alembic's head by a test, so start-up need not import Alembic.
HEAD_REVISION = "0002"


@dataclass(frozen=True)
class MigrationResult:
    before: str | None
    after: str
    backup: Path | None


def current_revision(db: Database) -> str | None:
    """The schema's Alembic revision; None for a database Alembic never touched."""
    if db.is_sqlite:
        with db.raw_sqlite() as connection:
            return sqlite_revision(connection)
    from sqlalchemy import inspect, text

    with db.engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def sqlite_revision(connection: sqlite3.Connection) -> str | None:
    """``current_revision`` on a raw SQLite connection: one SELECT, no reflection."""
    known = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).fetchone()
    if known is None:
        return None
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return None if row is None else str(row[0])


def _has_user_tables(db: Database) -> bool:
    from sqlalchemy import inspect

    with db.engine.connect() as connection:
        return bool(inspect(connection).get_table_names())


def upgrade(db: Database, revision: str = "head") -> None:
    from alembic import command
    from alembic.config import Config

    script_location = resources.files("wat_desktop.persistence") / "migrations"
    config = Config()
    config.set_main_option("script_location", str(script_location))
    with db.engine.connect() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def migrate(db: Database, backup_dir: Path | None) -> MigrationResult:
    """Upgrade to head if needed; back up a non-empty SQLite database first."""
    before = current_revision(db)
    if before == HEAD_REVISION:  # the usual start: nothing else is imported or read
        return MigrationResult(before, before, None)
    from wat_desktop.persistence.backup import backup_database

    backup = None
    if db.is_sqlite and backup_dir is not None and _has_user_tables(db):
        backup = backup_database(db, backup_dir, reason=f"pre-migration-{before or 'none'}")
    crash_point("migration-backed-up")
    upgrade(db)
    after = current_revision(db)
    assert after is not None
    return MigrationResult(before, after, backup)

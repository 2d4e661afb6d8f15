"""The database connection, with the SQLite settings that keep data safe.

SQLite: WAL journal, ``synchronous=FULL`` (commits survive a power cut),
foreign keys on, one connection (``locking_mode=EXCLUSIVE`` and a pool of
one) so the WAL bug of SQLite <= 3.51.2, which needs two connections, cannot
bite; and SQLAlchemy's documented recipe for transactional DDL
(``BEGIN IMMEDIATE`` emitted by us, not by the sqlite3 module).
PostgreSQL: a plain engine from the URL (shared-database option).
With a passphrase (``persistence/encryption``) the SQLite file is opened through
SQLCipher instead: the same pragmas, after ``PRAGMA key``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.orm import Session, sessionmaker


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide when transactions begin.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        for pragma in (
            "PRAGMA locking_mode=EXCLUSIVE",
            "PRAGMA journal_mode=WAL",
            "PRAGMA synchronous=FULL",
            "PRAGMA foreign_keys=ON",
            "PRAGMA busy_timeout=5000",
        ):
            cursor.execute(pragma)
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


class Database:
    """Owns the engine and hands out sessions; the UI never sees either."""

    def __init__(self, url: str, passphrase: str | None = None) -> None:
        self.url = url
        self.is_sqlite = url.startswith("sqlite")
        self._build(passphrase)

    def reconfigure(self, passphrase: str | None) -> None:
        """Reopen through SQLCipher with ``passphrase`` (or plain SQLite with None), after
        the file was encrypted or decrypted; the services keep this same object."""
        self.engine.dispose()
        self._build(passphrase)

    def _build(self, passphrase: str | None) -> None:
        url = self.url
        self.encrypted = False
        if self.is_sqlite:
            from wat_desktop.persistence import encryption

            key = passphrase if passphrase is not None else encryption.keyring.passphrase
            options: dict[str, Any] = {"connect_args": {"check_same_thread": False}}
            if key is not None:  # SQLCipher: same SQL, same pragmas, the key first
                path = Path(make_url(url).database or "")
                options = {
                    "module": encryption.sqlcipher(),
                    "creator": lambda: encryption.connect(path, key, check_same_thread=False),
                }
                self.encrypted = True
            self.engine = create_engine(
                url, pool_size=1, max_overflow=0, pool_timeout=60, **options
            )
            _configure_sqlite(self.engine)
        else:
            self.engine = create_engine(url, pool_pre_ping=True)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed if the block succeeds, rolled back if not."""
        with self._sessions() as session, session.begin():
            yield session

    def raw_sqlite(self) -> AbstractContextManager[sqlite3.Connection]:
        """The one raw sqlite3 connection (for the online backup API and checks)."""
        return _raw_sqlite(self.engine)

    @property
    def sqlite_version(self) -> str:
        return sqlite3.sqlite_version

    def dispose(self) -> None:
        self.engine.dispose()


@contextmanager
def _raw_sqlite(engine: Engine) -> Iterator[sqlite3.Connection]:
    pooled = engine.raw_connection()
    try:
        yield pooled.driver_connection  # type: ignore[misc]
    finally:
        pooled.close()

"""Optional encryption of the SQLite database at rest, with SQLCipher.

``pip install "wat-desktop[encryption]"`` adds ``sqlcipher3`` (SQLCipher 4, a
drop-in sqlite3). Without it the app works as before and ``encryption enable``
says what to install. With a passphrase set, the database file, its ``-wal`` and
every backup are encrypted (AES-256, key derived from the passphrase by
SQLCipher's PBKDF2); nothing readable is left on disk but the logs, which hold
no names or answers.

Every place that opens a database file by path (backups, ``quick_check``,
restore, health checks) goes through ``open_file``, which picks sqlite3 for a
plain file and sqlcipher3 with the passphrase for an encrypted one: a plain
SQLite file starts with ``SQLite format 3\\0``, an encrypted one with random
bytes. The passphrase is kept in memory for the process (one data folder per
process, see the instance lock), never written anywhere.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from types import ModuleType
from typing import Any

SQLITE_HEADER = b"SQLite format 3\x00"
ENV_PASSPHRASE = "WAT_DESKTOP_PASSPHRASE"


class EncryptionUnavailableError(RuntimeError):
    """The database is (or is to be) encrypted, but sqlcipher3 is not installed."""


class WrongPassphraseError(RuntimeError):
    """The passphrase does not open the database (or none was given)."""


class _KeyRing:
    passphrase: str | None = None


keyring = _KeyRing()


def set_passphrase(passphrase: str | None) -> None:
    keyring.passphrase = passphrase or None


def sqlcipher() -> ModuleType:
    """The sqlcipher3 DB-API module, or ``EncryptionUnavailableError``."""
    try:
        from sqlcipher3 import dbapi2  # type: ignore[import-not-found,unused-ignore]
    except ImportError as error:
        raise EncryptionUnavailableError("sqlcipher3 is not installed") from error
    return dbapi2


def database_errors() -> tuple[type[Exception], ...]:
    """sqlite3's and, when installed, sqlcipher3's error classes (they are distinct)."""
    import sqlite3  # here, not at import: the window's start needs none of it

    try:
        return (sqlite3.Error, sqlcipher().Error)
    except EncryptionUnavailableError:
        return (sqlite3.Error,)


def available() -> bool:
    try:
        sqlcipher()
    except EncryptionUnavailableError:
        return False
    return True


def is_encrypted(path: Path) -> bool:
    """True for an existing, non-empty file that is not plain SQLite."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
    except OSError:
        return False
    return bool(head) and head != SQLITE_HEADER


def _quoted(passphrase: str) -> str:
    return "'" + passphrase.replace("'", "''") + "'"


def apply_key(connection: Any, passphrase: str) -> None:
    """The first statement on a SQLCipher connection."""
    with contextlib.suppress(Exception):  # SQLCipher logs a bad key to stderr otherwise
        connection.execute("PRAGMA cipher_log_level = NONE")
    connection.execute(f"PRAGMA key = {_quoted(passphrase)}")


def connect(path: Path, passphrase: str | None, readonly: bool = False, **kwargs: Any) -> Any:
    """A DB-API connection to ``path``: sqlcipher3 with the key, or sqlite3 without."""
    target = f"file:{path}?mode=ro" if readonly else str(path)
    if passphrase is None:
        import sqlite3

        return sqlite3.connect(target, uri=readonly, **kwargs)
    connection = sqlcipher().connect(target, uri=readonly, **kwargs)
    apply_key(connection, passphrase)
    return connection


def open_file(path: Path, readonly: bool = True, encrypted: bool | None = None) -> Any:
    """Open a database file the app made, plain or encrypted (with the process's key).

    ``encrypted`` None: decided from the file's first bytes (a new file is plain
    unless a passphrase is set, so backups of an encrypted database are encrypted).
    """
    if encrypted is None:
        encrypted = is_encrypted(path) or (keyring.passphrase is not None and not path.exists())
    if not encrypted:
        return connect(path, None, readonly)
    if keyring.passphrase is None:
        raise WrongPassphraseError(f"{path.name} is encrypted and no passphrase was given")
    return connect(path, keyring.passphrase, readonly)


def check_passphrase(path: Path, passphrase: str | None) -> None:
    """Raise ``WrongPassphraseError`` unless ``passphrase`` opens the encrypted ``path``."""
    if passphrase is None:
        raise WrongPassphraseError(f"{path.name} is encrypted: a passphrase is needed")
    connection = connect(path, passphrase, readonly=True)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except Exception as error:  # sqlcipher3.DatabaseError: "file is not a database"
        raise WrongPassphraseError(f"the passphrase does not open {path.name}") from error
    finally:
        connection.close()


def passphrase_from_environment() -> str | None:
    return os.environ.get(ENV_PASSPHRASE) or None


def export_copy(source: Path, target: Path, old: str | None, new: str | None) -> None:
    """Write ``source`` (key ``old``, None for plain) to a new file ``target`` with key
    ``new`` (None: plain), through ``sqlcipher_export``; fsynced, not yet verified."""
    module = sqlcipher()
    connection = module.connect(str(source))
    try:
        if old is not None:
            apply_key(connection, old)
        else:
            with contextlib.suppress(Exception):
                connection.execute("PRAGMA cipher_log_level = NONE")
        key = _quoted(new) if new is not None else "''"
        connection.execute(f"ATTACH DATABASE ? AS converted KEY {key}", (str(target),))
        connection.execute("SELECT sqlcipher_export('converted')")
        connection.execute("DETACH DATABASE converted")
    finally:
        connection.close()
    with open(target, "rb+") as handle:
        os.fsync(handle.fileno())

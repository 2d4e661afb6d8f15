"""Restore moves the database and its -wal/-shm aside together and says the data date."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.safety.conftest import add_firms, firm_names
from wat_desktop.persistence.backup import backup_database, parse_backup_name
from wat_desktop.persistence.database import Database
from wat_desktop.persistence.restore import RestoreError, restore_database


def test_restore_over_a_database_with_a_hot_wal(tmp_path: Path, db: Database) -> None:
    add_firms(db, "Alfa", "Beta")
    backup = backup_database(db, tmp_path / "backups", "manual")
    add_firms(db, "Gamma")
    # Simulate a crash: copy the open database with its -wal (committed rows not
    # yet in the main file) as a killed process would leave them.
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    db_path = crashed / "wat.sqlite3"
    wal = Path(str(tmp_path / "wat.sqlite3") + "-wal")
    assert wal.stat().st_size > 0
    shutil.copy(tmp_path / "wat.sqlite3", db_path)
    shutil.copy(wal, crashed / "wat.sqlite3-wal")
    db.dispose()
    result = restore_database(db_path, backup)
    assert result.data_from == parse_backup_name(backup).taken_at  # type: ignore[union-attr]
    assert not db_path.with_name("wat.sqlite3-wal").exists()
    assert (result.aside / "wat.sqlite3").exists()
    restored = Database(f"sqlite:///{db_path}")
    assert firm_names(restored) == ["Alfa", "Beta"]
    restored.dispose()
    # The copy moved aside still holds everything, -wal included.
    aside = Database(f"sqlite:///{result.aside / 'wat.sqlite3'}")
    assert firm_names(aside) == ["Alfa", "Beta", "Gamma"]
    aside.dispose()


def test_a_bad_file_is_refused_and_nothing_changes(tmp_path: Path, db: Database) -> None:
    add_firms(db, "Alfa")
    db.dispose()
    db_path = tmp_path / "wat.sqlite3"
    before = db_path.read_bytes()
    bogus = tmp_path / "bogus.sqlite3"
    bogus.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    other = tmp_path / "other.sqlite3"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    for candidate in (bogus, other, tmp_path / "missing.sqlite3"):
        with pytest.raises(RestoreError):
            restore_database(db_path, candidate)
    assert db_path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["wat.sqlite3", "bogus.sqlite3", "other.sqlite3"]
    )

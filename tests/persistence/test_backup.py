"""Backups go through SQLite's online backup API and are verified."""

from pathlib import Path

from wat_desktop.persistence.backup import backup_database, quick_check
from wat_desktop.persistence.database import Database
from wat_desktop.persistence.migrator import migrate
from wat_desktop.services.firm_service import FirmService


def test_backup_of_an_open_wal_database_holds_every_committed_row(tmp_path: Path) -> None:
    import sqlite3

    db = Database(f"sqlite:///{tmp_path / 'wat.sqlite3'}")
    migrate(db, None)
    firms = FirmService(db)
    for i in range(50):
        firms.create_firm(f"Firm {i}")
    # The database stays open (WAL not checkpointed) while the copy is taken.
    copy = backup_database(db, tmp_path / "backups", reason="test")
    assert quick_check(copy)
    assert not list((tmp_path / "backups").glob("*.tmp"))
    connection = sqlite3.connect(copy)
    assert connection.execute("SELECT count(*) FROM firms").fetchone() == (50,)
    connection.close()
    db.dispose()

"""Migrations run programmatically from an empty database, and keep data safe."""

from pathlib import Path

from sqlalchemy import inspect, text

from wat_desktop.persistence.backup import quick_check
from wat_desktop.persistence.database import Database
from wat_desktop.persistence.migrator import HEAD_REVISION, current_revision, migrate


def _db(tmp_path: Path) -> Database:
    return Database(f"sqlite:///{tmp_path / 'wat.sqlite3'}")


def test_head_constant_matches_alembic_head() -> None:
    from importlib import resources

    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option(
        "script_location", str(resources.files("wat_desktop.persistence") / "migrations")
    )
    assert ScriptDirectory.from_config(config).get_current_head() == HEAD_REVISION


def test_empty_database_is_migrated_to_head_without_a_backup(
    database_url: str, tmp_path: Path
) -> None:
    db = Database(database_url)
    result = migrate(db, tmp_path / "backups")
    assert (result.before, result.after, result.backup) == (None, HEAD_REVISION, None)
    with db.engine.connect() as connection:
        assert {"firms", "catalogues", "alembic_version"} <= set(
            inspect(connection).get_table_names()
        )
    db.dispose()


def test_second_start_is_a_no_op(database_url: str, tmp_path: Path) -> None:
    db = Database(database_url)
    migrate(db, tmp_path / "backups")
    again = migrate(db, tmp_path / "backups")
    assert again.before == again.after == HEAD_REVISION and again.backup is None
    db.dispose()


def test_existing_data_is_backed_up_before_a_schema_change(tmp_path: Path) -> None:
    db = _db(tmp_path)
    with db.engine.begin() as connection:  # a database from before the app used Alembic
        connection.execute(text("CREATE TABLE legacy_notes (id INTEGER PRIMARY KEY, body TEXT)"))
        connection.execute(text("INSERT INTO legacy_notes (body) VALUES ('keep me')"))
    result = migrate(db, tmp_path / "backups")
    assert result.backup is not None and result.backup.exists()
    assert quick_check(result.backup)
    import sqlite3

    copy = sqlite3.connect(result.backup)
    assert copy.execute("SELECT body FROM legacy_notes").fetchall() == [("keep me",)]
    copy.close()
    db.dispose()


def test_sqlite_runs_in_wal_with_full_sync_and_foreign_keys(tmp_path: Path) -> None:
    db = _db(tmp_path)
    migrate(db, None)
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    assert current_revision(db) == HEAD_REVISION
    db.dispose()


def test_upgrading_from_0001_keeps_every_firm_and_adds_the_demand_tables(
    database_url: str, tmp_path: Path
) -> None:
    from wat_desktop.persistence.migrator import upgrade
    from wat_desktop.services.firm_service import FirmService

    db = Database(database_url)
    upgrade(db, "0001")  # a database made by the first release
    firm = FirmService(db).create_firm("Tessitura Rossi S.n.c.")
    result = migrate(db, tmp_path / "backups")
    assert (result.before, result.after) == ("0001", HEAD_REVISION)
    assert (result.backup is not None) == db.is_sqlite  # PostgreSQL: the DBA's backups
    with db.engine.connect() as connection:
        assert {"received_demand", "demand_keys"} <= set(inspect(connection).get_table_names())
    assert FirmService(db).load(firm.id).name == "Tessitura Rossi S.n.c."  # type: ignore[arg-type]
    db.dispose()


def test_a_firms_demand_key_goes_with_the_firm(database_url: str) -> None:
    from wat_desktop.persistence.received_demand_store import ReceivedDemandStore
    from wat_desktop.services.firm_service import FirmService

    db = Database(database_url)
    migrate(db, None)
    firms, store = FirmService(db), ReceivedDemandStore(db)
    first = firms.create_firm("Prima")
    key = store.key_for(first.id)  # type: ignore[arg-type]
    firms.delete(first.id)  # type: ignore[arg-type]
    assert store.firm_keys() == {}  # ON DELETE CASCADE, on SQLite as on PostgreSQL
    second = firms.create_firm("Seconda")  # SQLite may hand out the same id again
    assert store.key_for(second.id) != key  # type: ignore[arg-type]
    db.dispose()


def test_the_test_command_fails_instead_of_skipping_without_postgresql(tmp_path: Path) -> None:
    """Without a PostgreSQL server its half of a storage test fails: never a skip."""
    import os
    import subprocess
    import sys

    root = Path(__file__).parents[2]
    env = {k: v for k, v in os.environ.items() if k != "WAT_TEST_POSTGRES_URL"}
    node = "tests/persistence/test_migrations.py::test_second_start_is_a_no_op"
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:xdist", node],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 1, run.stdout[-2000:]
    assert "1 passed" in run.stdout and "1 error" in run.stdout, run.stdout[-2000:]
    assert "skipped" not in run.stdout


def _fresh_interpreter(script: str) -> dict:
    """Run ``script`` in a new interpreter (its own ``sys.modules``); its last line is JSON."""
    import json
    import subprocess
    import sys

    root = Path(__file__).parents[2]
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=root, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


_START = """
import json, sys
from pathlib import Path
from wat_desktop.persistence.database import Database
from wat_desktop.persistence.migrator import migrate
db = Database("sqlite:///{path}")
result = migrate(db, Path("{backups}"))
db.dispose()
print(json.dumps({{
    "before": result.before, "after": result.after, "backup": bool(result.backup),
    "alembic": "alembic" in sys.modules,
}}))
"""


def test_a_current_schema_is_checked_without_alembic(tmp_path: Path) -> None:
    """The usual start: one SELECT of the revision, Alembic never imported."""
    path, backups = tmp_path / "wat.sqlite3", tmp_path / "backups"
    db = Database(f"sqlite:///{path}")
    migrate(db, backups)  # made current once
    db.dispose()
    shown = _fresh_interpreter(_START.format(path=path, backups=backups))
    assert (shown["before"], shown["after"]) == (HEAD_REVISION, HEAD_REVISION)
    assert shown["alembic"] is False and shown["backup"] is False
    assert not backups.exists() or not list(backups.iterdir())  # no backup for nothing


def test_an_older_schema_is_still_backed_up_and_migrated(tmp_path: Path) -> None:
    from wat_desktop.persistence.migrator import upgrade
    from wat_desktop.services.firm_service import FirmService

    path, backups = tmp_path / "wat.sqlite3", tmp_path / "backups"
    db = Database(f"sqlite:///{path}")
    upgrade(db, "0001")  # a database made by the first release
    FirmService(db).create_firm("Tessitura Rossi S.n.c.")
    db.dispose()
    shown = _fresh_interpreter(_START.format(path=path, backups=backups))
    assert (shown["before"], shown["after"]) == ("0001", HEAD_REVISION)
    assert shown["alembic"] is True and shown["backup"] is True  # the backup came first
    db = Database(f"sqlite:///{path}")
    assert current_revision(db) == HEAD_REVISION
    assert [f.name for f in FirmService(db).list_firms()] == ["Tessitura Rossi S.n.c."]
    db.dispose()


def test_the_raw_revision_check_agrees_with_alembic(tmp_path: Path) -> None:
    from wat_desktop.persistence.migrator import sqlite_revision, upgrade

    db = _db(tmp_path)
    with db.raw_sqlite() as connection:
        assert sqlite_revision(connection) is None  # an empty file: Alembic never ran
    upgrade(db, "0001")
    with db.raw_sqlite() as connection:
        assert sqlite_revision(connection) == "0001"
    migrate(db, None)
    with db.raw_sqlite() as connection:
        assert sqlite_revision(connection) == HEAD_REVISION
    db.dispose()

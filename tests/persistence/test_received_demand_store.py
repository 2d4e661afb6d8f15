"""Received demand files and demand keys live in the database (SQLite and PostgreSQL),
so every app instance on a shared database sees the same files and keys."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from wat_desktop.persistence.database import Database
from wat_desktop.persistence.migrator import migrate
from wat_desktop.persistence.received_demand_store import ReceivedDemandStore
from wat_desktop.services.firm_service import FirmService


def document(key: str, revision: int, day: str = "20", people: int = 6) -> dict:
    return {
        "firm_key": key,
        "revision": revision,
        "exported_on": f"2026-11-{day}T10:00:00Z",
        "needs": {"children_0_2": people},
    }


@pytest.fixture
def db(database_url: str) -> Iterator[Database]:
    database = Database(database_url)
    migrate(database, None)
    yield database
    database.dispose()


def test_a_newer_file_replaces_an_older_one_never_the_reverse(db: Database) -> None:
    store = ReceivedDemandStore(db)
    key = "a" * 32
    assert store.put([document(key, 2, people=6)]) == 1
    assert store.put([document(key, 1, people=99)]) == 0  # older revision: kept out
    assert store.put([document(key, 2, day="19", people=98)]) == 0  # same revision, earlier
    assert store.put([document(key, 3, people=9)]) == 1
    assert [d["needs"]["children_0_2"] for d in store.load()] == [9]
    assert store.remove(key) and not store.remove(key)
    assert store.load() == []


def test_two_instances_on_one_postgres_see_the_same_files_and_keys(postgres_url: str) -> None:
    db_a, db_b = Database(postgres_url), Database(postgres_url)
    migrate(db_a, None)
    try:
        firm = FirmService(db_a).create_firm("Condivisa S.r.l.")
        a, b = ReceivedDemandStore(db_a), ReceivedDemandStore(db_b)
        assert a.key_for(firm.id) == b.key_for(firm.id)  # type: ignore[arg-type]
        a.put([document("b" * 32, 1)])
        assert [d["firm_key"] for d in b.load()] == ["b" * 32]  # B sees A's import
        b.put([document("b" * 32, 2, people=7)])
        assert a.load()[0]["needs"] == {"children_0_2": 7}
    finally:
        db_a.dispose()
        db_b.dispose()


def test_files_kept_by_older_versions_move_into_the_database_once(
    db: Database, tmp_path: Path
) -> None:
    firm = FirmService(db).create_firm("Vecchia")
    old_key = "c" * 32
    (tmp_path / "demand_keys.json").write_text(
        json.dumps({"version": 1, "keys": {str(firm.id): old_key, "999": "d" * 32}})
    )
    (tmp_path / "received_demand.json").write_text(
        json.dumps({"version": 1, "files": [document("e" * 32, 1), {"firm_key": "short"}]})
    )
    store = ReceivedDemandStore(db)
    assert store.import_legacy_files(tmp_path) == 2
    assert store.key_for(firm.id) == old_key  # type: ignore[arg-type]  # same key as before
    assert [d["firm_key"] for d in store.load()] == ["e" * 32]
    assert not (tmp_path / "received_demand.json").exists()
    assert (tmp_path / "received_demand.json.imported").exists()
    assert store.import_legacy_files(tmp_path) == 0  # once only


def test_one_import_of_many_files_keeps_the_newest_of_each_firm(db: Database) -> None:
    """The coordinator imports a folder of files in one go: new firms are added, newer
    files replace older ones, older or equal ones change nothing, and a firm sent twice
    in the same import keeps its newest file."""
    store = ReceivedDemandStore(db)
    kept, replaced = "1" * 32, "2" * 32
    assert store.put([document(kept, 5, people=5), document(replaced, 1, people=1)]) == 2
    fresh = [f"{n:032x}" for n in range(100, 150)]
    batch = [document(key, 1, people=3) for key in fresh]
    batch += [
        document(kept, 4, people=40),  # older revision: kept out
        document(kept, 5, people=50),  # same revision, same day: kept out
        document(replaced, 1, day="21", people=11),  # same revision, exported later
        document(fresh[0], 2, people=30),  # sent twice in this import: the newer wins
    ]
    assert store.put(batch) == len(fresh) + 1
    people = {d["firm_key"]: d["needs"]["children_0_2"] for d in store.load()}
    assert people == {kept: 5, replaced: 11, fresh[0]: 30, **{k: 3 for k in fresh[1:]}}
    assert store.put(batch) == 0  # the same import again stores nothing

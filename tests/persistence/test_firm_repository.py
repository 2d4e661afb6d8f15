"""Firms survive a round trip through the database and a restart (SQLite and PostgreSQL)."""

import pytest

from wat_desktop.domain.need_areas import NeedArea
from wat_desktop.domain.need_counts import NeedKey
from wat_desktop.persistence.database import Database
from wat_desktop.persistence.firm_repository import EditConflictError
from wat_desktop.persistence.migrator import migrate
from wat_desktop.services.demo_service import demo_firm
from wat_desktop.services.firm_service import FirmService


def _service(url: str) -> tuple[Database, FirmService]:
    db = Database(url)
    migrate(db, None)
    return db, FirmService(db)


def test_a_firm_round_trips_every_section(database_url: str) -> None:
    db, firms = _service(database_url)
    original = demo_firm()
    original.selected_offers = {"sportello-caregiver": 5}
    stored = firms.add_firm(original)
    db.dispose()  # as if the app were closed

    db, firms = _service(database_url)
    loaded = firms.load(stored.id)  # type: ignore[arg-type]
    assert loaded.profile == original.profile
    assert loaded.needs == original.needs
    assert loaded.relevance[NeedArea.ELDER_CARE] == 5
    assert loaded.selected_offers == {"sportello-caregiver": 5}
    summaries = firms.list_firms()
    assert [(s.id, s.name, s.headcount) for s in summaries] == [
        (stored.id, original.profile.name, 24)
    ]
    db.dispose()


def test_autosave_bumps_the_revision_and_refuses_a_stale_copy(database_url: str) -> None:
    db, firms = _service(database_url)
    firm = firms.create_firm("Beta S.r.l.")
    stale = firms.load(firm.id)  # type: ignore[arg-type]
    firm.needs[NeedKey.TRAINING] = 4
    saved = firms.save(firm)
    assert saved.revision == firm.revision + 1
    stale.profile.name = "Overwrite"
    with pytest.raises(EditConflictError):
        firms.save(stale)
    assert firms.load(firm.id).name == "Beta S.r.l."  # type: ignore[arg-type]
    db.dispose()


def test_two_writers_on_shared_postgres_never_overwrite_each_other(postgres_url: str) -> None:
    """Two app instances (two engines) edit the same firm: the second save is refused.
    (SQLite admits one app per file by design: the exclusive lock refuses the second.)"""
    db_a, firms_a = _service(postgres_url)
    db_b, firms_b = _service(postgres_url)
    firm = firms_a.create_firm("Condivisa S.r.l.")
    copy_a = firms_a.load(firm.id)  # type: ignore[arg-type]
    copy_b = firms_b.load(firm.id)  # type: ignore[arg-type]
    copy_a.needs[NeedKey.TRAINING] = 3
    firms_a.save(copy_a)
    copy_b.needs[NeedKey.COMMUTING] = 5
    with pytest.raises(EditConflictError):
        firms_b.save(copy_b)
    refreshed = firms_b.load(firm.id)  # type: ignore[arg-type]
    assert refreshed.needs == {NeedKey.TRAINING: 3}  # B sees A's change after a refresh
    db_a.dispose()
    db_b.dispose()


def test_unknown_keys_from_a_newer_version_are_ignored_not_fatal(database_url: str) -> None:
    from sqlalchemy import update

    from wat_desktop.persistence.models import FirmRow

    db, firms = _service(database_url)
    firm = firms.create_firm("Gamma")
    with db.session() as session:
        session.execute(
            update(FirmRow).values(
                needs={"training": 2, "future_key": 9},
                profile={"name": "Gamma", "future_field": True},
            )
        )
    loaded = firms.load(firm.id)  # type: ignore[arg-type]
    assert loaded.needs == {NeedKey.TRAINING: 2} and loaded.name == "Gamma"
    db.dispose()


def test_a_postgres_url_without_the_driver_says_what_to_install(
    tmp_path, monkeypatch, capsys
) -> None:
    """psycopg is an optional extra: without it the message names the extra, no traceback."""
    import importlib.util

    from wat_desktop.__main__ import main
    from wat_desktop.app import shared_database_url

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "psycopg" else real(name, *a)
    )
    url = "postgresql://wat@127.0.0.1:1/wat"
    assert shared_database_url(url) == "postgresql+psycopg://wat@127.0.0.1:1/wat"
    argv = ["--data-dir", str(tmp_path), "--database-url", url, "--lang", "en", "firms"]
    assert main(argv) == 2
    assert 'pip install "wat-desktop[postgres]"' in capsys.readouterr().err

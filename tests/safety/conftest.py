"""Safety tests: a migrated SQLite database with a few firms."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.ui.conftest import dialogs, open_window  # noqa: F401 - shared UI fixtures
from wat_desktop.persistence.database import Database
from wat_desktop.persistence.migrator import migrate
from wat_desktop.services.firm_service import FirmService


@pytest.fixture
def fast_dir(tmp_path: Path) -> Iterator[Path]:
    """A folder on tmpfs when there is one: fsync costs nothing there, and a kill
    keeps the page cache, so kill and import tests test the same, only faster
    (power-cut durability comes from ``synchronous=FULL``, which they cannot test)."""
    if os.name == "posix" and os.access("/dev/shm", os.W_OK):
        folder = Path(tempfile.mkdtemp(prefix="wat-safety-", dir="/dev/shm"))
        yield folder
        shutil.rmtree(folder, ignore_errors=True)
    else:
        yield tmp_path


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database(f"sqlite:///{tmp_path / 'wat.sqlite3'}")
    migrate(database, None)
    yield database
    database.dispose()


def firm_names(db: Database) -> list[str]:
    return sorted(f.name for f in FirmService(db).list_firms(include_archived=True))


def add_firms(db: Database, *names: str) -> None:
    """Add firms in one transaction (fsync is slow on a busy disk)."""
    from wat_desktop.domain.firm import CompanyProfile, Firm
    from wat_desktop.persistence.firm_repository import FirmRepository

    with db.session() as session:
        repository = FirmRepository(session)
        for name in names:
            repository.add(Firm(profile=CompanyProfile(name=name)))

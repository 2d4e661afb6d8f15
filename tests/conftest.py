"""Session-wide test set-up: no real display, no real user data folder."""

import os
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before any Qt import: render offscreen unless a test run asks for a real X11 display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never touch the developer's real data folder, even by accident.
os.environ.setdefault("WAT_DESKTOP_DATA_DIR", tempfile.mkdtemp(prefix="wat-tests-"))
os.environ.setdefault("LANGUAGE", "it")


# --- database back ends ------------------------------------------------------------
# Storage tests take ``database_url`` and run once on SQLite and once on PostgreSQL.
# scripts/test.sh starts a throwaway PostgreSQL and exports WAT_TEST_POSTGRES_URL.


BACKENDS = ["sqlite", "postgresql"]


def _postgres_admin_url() -> str:
    url = os.environ.get("WAT_TEST_POSTGRES_URL")
    if url:
        return url
    # Never a skip: a storage test that did not run on PostgreSQL proves nothing there.
    pytest.fail(
        "WAT_TEST_POSTGRES_URL is not set: run the suite through scripts/test.sh, which "
        "starts PostgreSQL, or add -k sqlite to run the SQLite half only"
    )


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A new, empty PostgreSQL database for one test, dropped afterwards."""
    import sqlalchemy as sa

    admin_url = _postgres_admin_url()
    name = f"wat_test_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        yield admin_url.rsplit("/", 1)[0] + f"/{name}"
    finally:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'wat.sqlite3'}"
    return request.getfixturevalue("postgres_url")

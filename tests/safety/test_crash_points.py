"""Named crash points: a kill at each one ends in exactly the "before" or the
"after" state, once start-up recovery (what the app does when it opens) ran."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.safety.conftest import add_firms
from wat_desktop.app import open_app
from wat_desktop.infra.crash_points import CRASH_EXIT_CODE, ENV_CRASH_AT, ENV_CRASH_FILE
from wat_desktop.persistence.backup import STAMP_FORMAT, list_backups

ROOT = Path(__file__).resolve().parents[2]


def crash(point: str, operation: str, folder: Path, extra: str = "", file: str = "") -> None:
    env = {**os.environ, ENV_CRASH_AT: point, "PYTHONPATH": str(ROOT)}
    if file:
        env[ENV_CRASH_FILE] = file  # the atomic write of this file, not of the marker
    args = [sys.executable, "-m", "tests.safety.crash_scenario", operation, str(folder)]
    done = subprocess.run([*args, extra], env=env, cwd=ROOT, capture_output=True, timeout=120)
    assert done.returncode == CRASH_EXIT_CODE, (point, done.stderr.decode()[-2000:])


def _prepare_data(folder: Path) -> Path:
    """A data folder with two firms and four old backups (keep only 2 recent)."""
    app = open_app(folder)
    app.settings.backup_keep_recent = 2
    for tier in ("daily", "weekly", "monthly"):
        setattr(app.settings, f"backup_keep_{tier}", 0)
    app.save_settings()
    add_firms(app.db, "Alfa", "Beta")
    first = app.backups.create("manual").path
    start = datetime(2025, 3, 1, tzinfo=UTC)
    for day in range(3):
        stamp = (start + timedelta(days=day)).strftime(STAMP_FORMAT)
        shutil.copy(first, first.with_name(f"wat-backup-{stamp}-auto.sqlite3"))
    add_firms(app.db, "Gamma")
    app.close()
    return folder


def _state(folder: Path) -> tuple[list[str], list[str], list[str]]:
    """Firms, backup reasons, and every file in backups/ after start-up recovery."""
    app = open_app(folder)
    try:
        firms = sorted(f.name for f in app.firms.list_firms())
        backups = app.backups.list_backups()
    finally:
        app.close()
    files = sorted(p.name for p in (folder / "backups").iterdir())
    return firms, sorted(b.path.name for b in backups), files


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """The prepared folder, and the states before, after the backup, after rotation."""
    base = tmp_path_factory.mktemp("reference")
    prepared = _prepare_data(base / "prepared")
    states: dict[str, object] = {"prepared": prepared, "before": _state(prepared)}
    backed_up = base / "backed-up"
    shutil.copytree(prepared, backed_up)
    app = open_app(backed_up)
    from wat_desktop.persistence.backup import backup_database

    backup_database(app.db, app.backups.folder, "manual")
    app.close()
    states["backed_up"] = _state(backed_up)
    rotated = base / "rotated"
    shutil.copytree(prepared, rotated)
    app = open_app(rotated)
    app.backups.create("manual")
    app.close()
    states["rotated"] = _state(rotated)
    return states


def _shape(state: object) -> tuple[object, ...]:
    """A state with the new backup's time stamp left out (it differs per run)."""
    firms, backups, files = state  # type: ignore[misc]
    # The old ones are dated 1-3 March 2025; "2025" alone also matches a new
    # backup taken at 02:02:50 (…T020250…), so match the whole date prefix.
    old = {n for n in backups if n.startswith("wat-backup-202503")}
    return firms, sorted(old), len(backups), len(files)


BACKUP_POINTS = {
    "backup-copied": ("before", "backed_up"),
    "backup-renamed": ("before", "backed_up"),
    "rotation-verified": ("backed_up", "rotated"),
    "rotation-planned": ("backed_up", "rotated"),
    "rotation-deleting": ("backed_up", "rotated"),
}


@pytest.mark.parametrize("point", sorted(BACKUP_POINTS))
def test_backup_and_rotation_killed_at_each_point(
    tmp_path: Path, point: str, reference: dict[str, object]
) -> None:
    """A backup and its rotation are two steps, each all-or-nothing."""
    crashed = tmp_path / "crashed"
    shutil.copytree(reference["prepared"], crashed)  # type: ignore[arg-type]
    crash(point, "backup", crashed)
    allowed = [_shape(reference[name]) for name in BACKUP_POINTS[point]]
    assert _shape(_state(crashed)) in allowed


RESTORE_POINTS = ["restore-prepared", "restore-intent", "restore-moving-aside", "restore-replaced"]


@pytest.mark.parametrize("point", RESTORE_POINTS)
def test_restore_killed_at_each_point(
    tmp_path: Path, point: str, reference: dict[str, object]
) -> None:
    def backup_of(folder: Path) -> str:
        return str(list_backups(folder / "backups")[-1].path)  # the one with Alfa, Beta

    crashed_dir = tmp_path / "crashed"
    shutil.copytree(reference["prepared"], crashed_dir)  # type: ignore[arg-type]
    crash(point, "restore", crashed_dir, backup_of(crashed_dir))
    crashed = _state(crashed_dir)
    assert crashed[0] in (["Alfa", "Beta", "Gamma"], ["Alfa", "Beta"])
    leftovers = [p.name for p in crashed_dir.iterdir() if "restore" in p.name]
    assert all("before-restore" in name for name in leftovers), leftovers


def _legacy(folder: Path) -> Path:
    folder.mkdir(parents=True)
    connection = sqlite3.connect(folder / "legacy.sqlite3")
    connection.execute("CREATE TABLE legacy (x)")
    connection.execute("INSERT INTO legacy VALUES (1)")
    connection.commit()
    connection.close()
    return folder


def _schema(path: Path) -> tuple[list[str], list[tuple]]:
    connection = sqlite3.connect(path)
    tables = sorted(r[0] for r in connection.execute("SELECT name FROM sqlite_master"))
    version = (
        connection.execute("SELECT version_num FROM alembic_version").fetchall()
        if ("alembic_version" in tables)
        else []
    )
    connection.close()
    return tables, version


@pytest.mark.parametrize("point", ["migration-backed-up", "migration-in-transaction"])
def test_migration_killed_leaves_the_previous_revision_and_its_backup(
    tmp_path: Path, point: str
) -> None:
    from wat_desktop.persistence.backup_rotation import RetentionPolicy, rotate_backups
    from wat_desktop.persistence.database import Database
    from wat_desktop.persistence.migrator import migrate

    folder = _legacy(tmp_path / "data")
    before = _schema(folder / "legacy.sqlite3")
    crash(point, "migrate", folder)
    assert _schema(folder / "legacy.sqlite3") == before  # schema and data unchanged
    premigration = list_backups(folder / "backups")
    assert [b.reason for b in premigration] == ["pre-migration-none"]
    # The retry succeeds, and neither it nor a tight rotation removes that backup.
    db = Database(f"sqlite:///{folder / 'legacy.sqlite3'}")
    migrate(db, folder / "backups")
    from wat_desktop.persistence.backup import backup_database

    newest = backup_database(db, folder / "backups", "auto")
    rotate_backups(folder / "backups", newest, RetentionPolicy(1, 0, 0, 0))
    db.dispose()
    assert premigration[0].path.exists()
    assert "firms" in _schema(folder / "legacy.sqlite3")[0]


@pytest.mark.parametrize("point", ["atomic-write-temp-written", "atomic-write-replaced"])
def test_atomic_write_killed_at_each_point(tmp_path: Path, point: str) -> None:
    from wat_desktop.infra.atomic_file import remove_stale_temporaries

    target = tmp_path / "settings.json"
    target.write_bytes(b'{"old": true}')
    crash(point, "write", tmp_path, '{"new": true}')
    assert target.read_bytes() in (b'{"old": true}', b'{"new": true}')
    remove_stale_temporaries(target, older_than=0)  # what the next write does after a minute
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]


EXPORTS = {
    # export: (command line with OUT for the file, check that a complete file was written)
    "dossier PDF": (["dossier", "1", "--out", "OUT"], lambda b: b.startswith(b"%PDF")),
    "firm file": (["firm", "export", "1", "--out", "OUT"], lambda b: json.loads(b) is not None),
    "demand file": (["demand", "export", "1", "--out", "OUT"], lambda b: json.loads(b) is not None),
    "territory CSV": (["territory", "--csv", "OUT"], lambda b: b.startswith(b"\xef\xbb\xbf")),
    "territory PDF": (["territory", "--pdf", "OUT"], lambda b: b.startswith(b"%PDF")),
    "survey template": (["survey", "template", "--out", "OUT"], lambda b: b"d01_figli_0_2" in b),
    "questionnaire PDF": (
        ["survey", "questionnaire", "1", "--out", "OUT"],
        lambda b: b.startswith(b"%PDF"),
    ),
    "privacy archive": (["privacy", "export", "1", "--out", "OUT"], lambda b: b[:2] == b"PK"),
}


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from wat_desktop.__main__ import main as wat_desktop

    folder = tmp_path_factory.mktemp("exports") / "data"
    assert wat_desktop(["--data-dir", str(folder), "--lang", "it", "demo"]) == 0
    return folder


@pytest.mark.parametrize("point", ["atomic-write-temp-written", "atomic-write-replaced"])
@pytest.mark.parametrize("export", sorted(EXPORTS))
def test_every_export_killed_at_each_point_leaves_the_old_or_the_new_file(
    tmp_path: Path, demo_folder: Path, export: str, point: str
) -> None:
    from wat_desktop.infra.atomic_file import remove_stale_temporaries

    folder = tmp_path / "data"
    shutil.copytree(demo_folder, folder)
    argv, complete = EXPORTS[export]
    target = tmp_path / "out" / "export.bin"
    target.parent.mkdir()
    target.write_bytes(b"the old export")
    words = [str(target) if word == "OUT" else word for word in argv]
    crash(point, "export", folder, "\x1f".join(words), file=target.name)
    data = target.read_bytes()
    assert data == b"the old export" or complete(data), data[:80]
    if point == "atomic-write-replaced":
        assert complete(data)  # the rename happened: the whole new file is there
    remove_stale_temporaries(target, older_than=0)
    assert [p.name for p in target.parent.iterdir()] == ["export.bin"]

"""Retention: recent, daily, weekly, monthly; only the app's own backups go."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from wat_desktop.persistence.backup import STAMP_FORMAT, backup_database, list_backups
from wat_desktop.persistence.backup_rotation import (
    RetentionPolicy,
    plan_rotation,
    rotate_backups,
)
from wat_desktop.persistence.database import Database


def _fake_backup(folder: Path, when: datetime, reason: str = "auto") -> Path:
    path = folder / f"wat-backup-{when.strftime(STAMP_FORMAT)}-{reason}.sqlite3"
    path.write_bytes(b"x")
    return path


def test_plan_keeps_recent_then_one_per_day_week_and_month(tmp_path: Path) -> None:
    start = datetime(2026, 1, 1, 12, tzinfo=UTC)
    for hour in range(0, 24 * 120, 6):  # four backups a day for 120 days
        _fake_backup(tmp_path, start + timedelta(hours=hour))
    backups = list_backups(tmp_path)
    policy = RetentionPolicy(recent=3, daily=5, weekly=3, monthly=4)
    doomed = {b.path for b in plan_rotation(backups, policy)}
    kept = [b for b in backups if b.path not in doomed]
    assert backups[:3] == kept[:3]  # the three newest
    days = {b.taken_at.astimezone().date() for b in kept}
    months = {(b.taken_at.astimezone().year, b.taken_at.astimezone().month) for b in kept}
    assert len(days) >= 5
    assert len(months) == 4
    assert len(kept) <= 3 + 5 + 3 + 4


def test_only_the_apps_own_rotatable_backups_are_ever_deleted(tmp_path: Path) -> None:
    start = datetime(2025, 1, 1, tzinfo=UTC)
    for day in range(60):
        _fake_backup(tmp_path, start + timedelta(days=day))
    premigration = _fake_backup(tmp_path, start - timedelta(days=400), "pre-migration-0001")
    foreign = [
        tmp_path / "wat-backup-notadate-auto.sqlite3",
        tmp_path / "my-copy.sqlite3",
        tmp_path / "wat-backup-20200101T000000000000Z-auto.sqlite3.bak",
    ]
    for path in foreign:
        path.write_bytes(b"mine")
    doomed = plan_rotation(list_backups(tmp_path), RetentionPolicy(1, 1, 1, 1))
    assert doomed
    assert premigration not in {b.path for b in doomed}
    assert all(b.reason == "auto" for b in doomed)
    assert not {b.path for b in doomed} & set(foreign)


def test_rotation_runs_only_after_the_new_backup_passes_quick_check(
    tmp_path: Path, db: Database
) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    old = [_fake_backup(folder, datetime(2024, 1, d, tzinfo=UTC)) for d in (1, 2, 3)]
    bad_new = _fake_backup(folder, datetime(2026, 1, 1, tzinfo=UTC))
    bad_new.write_bytes(b"not a database")
    assert rotate_backups(folder, bad_new, RetentionPolicy(1, 0, 0, 0)) == []
    assert all(p.exists() for p in old)
    good_new = backup_database(db, folder, "auto")
    deleted = rotate_backups(folder, good_new, RetentionPolicy(1, 0, 0, 0))
    assert set(deleted) == {*old, bad_new}
    assert good_new.exists()
    assert not (folder / "rotation-intent.json").exists()


def test_bad_settings_values_fall_back_to_defaults() -> None:
    policy = RetentionPolicy.from_values(recent=0, daily="7", weekly=-1, monthly=True)
    assert policy == RetentionPolicy(recent=1, daily=7, weekly=4, monthly=6)

"""Which backups to keep: recent, daily, weekly and monthly, like Anki.

Only the app's own ``auto`` and ``manual`` backups are ever rotated out;
pre-migration and pre-restore copies, foreign files and anything whose name
does not parse are never touched. Older backups are deleted only after the
newest one passed ``quick_check``. The deletions are journalled in a small
intent file first, so a crash halfway is finished at the next rotation: the
folder ends in exactly the "before" or the "after" state.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from wat_desktop.infra.atomic_file import write_text_atomic
from wat_desktop.infra.crash_points import crash_point
from wat_desktop.persistence.backup import BackupInfo, list_backups, parse_backup_name, quick_check

INTENT_FILE = "rotation-intent.json"


@dataclass(frozen=True)
class RetentionPolicy:
    """How many backups to keep in each tier (a backup may count in several)."""

    recent: int = 10
    daily: int = 7
    weekly: int = 4
    monthly: int = 6

    @classmethod
    def from_values(cls, **values: object) -> RetentionPolicy:
        """Tolerant constructor for settings: bad or negative values fall back to defaults."""
        default = cls()
        clean: dict[str, int] = {}
        for name in ("recent", "daily", "weekly", "monthly"):
            value = values.get(name, getattr(default, name))
            ok = isinstance(value, int) and not isinstance(value, bool) and value >= 0
            clean[name] = value if ok else getattr(default, name)  # type: ignore[assignment]
        # Never rotate everything away: the newest backup is always kept.
        clean["recent"] = max(clean["recent"], 1)
        return cls(**clean)


def _period_keys(taken: datetime) -> dict[str, tuple[int, ...]]:
    local = taken.astimezone()  # days and weeks as the user lives them
    iso = local.isocalendar()
    return {
        "daily": (local.year, local.month, local.day),
        "weekly": (iso.year, iso.week),
        "monthly": (local.year, local.month),
    }


def plan_rotation(backups: list[BackupInfo], policy: RetentionPolicy) -> list[BackupInfo]:
    """The backups to delete: rotatable ones outside every tier (newest of each period kept)."""
    rotatable = sorted((b for b in backups if b.rotatable), key=lambda b: b.taken_at, reverse=True)
    keep = {b.path for b in rotatable[: policy.recent]}
    for tier in ("daily", "weekly", "monthly"):
        limit = getattr(policy, tier)
        seen: set[tuple[int, ...]] = set()
        for backup in rotatable:
            key = _period_keys(backup.taken_at)[tier]
            if key in seen:
                continue
            if len(seen) >= limit:
                break
            seen.add(key)
            keep.add(backup.path)
    return [b for b in rotatable if b.path not in keep]


def finish_pending_rotation(folder: Path) -> list[Path]:
    """Complete the deletions of a rotation a crash interrupted; return what was deleted."""
    intent = folder / INTENT_FILE
    try:
        names = json.loads(intent.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return []
    except (OSError, ValueError):
        names = []  # unreadable intent: delete nothing, just drop it
    deleted = []
    for name in names if isinstance(names, list) else []:
        path = folder / str(name)
        # Re-check the name: the intent file must never widen what may be deleted.
        info = parse_backup_name(path) if path.parent == folder else None
        if info is not None and info.rotatable:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
                deleted.append(path)
            crash_point("rotation-deleting")
    intent.unlink(missing_ok=True)
    return deleted


def rotate_backups(folder: Path, newest: Path, policy: RetentionPolicy) -> list[Path]:
    """Delete backups outside ``policy`` once ``newest`` is verified; return the deleted."""
    finish_pending_rotation(folder)
    if not quick_check(newest):
        return []  # the new copy is bad: keep every older one
    crash_point("rotation-verified")
    doomed = plan_rotation(list_backups(folder), policy)
    doomed = [b for b in doomed if b.path != newest]
    if not doomed:
        return []
    write_text_atomic(folder / INTENT_FILE, json.dumps([b.path.name for b in doomed]))
    crash_point("rotation-planned")
    return finish_pending_rotation(folder)

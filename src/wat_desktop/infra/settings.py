"""User settings kept as a small JSON file in the data folder."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from wat_desktop.infra.atomic_file import write_text_atomic

LANGUAGES = ("auto", "it", "en")


@dataclass
class Settings:
    language: str = "auto"  # "auto" follows the system locale
    database_url: str = ""  # empty: the SQLite file in the data folder
    last_firm_id: int | None = None
    anonymity_threshold: int = 5
    # Backups (Anki-like retention; see persistence/backup_rotation.py).
    backup_interval_minutes: int = 30  # automatic backup at most this often
    backup_keep_recent: int = 10
    backup_keep_daily: int = 7
    backup_keep_weekly: int = 4
    backup_keep_monthly: int = 6

    @classmethod
    def load(cls, path: Path) -> Settings:
        """Missing or unreadable settings fall back to defaults: never block start-up."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        if not isinstance(data, dict):
            return cls()
        known = {f.name: f for f in fields(cls)}
        settings = cls()
        for key, value in data.items():
            if key in known:
                setattr(settings, key, value)
        if settings.language not in LANGUAGES:
            settings.language = "auto"
        return settings

    def save(self, path: Path) -> None:
        write_text_atomic(path, json.dumps(asdict(self), indent=2, sort_keys=True))

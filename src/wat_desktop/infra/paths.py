"""Where the app keeps its data.

One data folder holds the database, its backups, settings and logs, so that
``--data-dir`` or ``WAT_DESKTOP_DATA_DIR`` moves everything at once (tests
never touch the real folder).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

ENV_DATA_DIR = "WAT_DESKTOP_DATA_DIR"
ENV_DATABASE_URL = "WAT_DESKTOP_DATABASE_URL"
DATABASE_FILE = "wat-desktop.sqlite3"


def default_data_dir() -> Path:
    """The environment override, else the platform's user data folder."""
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        return Path(override).expanduser()
    import platformdirs

    return platformdirs.user_data_path("wat-desktop", appauthor=False, roaming=True)


@dataclass(frozen=True)
class DataPaths:
    root: Path

    @property
    def database(self) -> Path:
        return self.root / DATABASE_FILE

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def settings(self) -> Path:
        return self.root / "settings.json"

    @property
    def lock(self) -> Path:
        return self.root / "wat-desktop.lock"

    def ensure(self) -> DataPaths:
        for folder in (self.root, self.backups, self.logs):
            folder.mkdir(parents=True, exist_ok=True)
        return self

    def sqlite_url(self) -> str:
        return f"sqlite:///{self.database}"

"""One data-changing operation, run in a child process that a crash point kills.

``python -m tests.safety.crash_scenario OPERATION DATA_DIR [FILE]`` (for ``export``,
the command line with its words joined by ``\x1f``) with
``WAT_CRASH_AT=<point>`` in the environment (see ``infra/crash_points.py``).
"""

from __future__ import annotations

import sys
from pathlib import Path


def main(operation: str, folder: Path, extra: str = "") -> int:
    if operation == "backup":
        from wat_desktop.app import open_app

        app = open_app(folder)
        app.backups.create("manual")
        app.close()
    elif operation == "restore":
        from wat_desktop.app import open_app

        app = open_app(folder)
        app.firms.list_firms()  # the database is open, as in the GUI
        app.backups.restore(Path(extra))
        app.close()
    elif operation == "migrate":
        from wat_desktop.persistence.database import Database
        from wat_desktop.persistence.migrator import migrate

        db = Database(f"sqlite:///{folder / 'legacy.sqlite3'}")
        migrate(db, folder / "backups")
        db.dispose()
    elif operation == "export":  # a command line, e.g. "dossier 1 --out FILE"
        from wat_desktop.__main__ import main as wat_desktop

        wat_desktop(["--data-dir", str(folder), "--lang", "it", *extra.split("\x1f")])
    elif operation == "write":
        from wat_desktop.infra.atomic_file import write_bytes_atomic

        write_bytes_atomic(folder / "settings.json", extra.encode())
    else:
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], Path(sys.argv[2]), *sys.argv[3:]))

"""``wat-desktop --smoke`` from the installed package (the frozen build runs the same)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path


def test_smoke_start_migrates_a_new_folder_and_writes_the_dossier(tmp_path: Path):
    data = tmp_path / "data"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "wat_desktop", "--smoke", "--data-dir", str(data)],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["ok"] is True and report["problems"] == []
    dossier = Path(report["dossier"])
    assert dossier == data / "smoke-dossier.pdf"
    assert dossier.read_bytes().startswith(b"%PDF")
    assert (data / "wat-desktop.sqlite3").is_file()  # migrations ran in the given folder

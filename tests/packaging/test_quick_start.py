"""The README's first quick-start command, ``bash scripts/run.sh``, on a copy of the
source tree with no ``.venv``: it must make its own environment and open the window.

(The second command, ``scripts/test.sh``, is what CI runs, so it is tested by every run.)
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("quick_start")]

# What a fresh clone does not have: built environments, caches, build output.
NOT_IN_A_CLONE = shutil.ignore_patterns(
    ".venv",
    ".git",
    "dist",
    "build",
    "__pycache__",
    "*.egg-info",
    ".hypothesis",
    ".pytest_cache",
    ".ruff_cache",
)


def _path_without_this_venv() -> str:
    venv_bin = str(Path(sys.executable).parent)
    return os.pathsep.join(p for p in os.environ.get("PATH", "").split(os.pathsep) if p != venv_bin)


def test_run_script_sets_up_its_environment_and_opens_the_window(tmp_path: Path) -> None:
    source = tmp_path / "wat-desktop"
    shutil.copytree(ROOT, source, ignore=NOT_IN_A_CLONE, symlinks=True)
    assert not (source / ".venv").exists()
    data = tmp_path / "data"
    env = {
        **os.environ,
        "PATH": _path_without_this_venv(),
        "QT_QPA_PLATFORM": "offscreen",
        "WAT_DESKTOP_DATA_DIR": str(data),
    }
    env.pop("VIRTUAL_ENV", None)
    # --measure-start opens the window as usual and quits once the firm list is shown.
    result = subprocess.run(
        ["bash", "scripts/run.sh", "--measure-start"],
        cwd=source,
        env=env,
        capture_output=True,
        text=True,
        timeout=1200,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert 0 < report["first_paint_s"] <= report["usable_s"]
    assert report["database_before_paint"] is False
    assert (source / ".venv" / "bin" / "wat-desktop").is_file()
    assert (data / "wat-desktop.sqlite3").is_file()  # the database it made at start

"""Every hostile file, through every importer's command, is refused within 2 s and
200 MB with a message that names the line or the field, and changes nothing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.safety.hostile_runner import HOSTILE, MEGABYTES_LIMIT, SECONDS_LIMIT
from wat_desktop.__main__ import main

ROOT = Path(__file__).resolve().parents[2]


def test_every_hostile_file_is_refused_quickly_clearly_and_changes_nothing(
    fast_dir: Path,
) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "tests.safety.hostile_runner", "--dir", str(fast_dir)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    print("hostile corpus:", json.dumps(result))  # the README's figures (pytest -s)
    assert result["failures"] == [], "\n".join(result["failures"])
    assert result["hostile_files"] >= 40
    assert result["imports"] >= result["hostile_files"]
    assert result["slowest_seconds"] < SECONDS_LIMIT
    assert result["peak_python_mb"] < MEGABYTES_LIMIT
    assert result["rss_growth_mb"] < MEGABYTES_LIMIT  # any file's share of the process


def test_the_corpus_covers_all_four_importers_and_every_attack() -> None:
    folders = {p.name for p in HOSTILE.iterdir() if p.is_dir()}
    assert {"survey", "firm", "catalogue", "demand", "any"} <= folders
    names = " ".join(p.name for p in HOSTILE.rglob("*"))
    for attack in ("deep", "nan", "duplicate", "huge", "unknown", "utf16", "cp1252", "empty"):
        assert attack in names.lower(), attack


@pytest.mark.parametrize(
    ("argv", "file", "italian"),
    [
        (["survey", "import", "1"], "survey/bad-yes-no.csv", "Riga 3"),
        (["firm", "import"], "firm/nan.json", "non è stato importato"),
        (["catalogue", "import"], "catalogue/nan.json", "non è stato importato"),
        (["demand", "import"], "demand/nan.json", "rifiutato"),
    ],
)
def test_the_refusal_is_in_italian(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], file: str, italian: str
) -> None:
    data = ["--data-dir", str(tmp_path / "data"), "--lang", "it"]
    assert main([*data, "demo"]) == 0
    capsys.readouterr()
    assert main([*data, *argv, str(HOSTILE / file)]) != 0
    output = capsys.readouterr()
    assert italian in output.out + output.err
    assert "Traceback" not in output.err

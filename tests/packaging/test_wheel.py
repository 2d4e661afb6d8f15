"""The package works as a plain (non-editable) wheel: data, migrations and translations
included. Runs the installed copy from a folder outside the source tree."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(out),
            str(ROOT),
        ],
        check=True,
    )
    return next(out.glob("wat_desktop-*.whl"))


def test_wheel_carries_runtime_files(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in (
        "wat_desktop/persistence/migrations/env.py",
        "wat_desktop/persistence/migrations/script.py.mako",
        "wat_desktop/persistence/migrations/versions/0001_initial.py",
        "wat_desktop/resources/i18n/wat_it.qm",
        "wat_desktop/resources/catalogues/pinerolese.json",
    ):
        assert required in names, required
    assert not any(name.startswith("tests/") for name in names)


def test_installed_wheel_runs_demo_and_dossier(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "-q",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
    )
    env = {**os.environ, "PYTHONPATH": str(target)}
    data = tmp_path / "data"

    def cli(*args: str) -> str:
        result = subprocess.run(
            [sys.executable, "-m", "wat_desktop", "--data-dir", str(data), "--lang", "it", *args],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        return result.stdout

    where = subprocess.run(
        [sys.executable, "-c", "import wat_desktop; print(wat_desktop.__file__)"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert where.startswith(str(target)), where  # the wheel's copy, not the source tree
    assert "Rete e azienda dimostrative pronte" in cli("demo")
    firms = json.loads(cli("firms", "--json"))
    pdf = tmp_path / "dossier.pdf"
    cli("dossier", str(firms[0]["id"]), "--out", str(pdf))
    assert pdf.read_bytes().startswith(b"%PDF")

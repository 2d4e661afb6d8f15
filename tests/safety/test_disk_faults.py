"""Disk full, read-only folder, file too large: the old file stays byte-identical,
no temporary file is left, and the user gets one clear Italian message."""

from __future__ import annotations

import errno
import os
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.safety.conftest import add_firms
from wat_desktop.infra import atomic_file
from wat_desktop.infra.atomic_file import FileWriteError, WriteProblem, write_bytes_atomic
from wat_desktop.persistence import backup as backup_module
from wat_desktop.persistence.backup import backup_database
from wat_desktop.persistence.database import Database
from wat_desktop.safety_text import write_problem_message
from wat_desktop.translations import QtTranslate

ITALIAN = {
    WriteProblem.DISK_FULL: "disco è pieno",
    WriteProblem.NOT_WRITABLE: "non è scrivibile",
    WriteProblem.TOO_LARGE: "troppo grande",
}
FAULTS = [
    ("fsync", errno.ENOSPC, WriteProblem.DISK_FULL),
    ("replace", errno.EROFS, WriteProblem.NOT_WRITABLE),
    ("fdopen", errno.EFBIG, WriteProblem.TOO_LARGE),
]


def _inject(monkeypatch: pytest.MonkeyPatch, where: str, code: int) -> None:
    def fail(*_args: object, **_kwargs: object) -> None:
        raise OSError(code, os.strerror(code))

    if where == "fdopen":
        real = os.fdopen

        class Failing:
            def __init__(self, handle) -> None:  # type: ignore[no-untyped-def]
                self.handle = handle

            def __enter__(self):  # type: ignore[no-untyped-def]
                return self

            def __exit__(self, *exc: object) -> None:
                self.handle.close()

            def write(self, _data: bytes) -> int:
                raise OSError(code, os.strerror(code))

        monkeypatch.setattr(os, "fdopen", lambda fd, *a, **k: Failing(real(fd, *a, **k)))
    else:
        monkeypatch.setattr(os, where, fail)


@pytest.mark.parametrize(("where", "code", "problem"), FAULTS)
def test_atomic_write_fault_injection(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str, code: int, problem: WriteProblem
) -> None:
    target = tmp_path / "dossier.pdf"
    target.write_bytes(b"%PDF old")
    _inject(monkeypatch, where, code)
    with pytest.raises(FileWriteError) as caught:
        write_bytes_atomic(target, b"%PDF new and longer")
    monkeypatch.undo()
    assert caught.value.problem is problem
    assert target.read_bytes() == b"%PDF old"
    assert [p.name for p in tmp_path.iterdir()] == ["dossier.pdf"]
    assert ITALIAN[problem] in write_problem_message(caught.value, QtTranslate("it"))


@pytest.mark.parametrize(("where", "code", "problem"), FAULTS[:2])
def test_backup_fault_injection(
    tmp_path: Path,
    db: Database,
    monkeypatch: pytest.MonkeyPatch,
    where: str,
    code: int,
    problem: WriteProblem,
) -> None:
    add_firms(db, "Alfa")
    folder = tmp_path / "backups"
    old = backup_database(db, folder, "manual")
    old_bytes = old.read_bytes()
    _inject(monkeypatch, where, code)
    with pytest.raises(FileWriteError) as caught:
        backup_database(db, folder, "manual")
    monkeypatch.undo()
    assert caught.value.problem is problem
    assert [p.name for p in folder.iterdir()] == [old.name]
    assert old.read_bytes() == old_bytes
    assert backup_module.list_backups(folder)[0].path == old
    assert atomic_file.classify(OSError(code, "x")) is problem


@pytest.fixture
def tmpfs(tmp_path: Path) -> Iterator[Path]:
    """A 256 KiB tmpfs (mounting needs root, as CI and scripts/test.sh under sudo run)."""
    mount_point = tmp_path / f"tmpfs-{uuid.uuid4().hex[:6]}"
    mount_point.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(mount_point)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.fail(
            f"cannot mount a tmpfs here ({done.stderr.decode().strip()}): "
            "the real full and read-only disk needs root"
        )
    yield mount_point
    subprocess.run(["umount", "-l", str(mount_point)], check=False)


def test_real_full_and_read_only_disk(tmp_path: Path, db: Database, tmpfs: Path) -> None:
    target = tmpfs / "settings.json"
    target.write_bytes(b'{"old": 1}')
    with pytest.raises(FileWriteError) as caught:
        write_bytes_atomic(target, b"x" * 400_000)  # bigger than the whole disk
    assert caught.value.problem is WriteProblem.DISK_FULL
    assert target.read_bytes() == b'{"old": 1}'
    assert [p.name for p in tmpfs.iterdir()] == ["settings.json"]

    add_firms(db, *(f"Firm {i}" for i in range(400)))  # a database larger than the tmpfs
    with pytest.raises(FileWriteError) as caught:
        backup_database(db, tmpfs, "manual")
    assert caught.value.problem is WriteProblem.DISK_FULL
    assert [p.name for p in tmpfs.iterdir()] == ["settings.json"]

    subprocess.run(["mount", "-o", "remount,ro", str(tmpfs)], check=True)
    with pytest.raises(FileWriteError) as caught:
        write_bytes_atomic(target, b'{"new": 2}')
    assert caught.value.problem is WriteProblem.NOT_WRITABLE
    with pytest.raises(FileWriteError) as caught:
        backup_database(db, tmpfs, "manual")
    assert caught.value.problem is WriteProblem.NOT_WRITABLE
    assert target.read_bytes() == b'{"old": 1}'
    assert [p.name for p in tmpfs.iterdir()] == ["settings.json"]


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="tells files apart by /proc")
@pytest.mark.parametrize(
    "argv",
    [
        ["firm", "export", "1", "--out", "OUT"],
        ["demand", "export", "1", "--out", "OUT"],
        ["territory", "--csv", "OUT"],
        ["survey", "template", "--out", "OUT"],
        ["privacy", "export", "1", "--out", "OUT"],
    ],
)
def test_an_export_on_a_full_disk_says_so_in_italian_and_keeps_the_old_file(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
) -> None:
    from wat_desktop.__main__ import main

    data = ["--data-dir", str(tmp_path / "data"), "--lang", "it"]
    assert main([*data, "demo"]) == 0
    target = tmp_path / "export.out"
    target.write_bytes(b"old export")
    capsys.readouterr()
    real_fsync = os.fsync

    def full(fd: int) -> None:  # only the export's temporary file fails, not the database
        if ".export.out." in os.readlink(f"/proc/self/fd/{fd}"):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", full)
    code = main([*data, *[str(target) if a == "OUT" else a for a in argv]])
    monkeypatch.undo()
    error = capsys.readouterr().err
    assert code == 1
    assert ITALIAN[WriteProblem.DISK_FULL] in error and "Errno" not in error
    assert target.read_bytes() == b"old export"
    assert [p.name for p in tmp_path.iterdir() if p.is_file()] == ["export.out"]


def test_the_app_still_opens_when_the_folder_cannot_take_the_marker(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full disk must not lock the user out of reading and exporting the data."""
    from wat_desktop.app import open_app
    from wat_desktop.infra import unclean_marker

    def full(*_args: object, **_kwargs: object) -> None:
        raise FileWriteError(tmp_path, WriteProblem.DISK_FULL, "no space")

    open_app(tmp_path / "data").close()
    monkeypatch.setattr(unclean_marker, "write_text_atomic", full)
    app = open_app(tmp_path / "data")
    assert app.firms.list_firms() == []
    app.close()

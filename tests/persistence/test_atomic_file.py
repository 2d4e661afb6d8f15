import errno
import os
from pathlib import Path

import pytest

from wat_desktop.infra.atomic_file import FileWriteError, WriteProblem, write_bytes_atomic


def test_replaces_the_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")
    write_bytes_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]


def test_a_failed_write_keeps_the_old_file_byte_identical(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old contents")

    def full_disk(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(FileWriteError) as caught:
        write_bytes_atomic(target, b"new contents that do not fit")
    assert caught.value.problem is WriteProblem.DISK_FULL
    assert target.read_bytes() == b"old contents"
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]

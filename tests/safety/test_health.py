"""Full checks find damage; network shares are refused; the SQLite version is judged."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from tests.safety.conftest import add_firms
from wat_desktop.persistence.database import Database
from wat_desktop.persistence.health import (
    NetworkShareError,
    check_file,
    log_sqlite_version,
    network_fstype,
    refuse_network_share,
    sqlite_is_old,
)

MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
server:/export /mnt/office nfs4 rw,vers=4.2 0 0
//nas/share /mnt/nas cifs rw,vers=3.0 0 0
/dev/sdb1 /mnt/office/local ext4 rw 0 0
tmpfs /mnt/my\\040disk tmpfs rw 0 0
"""


def test_check_finds_a_healthy_and_a_damaged_database(tmp_path: Path, db: Database) -> None:
    add_firms(db, *(f"Firm {i}" for i in range(300)))
    db.dispose()
    path = tmp_path / "wat.sqlite3"
    assert check_file(path).ok
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(2 * page, len(data) - page, page):  # scribble over b-tree pages
        data[offset + 8 : offset + 40] = b"\xff" * 32
    path.write_bytes(bytes(data))
    report = check_file(path)
    assert not report.ok
    assert report.integrity or report.error


def test_network_shares_are_recognised_from_the_mounts_file(tmp_path: Path) -> None:
    mounts = tmp_path / "mounts"
    mounts.write_text(MOUNTS)
    assert network_fstype(Path("/mnt/office/wat/db.sqlite3"), mounts) == "nfs4"
    assert network_fstype(Path("/mnt/nas/db.sqlite3"), mounts) == "cifs"
    assert network_fstype(Path("/mnt/office/local/db.sqlite3"), mounts) is None
    assert network_fstype(Path("/mnt/my disk/db.sqlite3"), mounts) is None
    assert network_fstype(Path("/home/anna/db.sqlite3"), mounts) is None
    assert network_fstype(Path("//server/share/db.sqlite3"), mounts) == "unc"
    with pytest.raises(NetworkShareError) as caught:
        refuse_network_share(Path("/mnt/nas/wat/db.sqlite3"), mounts)
    assert caught.value.fstype == "cifs"


def test_sqlite_version_is_logged_with_a_warning_when_old(
    caplog: pytest.LogCaptureFixture,
) -> None:
    assert sqlite_is_old("3.40.1")
    assert not sqlite_is_old("3.51.3")
    assert not sqlite_is_old("3.52.0")
    with caplog.at_level(logging.INFO, logger="wat_desktop.persistence.health"):
        log_sqlite_version("3.51.2")
        log_sqlite_version("3.51.3")
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "3.51.2" in warnings[0].getMessage()

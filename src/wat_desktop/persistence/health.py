"""Database health: full checks, the SQLite version, and refusing network shares.

``integrity_check`` reads every page (about 0.5 s for 22 MB), so it runs on
demand ("Check database", ``wat-desktop check``) and at start-up only after
an unclean shutdown; ``quick_check`` guards every backup.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # sqlite3 itself is imported where used: not before the first paint
    import sqlite3

log = logging.getLogger(__name__)

# SQLite up to 3.51.2 has a WAL corruption bug with two connections; the app
# uses one, but an older library is worth a line in the log.
FIXED_SQLITE = (3, 51, 3)
NETWORK_FSTYPES = frozenset(
    {"nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncpfs", "afs", "9p",
     "fuse.sshfs", "sshfs", "davfs", "fuse.davfs2", "glusterfs", "fuse.glusterfs", "ceph",
     "fuse.rclone", "fuse.s3fs", "lustre", "gpfs", "beegfs", "ocfs2", "gfs2"}
)  # fmt: skip


class NetworkShareError(RuntimeError):
    """The SQLite file would live on a network share, where WAL is unsafe."""

    def __init__(self, path: Path, fstype: str) -> None:
        super().__init__(f"{path} is on a network file system ({fstype})")
        self.path = path
        self.fstype = fstype


@dataclass(frozen=True)
class HealthReport:
    integrity: list[str] = field(default_factory=list)  # problems; empty when fine
    foreign_keys: list[tuple[object, ...]] = field(default_factory=list)
    error: str = ""  # the database could not even be read

    @property
    def ok(self) -> bool:
        return not (self.integrity or self.foreign_keys or self.error)


def check_connection(connection: sqlite3.Connection) -> HealthReport:
    """Full ``integrity_check`` and ``foreign_key_check`` on an open connection."""
    from wat_desktop.persistence.encryption import database_errors

    try:
        rows = [r[0] for r in connection.execute("PRAGMA integrity_check")]
        broken = [tuple(r) for r in connection.execute("PRAGMA foreign_key_check")]
    except database_errors() as error:
        return HealthReport(error=str(error))
    integrity = [] if rows == ["ok"] else rows
    return HealthReport(integrity=integrity, foreign_keys=broken)


def check_file(path: Path) -> HealthReport:
    """Check a database file that no connection of this process holds open."""
    if not path.exists():
        return HealthReport(error=f"{path.name} does not exist")
    from wat_desktop.persistence.encryption import (
        WrongPassphraseError,
        database_errors,
        open_file,
    )

    try:
        connection = open_file(path, readonly=True)
    except (*database_errors(), WrongPassphraseError) as error:
        return HealthReport(error=str(error))
    try:
        return check_connection(connection)
    finally:
        connection.close()


def version_tuple(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split(".")[:3] if part.isdigit())


def sqlite_is_old(version: str | None = None) -> bool:
    """Is ``version`` (default: the SQLite library's) older than 3.51.3?"""
    return version_tuple(version or _library_version()) < FIXED_SQLITE


def log_sqlite_version(version: str | None = None) -> None:
    """Log the SQLite library version; warn below 3.51.3."""
    version = version or _library_version()
    log.info("SQLite %s", version)
    if sqlite_is_old(version):
        log.warning(
            "SQLite %s is older than 3.51.3 (WAL bug with two connections); "
            "safe here because the app keeps one connection",
            version,
        )


def _library_version() -> str:
    import sqlite3

    return sqlite3.sqlite_version


def _mounts(mounts_file: Path) -> list[tuple[str, str]]:
    try:
        lines = mounts_file.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []
    mounts = []
    for line in lines:
        parts = line.split()
        if len(parts) >= 3:
            # /proc/mounts escapes spaces as \040.
            mounts.append((parts[1].replace("\\040", " "), parts[2].lower()))
    return mounts


def network_fstype(path: Path, mounts_file: Path = Path("/proc/mounts")) -> str | None:
    """The network file system ``path`` lives on, or None for a local disk."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return "unc"
    if os.name == "nt":
        return _windows_remote_drive(path)
    resolved = str(path.expanduser().resolve())
    best, best_type = "", ""
    for mount_point, fstype in _mounts(mounts_file):
        inside = resolved == mount_point or resolved.startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) >= len(best):
            best, best_type = mount_point, fstype
    return best_type if best_type in NETWORK_FSTYPES else None


def _windows_remote_drive(path: Path) -> str | None:  # pragma: no cover - Windows only
    import ctypes

    drive = os.path.splitdrive(str(path.resolve()))[0]
    if drive.startswith("\\\\"):
        return "unc"
    drive_remote = 4
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    return "remote drive" if kernel32.GetDriveTypeW(drive + "\\") == drive_remote else None


def refuse_network_share(path: Path, mounts_file: Path = Path("/proc/mounts")) -> None:
    """Raise ``NetworkShareError`` if the SQLite file ``path`` is on a network share."""
    fstype = network_fstype(path, mounts_file)
    if fstype is not None:
        raise NetworkShareError(path, fstype)

"""Build a .deb from the PyInstaller bundle with ``dpkg-deb`` (no debhelper needed).

The bundle goes to /opt/wat-desktop with a /usr/bin/wat-desktop symlink; the
.desktop file, AppStream metainfo and hicolor icons go where desktops look for
them. Only Qt's system-level needs are dependencies: Python is inside the bundle.
"""

from __future__ import annotations

import gzip
import os
import re
import shutil
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import app_meta  # noqa: E402

ICONS = app_meta.ROOT / "src" / "wat_desktop" / "resources" / "icons"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
INSTALL_DIR = f"opt/{app_meta.EXE_NAME}"
# The libraries PyInstaller deliberately leaves to the system (glibc, OpenGL/EGL,
# libxcb, Wayland's client libraries), by soname, with the Debian package of each;
# tests/installers checks that the bundle needs nothing else from outside.
SYSTEM_LIBRARIES = {
    "libc.so.6": "libc6",
    "libm.so.6": "libc6",
    "libdl.so.2": "libc6",
    "libpthread.so.0": "libc6",
    "librt.so.1": "libc6",
    "libutil.so.1": "libc6",
    "ld-linux-x86-64.so.2": "libc6",
    "ld-linux-aarch64.so.1": "libc6",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libxcb.so.1": "libxcb1",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
}
# What Qt's xcb platform loads on a bare Debian 12 (PLATFORM-NOTES); fontconfig also
# brings the system's font configuration and fonts.
DEPENDS = ", ".join(
    sorted(
        {package for package in SYSTEM_LIBRARIES.values() if package != "libc6"}
        | {
            "libfontconfig1",
            "libfreetype6",
            "libglib2.0-0",
            "libdbus-1-3",
            "libxkbcommon0",
            "libxkbcommon-x11-0",
            "libxcb-cursor0",
            "libxcb-icccm4",
            "libxcb-keysyms1",
            "libxcb-shape0",
        }
    )
)
LINTIAN_OVERRIDES = HERE / "lintian-overrides"
MAN_PAGE = HERE / f"{app_meta.EXE_NAME}.1"

CONTROL = """Package: {package}
Version: {version}
Architecture: {arch}
Maintainer: {maintainer}
Installed-Size: {size_kib}
Depends: {depends}
Section: misc
Priority: optional
Homepage: {homepage}
Description: {summary}
 WAT Desktop (Welfare Aziendale Territoriale) takes a small Italian firm step by
 step through a self-assessment of its employees' welfare needs, proposes the
 territorial network's services and pooled offers, and exports the membership
 dossier as a PDF. Italian and English; works offline with a local database.
"""

COPYRIGHT = """Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: {name}
Source: {homepage}
Comment: The program folder /opt/{package} is a frozen build: it also carries
 Python (PSF-2.0), SQLAlchemy, Alembic, pydantic (MIT), ReportLab, Babel (BSD),
 PDFium (BSD-3-Clause/Apache-2.0), python-stdnum (LGPL-2.1+), the Bitstream
 Vera fonts and system libraries, each under its own licence: their texts are
 in /opt/{package}/_internal/*.dist-info and Help > About lists them.

Files: *
Copyright: {copyright}
License: MIT

Files: opt/{package}/_internal/PySide6/* opt/{package}/_internal/shiboken6/*
Copyright: The Qt Company Ltd. and other contributors
License: LGPL-3
 Qt and PySide6 are shipped unmodified as shared libraries, which may be
 replaced. On Debian systems the full text of the GNU Lesser General Public
 License version 3 is in /usr/share/common-licenses/LGPL-3, and a copy is in
 /opt/{package}/_internal/licences/LGPL-3.0.txt.

License: MIT
{mit_text}
"""


def deb_architecture() -> str:
    return subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()


def glibc_needed(bundle: Path) -> str:
    """The newest GLIBC_x.y symbol version any bundled ELF file asks for: the oldest
    libc6 the bundle runs with (it is the build machine's, so build on an old distro)."""
    newest = (2, 17)
    for path in bundle.rglob("*"):
        if path.is_symlink() or not path.is_file():
            continue
        with path.open("rb") as handle:
            if handle.read(4) != b"\x7fELF":
                continue
        listing = subprocess.run(
            ["readelf", "--version-info", "--wide", str(path)],
            capture_output=True,
            text=True,
            check=False,
            env={**os.environ, "LC_ALL": "C"},
        ).stdout
        for found in re.findall(r"GLIBC_(\d+)\.(\d+)", listing):
            newest = max(newest, (int(found[0]), int(found[1])))
    return f"{newest[0]}.{newest[1]}"


def copyright_line() -> str:
    """The LICENSE file's copyright holder line, e.g. "2026 WAT Desktop developers"."""
    text = (app_meta.ROOT / "LICENSE").read_text(encoding="utf-8")
    match = re.search(r"^Copyright \(c\) (.+)$", text, re.MULTILINE)
    return match.group(1).strip() if match else app_meta.PUBLISHER


def mit_licence_paragraph() -> str:
    """The LICENSE text after its copyright line, as a DEP-5 paragraph body."""
    text = (app_meta.ROOT / "LICENSE").read_text(encoding="utf-8")
    body = text.split("\n", 3)[3] if text.startswith("MIT License\n") else text
    return "\n".join(f" {line}" if line.strip() else " ." for line in body.strip().splitlines())


def changelog_text(maintainer: str) -> str:
    """A Debian changelog entry for this version, from the AppStream release notes."""
    root = ET.parse(HERE / f"{app_meta.APP_ID}.metainfo.xml").getroot()
    for release in root.iterfind("releases/release"):
        if release.get("version") == app_meta.VERSION:
            break
    else:
        raise SystemExit(f"metainfo.xml has no <release version={app_meta.VERSION!r}>")
    when = datetime.strptime(release.get("date", ""), "%Y-%m-%d").replace(tzinfo=UTC)
    notes = " ".join(" ".join(release.itertext()).split()) or f"Release {app_meta.VERSION}."
    entry = textwrap.fill(notes, width=79, initial_indent="  * ", subsequent_indent="    ")
    return (
        f"{app_meta.EXE_NAME} ({app_meta.VERSION}) stable; urgency=medium\n\n"
        f"{entry}\n\n -- {maintainer}  {format_datetime(when)}\n"
    )


def _write_gzip(path: Path, text: str) -> None:
    """gzip -9n: no name or timestamp inside, so the .deb is reproducible."""
    path.write_bytes(gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0))


def _normalise_modes(root: Path, executables: set[Path]) -> None:
    """0755 folders and the program, 0644 everything else, shared libraries included
    (Debian policy; the build leaves some files 0600 and libraries 0755)."""
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        path.chmod(0o755 if path.is_dir() or path in executables else 0o644)


def stage(bundle: Path, staging: Path, arch: str) -> Path:
    """Lay out the package's file tree under ``staging``."""
    if not (bundle / app_meta.EXE_NAME).is_file():
        raise SystemExit(f"no bundle at {bundle}: run 'installers/build.py bundle' first")
    if staging.exists():
        shutil.rmtree(staging)
    shutil.copytree(bundle, staging / INSTALL_DIR, symlinks=True)
    usr_bin = staging / "usr" / "bin"
    usr_bin.mkdir(parents=True)
    (usr_bin / app_meta.EXE_NAME).symlink_to(f"/{INSTALL_DIR}/{app_meta.EXE_NAME}")
    share = staging / "usr" / "share"
    for source, folder in (
        (HERE / f"{app_meta.APP_ID}.desktop", "applications"),
        (HERE / f"{app_meta.APP_ID}.metainfo.xml", "metainfo"),
    ):
        (share / folder).mkdir(parents=True)
        shutil.copy2(source, share / folder / source.name)
    hicolor = share / "icons" / "hicolor"
    for size in ICON_SIZES:
        target = hicolor / f"{size}x{size}" / "apps" / f"{app_meta.APP_ID}.png"
        target.parent.mkdir(parents=True)
        shutil.copy2(ICONS / f"wat-desktop-{size}.png", target)
    (hicolor / "scalable" / "apps").mkdir(parents=True)
    shutil.copy2(
        ICONS / "wat-desktop.svg", hicolor / "scalable" / "apps" / f"{app_meta.APP_ID}.svg"
    )
    maintainer = f"{app_meta.PUBLISHER} <wat-desktop@example.org>"
    doc = share / "doc" / app_meta.EXE_NAME
    doc.mkdir(parents=True)
    values = {
        "package": app_meta.EXE_NAME,
        "name": app_meta.APP_NAME,
        "homepage": app_meta.HOMEPAGE,
        "copyright": copyright_line(),
        "mit_text": mit_licence_paragraph(),
    }
    (doc / "copyright").write_text(COPYRIGHT.format(**values), encoding="utf-8")
    _write_gzip(doc / "changelog.gz", changelog_text(maintainer))
    man = share / "man" / "man1"
    man.mkdir(parents=True)
    _write_gzip(man / f"{MAN_PAGE.name}.gz", MAN_PAGE.read_text(encoding="utf-8"))
    overrides = share / "lintian" / "overrides"
    overrides.mkdir(parents=True)
    shutil.copy2(LINTIAN_OVERRIDES, overrides / app_meta.EXE_NAME)
    size_kib = sum(p.lstat().st_size for p in staging.rglob("*") if p.is_file()) // 1024
    debian = staging / "DEBIAN"
    debian.mkdir()
    (debian / "control").write_text(
        CONTROL.format(
            **values,
            version=app_meta.VERSION,
            arch=arch,
            maintainer=maintainer,
            size_kib=size_kib,
            depends=f"libc6 (>= {glibc_needed(bundle)}), {DEPENDS}",
            summary=app_meta.SUMMARY_EN,
        ),
        encoding="utf-8",
    )
    _normalise_modes(staging, {staging / INSTALL_DIR / app_meta.EXE_NAME})
    return staging


def make_deb(bundle: Path, out_dir: Path) -> Path:
    """Build ``<out_dir>/wat-desktop_<version>_<arch>.deb`` from the bundle folder."""
    arch = deb_architecture()
    staging = stage(bundle, out_dir / "deb-root", arch)
    out = out_dir / f"{app_meta.EXE_NAME}_{app_meta.VERSION}_{arch}.deb"
    # gzip: fast on two cores, and every dpkg can read it.
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zgzip", "--build", str(staging), str(out)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    shutil.rmtree(staging)
    return out


if __name__ == "__main__":
    built = make_deb(Path(sys.argv[1]), Path(sys.argv[2]))
    print(built)

"""The frozen Linux bundle: built with PyInstaller, smoke-started with no Python on the
PATH, carrying what it needs and nothing it does not; then packed as a .deb.

Slow (a full PyInstaller build), but ``.ci/run`` runs it: a build that cannot start on
an SME owner's machine is the one failure no other test sees.
"""

from __future__ import annotations

import gzip
import json
import os
import shutil
import subprocess
import sys
import tarfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from wat_desktop import __version__

ROOT = Path(__file__).resolve().parents[2]
INSTALLERS = ROOT / "installers"
BUILD = INSTALLERS / "build.py"
sys.path.insert(0, str(INSTALLERS))

from linux.make_deb import DEPENDS, SYSTEM_LIBRARIES  # noqa: E402
from linux.prune import needed_libraries  # noqa: E402

pytestmark = [
    pytest.mark.slow,
    pytest.mark.xdist_group("frozen_bundle"),  # one build per run, on one worker
]


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    work = tmp_path_factory.mktemp("work")
    subprocess.run(
        [sys.executable, str(BUILD), "bundle", "--dist", str(out), "--work", str(work)],
        check=True,
        timeout=1800,
    )
    return out


def _bare_environment(home: Path, **extra: str) -> dict[str, str]:
    """What a desktop session without Python looks like: a PATH with no interpreter,
    no PYTHONHOME/PYTHONPATH/virtualenv, no display."""
    empty_bin = home / "bin"
    empty_bin.mkdir(parents=True, exist_ok=True)
    env = {"PATH": str(empty_bin), "HOME": str(home), "LANG": "C.UTF-8", **extra}
    assert shutil.which("python3", path=env["PATH"]) is None
    assert shutil.which("python", path=env["PATH"]) is None
    return env


def _smoke(executable: Path, data: Path, home: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(executable), "--smoke", "--data-dir", str(data)],
        env=_bare_environment(home),
        cwd=home,
        capture_output=True,
        text=True,
        timeout=300,
    )


def _elf_files(folder: Path) -> Iterator[Path]:
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    yield path


def test_bundle_smoke_starts_with_no_python_installed(dist: Path, tmp_path: Path):
    executable = dist / "wat-desktop" / "wat-desktop"
    env = _bare_environment(tmp_path / "home")
    # Started through a symlink, as the .deb's /usr/bin/wat-desktop does.
    link = tmp_path / "wat-desktop-link"
    link.symlink_to(executable)
    version = subprocess.run(
        [str(link), "--version"], env=env, capture_output=True, text=True, timeout=300
    )
    assert version.returncode == 0, version.stderr
    assert __version__ in version.stdout

    data = tmp_path / "data"
    result = _smoke(executable, data, tmp_path / "home")
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["ok"] is True and report["frozen"] is True, report
    dossier = data / "smoke-dossier.pdf"
    assert dossier.is_file() and dossier.read_bytes().startswith(b"%PDF")
    assert (data / "wat-desktop.sqlite3").is_file()


@pytest.mark.parametrize(
    ("missing", "complaint"),
    [
        ("PySide6/Qt/translations/qtbase_it.qm", "qtbase_it.qm"),
        ("pypdfium2_raw/libpdfium.so", ""),  # the preview cannot load PDFium
        ("wat_desktop/persistence/migrations/versions/0001_initial.py", ""),
    ],
)
def test_smoke_start_fails_when_the_bundle_lacks_a_file(
    dist: Path, tmp_path: Path, missing: str, complaint: str
):
    # A hard-linked copy: removing a file from it leaves the module's bundle intact.
    copy = tmp_path / "wat-desktop"
    shutil.copytree(dist / "wat-desktop", copy, symlinks=True, copy_function=os.link)
    (copy / "_internal" / missing).unlink()
    result = _smoke(copy / "wat-desktop", tmp_path / "data", tmp_path / "home")
    assert result.returncode != 0, result.stdout
    assert complaint in result.stdout + result.stderr


def test_bundle_carries_what_the_app_reads_and_leaves_out_the_rest(dist: Path):
    internal = dist / "wat-desktop" / "_internal"
    package = internal / "wat_desktop"
    for needed in (
        package / "persistence" / "migrations" / "env.py",
        package / "persistence" / "migrations" / "versions" / "0001_initial.py",
        package / "resources" / "i18n" / "wat_it.qm",
        package / "resources" / "catalogues" / "pinerolese.json",
        package / "resources" / "icons" / "wat-desktop-256.png",
        internal / "PySide6" / "Qt" / "translations" / "qtbase_it.qm",
        internal / "PySide6" / "Qt" / "plugins" / "platforms" / "libqxcb.so",
        internal / "PySide6" / "Qt" / "plugins" / "platforms" / "libqwayland.so",
        internal / "PySide6" / "Qt" / "plugins" / "platforms" / "libqoffscreen.so",
        internal / "reportlab" / "fonts" / "Vera.ttf",
        internal / "pypdfium2_raw" / "libpdfium.so",
        internal / "LICENSE",
        internal / "licences" / "LGPL-3.0.txt",
        internal / "licences" / "GPL-3.0.txt",
    ):
        assert needed.is_file(), needed
    source_tax_years = ROOT / "src" / "wat_desktop" / "resources" / "tax_years"
    tax_years = sorted(source_tax_years.glob("*.toml"))
    assert tax_years
    for data_file in tax_years:
        assert (package / "resources" / "tax_years" / data_file.name).is_file(), data_file
    # About reads every component's version from the distributions' metadata.
    assert list(internal.glob("pyside6_essentials-*.dist-info/METADATA"))
    assert list(internal.glob("pypdfium2-*.dist-info/licenses/*"))

    names = {p.name for p in internal.rglob("*")}
    assert "qtbase_de.qm" not in names  # only Italian and English Qt translations
    assert "qt_help_it.qm" not in names
    assert not [n for n in names if n.endswith(".pfb")]  # ReportLab's Type 1 test fonts
    for left_out in (
        "pytest",
        "_pytest",
        "hypothesis",
        "pygments",
        "psycopg",
        "psycopg_binary",
        "sqlcipher3",
    ):
        assert not (internal / left_out).exists(), left_out
    assert not list(internal.glob("PySide6/QtQml*")) and not list(internal.glob("PySide6/QtQuick*"))
    assert not list(internal.rglob("libQt6Quick*")), "QtQuick libraries were bundled"
    assert not list(internal.rglob("libQt6WebEngine*"))
    assert not list(internal.rglob("libQt6Network*")), "QtNetwork came back"
    for plugin in ("libqvnc.so", "libqlinuxfb.so", "libqeglfs.so", "libqgtk3.so"):
        assert plugin not in names, plugin
    assert not [n for n in names if n.startswith(("libgtk-3", "libpango-", "libkrb5"))]


def test_bundle_needs_only_the_system_libraries_the_deb_depends_on(dist: Path):
    """Every library a bundled file links against is in the bundle, or is one the
    .deb declares (the pruning of unused Qt plugins must not strand anything)."""
    bundle = dist / "wat-desktop"
    present = {p.name for p in bundle.rglob("*")}
    outside: dict[str, str] = {}
    for elf in _elf_files(bundle):
        for name in needed_libraries(str(elf)) - present:
            outside.setdefault(name, elf.name)
    assert outside, "readelf found no system library at all: is the check working?"
    unknown = {name: user for name, user in outside.items() if name not in SYSTEM_LIBRARIES}
    assert not unknown, f"needed from the system but not declared: {unknown}"
    for name in outside:
        package = SYSTEM_LIBRARIES[name]
        assert package == "libc6" or package in DEPENDS, package
    # Stripped: symbol tables are dead weight for a user (libpython alone lost 17 MB).
    libpython = next(bundle.rglob("libpython3*.so*"))
    sections = subprocess.run(
        ["readelf", "--section-headers", "--wide", str(libpython)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert ".symtab" not in sections


@pytest.fixture
def x_display() -> Iterator[str]:
    """A private Xvfb server (the test profile installs it); its display name."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        # Xvfb writes the number once it accepts clients, then a newline; the pipe
        # stays open until the end, or its next write would kill it (SIGPIPE).
        written = b""
        while not written.endswith(b"\n"):
            chunk = os.read(read_end, 32)
            assert chunk, "Xvfb did not start"
            written += chunk
        yield f":{written.decode().strip()}"
    finally:
        server.terminate()
        server.wait(timeout=30)
        os.close(read_end)


def test_bundle_opens_its_window_on_a_real_x11_display(dist: Path, tmp_path: Path, x_display):
    """The xcb platform plugin and the X11 libraries left after pruning really work."""
    env = _bare_environment(tmp_path / "home", DISPLAY=x_display, LANG="it_IT.UTF-8")
    executable = dist / "wat-desktop" / "wat-desktop"
    result = subprocess.run(
        [str(executable), "--measure-start", "--data-dir", str(tmp_path / "data")],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    timings = json.loads(result.stdout.strip().splitlines()[-1])
    assert timings["platform"] == "xcb"
    assert timings["usable_s"] > 0


def test_deb_installs_the_bundle_under_opt_with_desktop_integration(dist: Path):
    subprocess.run(
        [sys.executable, str(BUILD), "deb", "--dist", str(dist)], check=True, timeout=900
    )
    (deb,) = dist.glob(f"wat-desktop_{__version__}_*.deb")
    info = subprocess.run(
        ["dpkg-deb", "--info", str(deb)], capture_output=True, text=True, check=True
    ).stdout
    assert "Package: wat-desktop" in info
    assert f"Version: {__version__}" in info
    depends = info.split("Depends:")[1].splitlines()[0]
    assert "libxcb-cursor0" in depends  # Qt's xcb needs, not Python: Python is inside
    assert "python" not in depends
    assert "libc6 (>= 2." in depends  # the glibc the bundle was linked against

    contents = subprocess.run(
        ["dpkg-deb", "--contents", str(deb)], capture_output=True, text=True, check=True
    ).stdout
    lines = contents.splitlines()
    modes = {line.split()[5]: line.split()[0] for line in lines}
    for expected in (
        "./opt/wat-desktop/wat-desktop",
        "./usr/share/applications/it.wat.WatDesktop.desktop",
        "./usr/share/metainfo/it.wat.WatDesktop.metainfo.xml",
        "./usr/share/icons/hicolor/256x256/apps/it.wat.WatDesktop.png",
        "./usr/share/icons/hicolor/scalable/apps/it.wat.WatDesktop.svg",
        "./usr/share/doc/wat-desktop/copyright",
        "./usr/share/doc/wat-desktop/changelog.gz",
        "./usr/share/man/man1/wat-desktop.1.gz",
        "./usr/share/lintian/overrides/wat-desktop",
    ):
        assert expected in modes, expected
    assert any("./usr/bin/wat-desktop -> /opt/wat-desktop/wat-desktop" in line for line in lines)
    assert all(line.split()[1] == "root/root" for line in lines)
    # Everything readable by every user (the build leaves some files 0600); only the
    # program is executable, shared libraries are not (Debian policy).
    assert all(line[7] == "r" for line in lines if not line.startswith("l")), "0600 file"
    assert modes["./opt/wat-desktop/wat-desktop"] == "-rwxr-xr-x"
    libraries = [mode for path, mode in modes.items() if path.endswith(".so")]
    assert libraries and all(mode == "-rw-r--r--" for mode in libraries)

    copyright_text = _file_in_deb(deb, "./usr/share/doc/wat-desktop/copyright")
    assert "Copyright: 2026 WAT Desktop developers" in copyright_text
    assert "License: LGPL-3" in copyright_text
    changelog = gzip.decompress(_file_in_deb(deb, "./usr/share/doc/wat-desktop/changelog.gz", True))
    assert changelog.startswith(f"wat-desktop ({__version__}) stable;".encode())


def _file_in_deb(deb: Path, member: str, binary: bool = False):
    """One file of the package, streamed out of its data archive."""
    tar = subprocess.Popen(["dpkg-deb", "--fsys-tarfile", str(deb)], stdout=subprocess.PIPE)
    with tarfile.open(fileobj=tar.stdout, mode="r|") as archive:
        for entry in archive:
            if entry.name == member:
                data = archive.extractfile(entry).read()  # type: ignore[union-attr]
                break
        else:
            raise AssertionError(f"{member} not in {deb.name}")
    tar.kill()
    tar.wait()
    return data if binary else data.decode("utf-8")

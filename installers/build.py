"""One entry point for every build of WAT Desktop.

    python installers/build.py bundle   # PyInstaller one-folder app in dist/wat-desktop/
    python installers/build.py deb      # Linux: dist/wat-desktop_<version>_<arch>.deb
    python installers/build.py setup    # Windows: dist/wat-desktop-<version>-setup.exe (Inno Setup)
    python installers/build.py dmg      # macOS: dist/WAT-Desktop-<version>.dmg
    python installers/build.py all      # the bundle, its smoke start, and this OS's installer

Run it with the Python of the environment the app is installed in (``pip install
-e .[build]``). PyInstaller does not cross-compile: each OS builds its own installer.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
import app_meta  # noqa: E402

WINDOWS = sys.platform == "win32"
MACOS = sys.platform == "darwin"


def bundle_dir(dist: Path) -> Path:
    """The one-folder app (on macOS the folder beside the .app bundle)."""
    return dist / app_meta.EXE_NAME


def app_bundle(dist: Path) -> Path:
    """macOS: the .app that the DMG ships."""
    return dist / f"{app_meta.APP_NAME}.app"


def bundle_executable(dist: Path) -> Path:
    """The executable the installer ships and a terminal can read (Windows: the console
    twin; macOS: the one inside the .app, whose layout differs from the plain folder)."""
    if WINDOWS:
        return bundle_dir(dist) / f"{app_meta.EXE_NAME}-cli.exe"
    if MACOS:
        return app_bundle(dist) / "Contents" / "MacOS" / app_meta.EXE_NAME
    return bundle_dir(dist) / app_meta.EXE_NAME


def bundle_size(folder: Path) -> int:
    """Bytes on disk, each file once (the bundle links some libraries from two places)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if not p.is_symlink() and p.is_file())


def build_bundle(dist: Path, work: Path) -> Path:
    """Freeze the app with PyInstaller; return the bundle folder."""
    from make_icons import generated_files

    missing = [p for p in generated_files() if not p.is_file()]
    if missing:
        raise SystemExit(f"icons missing, run installers/make_icons.py: {missing}")
    env = dict(os.environ)
    # A cache of our own: --clean empties PyInstaller's cache folder, and the shared one
    # in ~/.cache is emptied under our feet by any other build on the machine.
    env.setdefault("PYINSTALLER_CONFIG_DIR", str(work / "pyinstaller-cache"))
    if WINDOWS:
        from windows.version_info import write_version_info

        env["WAT_VERSION_FILE"] = str(write_version_info(work / "version_info.txt"))
    started = time.monotonic()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work / "pyinstaller"),
            str(HERE / "wat_desktop.spec"),
        ],
        check=True,
        env=env,
    )
    folder = bundle_dir(dist)
    size = bundle_size(folder)
    print(f"bundle: {folder} ({size / 1e6:.0f} MB) in {time.monotonic() - started:.0f} s")
    return folder


def smoke(dist: Path) -> dict[str, object]:
    """Run the frozen app's ``--smoke`` start; raise if it fails."""
    result = subprocess.run(
        [str(bundle_executable(dist)), "--smoke"], capture_output=True, text=True, timeout=300
    )
    if result.returncode != 0:
        raise SystemExit(
            f"smoke start failed ({result.returncode}):\n{result.stdout}{result.stderr}"
        )
    report = json.loads(result.stdout.strip().splitlines()[-1])
    print(f"smoke: ok, dossier of {report['dossier_bytes']} bytes")
    return report


def build_deb(dist: Path) -> Path:
    from linux.make_deb import make_deb

    return make_deb(bundle_dir(dist), dist)


def build_setup(dist: Path) -> Path:
    """Compile the Inno Setup script (Windows only; ISCC.exe on PATH or in Program Files)."""
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    for candidate in (
        r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe",
        r"C:\Program Files\Inno Setup 6\ISCC.exe",
    ):
        if iscc is None and Path(candidate).is_file():
            iscc = candidate
    if iscc is None:
        raise SystemExit("Inno Setup 6 (ISCC.exe) not found: https://jrsoftware.org/isdl.php")
    subprocess.run(
        [
            iscc,
            f"/DAppVersion={app_meta.VERSION}",
            f"/DBundleDir={bundle_dir(dist)}",
            f"/DOutputDir={dist}",
            f"/DRepoRoot={ROOT}",
            str(HERE / "windows" / "wat_desktop.iss"),
        ],
        check=True,
    )
    return setup_path(dist)


def setup_path(dist: Path) -> Path:
    """Where Inno Setup writes the setup (OutputBaseFilename in wat_desktop.iss)."""
    return dist / f"{app_meta.EXE_NAME}-{app_meta.VERSION}-setup.exe"


def dmg_path(dist: Path) -> Path:
    return dist / f"WAT-Desktop-{app_meta.VERSION}.dmg"


def build_dmg(dist: Path) -> Path:
    out = dmg_path(dist)
    subprocess.run(
        [
            "bash",
            str(HERE / "macos" / "make_dmg.sh"),
            str(app_bundle(dist)),
            str(out),
        ],
        check=True,
    )
    return out


def native_installer(dist: Path) -> Path:
    if WINDOWS:
        return build_setup(dist)
    if MACOS:
        return build_dmg(dist)
    return build_deb(dist)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build WAT Desktop's bundle and installers.")
    parser.add_argument("target", choices=("bundle", "smoke", "deb", "setup", "dmg", "all"))
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="scratch folder")
    args = parser.parse_args(argv)
    dist, work = args.dist.resolve(), args.work.resolve()
    if args.target in ("bundle", "all"):
        build_bundle(dist, work)
    if args.target in ("smoke", "all"):
        smoke(dist)
    products = {
        "deb": build_deb,
        "setup": build_setup,
        "dmg": build_dmg,
        "all": native_installer,
    }
    if args.target in products:
        print(f"installer: {products[args.target](dist)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

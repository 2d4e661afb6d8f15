"""App identity: one version everywhere, the icon in every size, valid Linux metadata."""

from __future__ import annotations

import ast
import fnmatch
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PIL import Image

from wat_desktop import APP_NAME, __version__

ROOT = Path(__file__).resolve().parents[2]
INSTALLERS = ROOT / "installers"
LINUX = INSTALLERS / "linux"
ICONS = ROOT / "src" / "wat_desktop" / "resources" / "icons"
sys.path.insert(0, str(INSTALLERS))

import app_meta  # noqa: E402


def test_installers_read_the_version_from_the_package():
    assert __version__ == app_meta.VERSION
    assert app_meta.APP_NAME == APP_NAME
    assert app_meta.version_tuple()[:3] == tuple(int(p) for p in __version__.split(".")[:3])


def test_icon_files_exist_in_every_size():
    assert (ICONS / "wat-desktop.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        with Image.open(ICONS / f"wat-desktop-{size}.png") as png:
            assert png.size == (size, size)
            assert png.mode == "RGBA"
            assert png.getpixel((0, 0))[3] == 0  # transparent corners: a round icon
    with Image.open(ICONS / "wat-desktop.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    with Image.open(ICONS / "wat-desktop.icns") as icns:
        assert (512, 512, 2) in icns.info["sizes"]  # retina 1024 px


def test_app_icon_loads_from_package_data(qapp):
    from wat_desktop.ui.app_icon import app_icon

    icon = app_icon()
    assert not icon.isNull()
    assert 16 in [s.width() for s in icon.availableSizes()]


def _desktop_file_validate(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True)


def _appstream_validate(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(path)], capture_output=True, text=True
    )


def test_desktop_file_validates(tmp_path):
    desktop = LINUX / f"{app_meta.APP_ID}.desktop"
    result = _desktop_file_validate(desktop)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr
    text = desktop.read_text(encoding="utf-8")
    assert f"Icon={app_meta.APP_ID}\n" in text
    assert f"Exec={app_meta.EXE_NAME}\n" in text
    assert "Comment[it]=" in text
    # The validator really checks: an unknown main category is refused.
    broken = tmp_path / desktop.name
    broken.write_text(text.replace("Categories=Office;", "Categories=Officeware;"), "utf-8")
    assert _desktop_file_validate(broken).returncode != 0


def test_metainfo_validates_and_names_the_current_release(tmp_path):
    metainfo = LINUX / f"{app_meta.APP_ID}.metainfo.xml"
    result = _appstream_validate(metainfo)
    assert result.returncode == 0, result.stdout + result.stderr
    root = ET.parse(metainfo).getroot()
    assert root.findtext("id") == app_meta.APP_ID
    assert root.findtext("project_license") == app_meta.LICENSE_ID
    assert root.find("launchable").text == f"{app_meta.APP_ID}.desktop"
    assert root.find("releases/release").get("version") == __version__
    assert root.findtext("summary[@{http://www.w3.org/XML/1998/namespace}lang='it']")
    # The validator really checks: a release without a date is refused.
    broken = tmp_path / metainfo.name
    text = metainfo.read_text(encoding="utf-8")
    broken.write_text(re.sub(r' date="[^"]+"', "", text, count=1), encoding="utf-8")
    assert _appstream_validate(broken).returncode != 0


def test_windows_version_resource_carries_the_version():
    from windows.version_info import version_info_text

    text = version_info_text()
    numbers = app_meta.version_tuple()
    assert f"filevers={numbers}" in text
    assert f"StringStruct('ProductVersion', '{__version__}')" in text
    # PyInstaller eval()s this file on Windows: it must be one Python expression.
    tree = ast.parse(text, mode="eval")
    assert tree.body.func.id == "VSVersionInfo"


def _iss_section(iss: str, name: str) -> list[str]:
    """The non-comment lines of one [Section] of the Inno Setup script."""
    body = iss.split(f"[{name}]\n", 1)[1].split("\n[", 1)[0]
    return [line for line in body.splitlines() if line.strip() and not line.startswith(";")]


def test_inno_setup_script_is_per_user_bilingual_and_keeps_data():
    iss = (INSTALLERS / "windows" / "wat_desktop.iss").read_text(encoding="utf-8")
    setup = _iss_section(iss, "Setup")
    assert "PrivilegesRequired=lowest" in setup  # per user, no UAC prompt
    assert "DefaultDirName={autopf}\\{#AppName}" in setup  # %LOCALAPPDATA%\Programs
    assert "OutputBaseFilename=wat-desktop-{#AppVersion}-setup" in setup  # what build.py finds
    assert "VersionInfoVersion={#AppVersion}" in setup
    languages = _iss_section(iss, "Languages")
    assert 'Name: "it"; MessagesFile: "compiler:Languages\\Italian.isl"' in languages
    assert 'Name: "en"; MessagesFile: "compiler:Default.isl"' in languages
    assert any(line.startswith('Name: "{autoprograms}') for line in _iss_section(iss, "Icons"))
    # An upgrade clears the old bundle; the data folder is elsewhere and never listed.
    assert _iss_section(iss, "InstallDelete") == ['Type: filesandordirs; Name: "{app}\\_internal"']
    messages = _iss_section(iss, "CustomMessages")
    for language in ("it", "en"):
        (question,) = [m for m in messages if m.startswith(f"{language}.DeleteDataQuestion=")]
        assert "%1" in question  # the folder is named
    code = iss.split("[Code]", 1)[1]
    assert "usPostUninstall" in code and "MB_DEFBUTTON2" in code  # asks; "No" is the default
    assert "if UninstallSilent then" in code  # a silent uninstall never deletes data
    assert "{userappdata}\\{#DataFolderName}" in code  # where platformdirs puts the data
    assert '#define DataFolderName "wat-desktop"' in iss


def test_windows_data_folder_is_the_one_the_app_uses(monkeypatch):
    """The uninstaller offers to delete %APPDATA%\\wat-desktop: the app's own choice."""
    import platformdirs.windows

    monkeypatch.delenv("WAT_DESKTOP_DATA_DIR", raising=False)
    monkeypatch.setattr(platformdirs, "PlatformDirs", platformdirs.windows.Windows)
    monkeypatch.setattr(
        platformdirs.windows,
        "get_win_folder",
        lambda csidl: {"CSIDL_APPDATA": r"C:\Users\m\AppData\Roaming"}.get(
            csidl, r"C:\Users\m\AppData\Local"
        ),
    )
    from wat_desktop.infra.paths import default_data_dir

    assert str(default_data_dir()).replace("/", "\\").endswith(r"AppData\Roaming\wat-desktop")


def test_workflow_builds_every_installer_on_its_own_runner():
    workflow = (ROOT / ".github" / "workflows" / "installers.yml").read_text(encoding="utf-8")
    (matrix,) = re.findall(r"^\s+os: \[(.+)\]$", workflow, re.MULTILINE)
    runners = [name.strip() for name in matrix.split(",")]
    assert {r.split("-")[0] for r in runners} == {"windows", "ubuntu", "macos"}
    assert "run: python installers/build.py all" in workflow
    # The artefact paths match the file names build.py gives each installer.
    import build

    dist = Path("dist")
    products = [
        build.setup_path(dist),
        build.dmg_path(dist),
        dist / f"{app_meta.EXE_NAME}_{app_meta.VERSION}_amd64.deb",  # make_deb's name
    ]
    patterns = re.findall(r"^\s+(dist/\S+)$", workflow, re.MULTILINE)
    assert len(patterns) == 3
    for product in products:
        assert [p for p in patterns if fnmatch.fnmatch(product.as_posix(), p)], product
    for action in re.findall(r"uses: (actions/[\w-]+)@v(\d+)", workflow):
        assert (
            int(action[1])
            >= {"checkout": 5, "setup-python": 6, "upload-artifact": 6}[action[0].split("/")[1]]
        ), action  # the majors that run on Node 24


def test_licence_matches_the_package_metadata():
    licence = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert licence.startswith("MIT License")
    assert 'license = "MIT"' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")

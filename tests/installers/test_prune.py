"""The Linux bundle's pruning drops unused Qt plugins and only the libraries that
nothing else in the bundle needs (no build needed: the ELF links are faked)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "installers"))

from linux import prune

PLUGINS = "PySide6/Qt/plugins/"
LINKS = {
    "/src/libqvnc.so": {"libQt6Network.so.6", "libQt6Gui.so.6"},
    "/src/libqxcb.so": {"libQt6Gui.so.6", "libX11.so.6"},
    "/src/libqgtk3.so": {"libpango-1.0.so.0", "libX11.so.6"},
    "/src/libQt6Network.so.6": {"libgssapi_krb5.so.2"},
    "/src/libgssapi_krb5.so.2": set(),
    "/src/libpango-1.0.so.0": {"libharfbuzz.so.0"},
    "/src/libharfbuzz.so.0": set(),
    "/src/libfreetype.so.6": {"libharfbuzz.so.0"},
    "/src/libQt6Gui.so.6": {"libfreetype.so.6"},
    "/src/libX11.so.6": set(),
    "/src/QtGui.abi3.so": {"libQt6Gui.so.6"},
}
BINARIES = [
    (PLUGINS + "platforms/libqvnc.so", "/src/libqvnc.so", "BINARY"),
    (PLUGINS + "platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
    (PLUGINS + "platformthemes/libqgtk3.so", "/src/libqgtk3.so", "BINARY"),
    ("PySide6/Qt/lib/libQt6Network.so.6", "/src/libQt6Network.so.6", "BINARY"),
    ("libgssapi_krb5.so.2", "/src/libgssapi_krb5.so.2", "BINARY"),
    ("libpango-1.0.so.0", "/src/libpango-1.0.so.0", "BINARY"),
    ("libharfbuzz.so.0", "/src/libharfbuzz.so.0", "BINARY"),
    ("libfreetype.so.6", "/src/libfreetype.so.6", "BINARY"),
    ("PySide6/Qt/lib/libQt6Gui.so.6", "/src/libQt6Gui.so.6", "BINARY"),
    ("libX11.so.6", "/src/libX11.so.6", "BINARY"),
    ("PySide6/QtGui.abi3.so", "/src/QtGui.abi3.so", "BINARY"),
]


@pytest.fixture(autouse=True)
def fake_links(monkeypatch):
    monkeypatch.setattr(prune, "needed_libraries", lambda path: LINKS[path])


def test_unused_plugins_go_with_the_libraries_only_they_needed():
    kept, dropped = prune.prune_binaries(BINARIES)
    gone = {Path(entry[0]).name for entry in dropped}
    assert gone == {
        "libqvnc.so",
        "libqgtk3.so",
        "libQt6Network.so.6",
        "libgssapi_krb5.so.2",
        "libpango-1.0.so.0",
    }
    # Shared with what stays: the xcb plugin, QtGui and FreeType still need these.
    names = {Path(entry[0]).name for entry in kept}
    assert {"libqxcb.so", "libQt6Gui.so.6", "libX11.so.6", "libharfbuzz.so.0"} <= names
    assert len(kept) + len(dropped) == len(BINARIES)


def test_top_level_symlinks_to_dropped_libraries_go_too():
    _, dropped = prune.prune_binaries(BINARIES)
    datas = [
        ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        ("wat_desktop/resources/icons/wat-desktop.svg", "/src/wat-desktop.svg", "DATA"),
    ]
    assert [entry[0] for entry in prune.drop_symlinks_to(datas, dropped)] == [
        "libQt6Gui.so.6",
        "wat_desktop/resources/icons/wat-desktop.svg",
    ]


def test_plugins_the_app_uses_are_never_candidates():
    for kept in ("platforms/libqxcb.so", "platforms/libqwayland.so", "platforms/libqoffscreen.so"):
        assert not prune.is_unused_plugin(PLUGINS + kept)
    assert prune.is_unused_plugin(PLUGINS + "generic/libqevdevmouseplugin.so")
    assert not prune.is_unused_plugin("wat_desktop/generic/thing.so")


def test_readelf_reads_real_links(monkeypatch):
    monkeypatch.undo()  # the real readelf, on the running interpreter's library
    python_library = Path(sys.executable).resolve()
    assert "libc.so.6" in prune.needed_libraries(str(python_library))

"""Help > About tells the version, the data folder and every licence."""

from __future__ import annotations

import sys
from importlib import metadata

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from PySide6.QtCore import QUrl, qVersion
from PySide6.QtGui import QDesktopServices

from wat_desktop import __version__
from wat_desktop.ui.about_dialog import THIRD_PARTY, AboutDialog, component_version

ABOUT_TEXTS = ("About WAT Desktop", "Informazioni su WAT Desktop")


def _about_action(window):
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            if action.text().replace("&", "") in ABOUT_TEXTS:
                return action
    raise AssertionError("no About action in the menus")


def test_help_about_shows_version_data_folder_and_licences(qtbot, open_window, tmp_path):
    window = open_window()
    _about_action(window).trigger()
    dialog = window.about_dialog
    qtbot.waitExposed(dialog)
    assert dialog.isVisible()
    assert dialog.version_label.text() == f"Versione {__version__}"
    assert dialog.folder_label.text() == str(tmp_path / "data")
    text = dialog.licences.toPlainText()
    assert "MIT" in text
    assert "LGPL-3.0" in text and "code.qt.io" in text  # the Qt/PySide6 LGPL note
    for name, _dist, licence in THIRD_PARTY:
        assert name in text and licence in text
    assert qVersion() in text
    dialog.reject()
    assert not dialog.isVisible()


def test_versions_are_read_from_the_installed_packages():
    assert component_version("Qt", None) == qVersion()
    assert component_version("ReportLab", "reportlab") == metadata.version("reportlab")
    assert component_version("PySide6", "PySide6-Essentials")[0].isdigit()
    assert component_version("Fonts", "no-such-distribution-here") == ""


def _runtime_distributions() -> set[str]:
    """Every distribution installing WAT Desktop brings in (extras left out)."""
    found: set[str] = set()
    todo = ["wat-desktop"]
    while todo:
        name = canonicalize_name(todo.pop())
        if name in found:
            continue
        found.add(name)
        for line in metadata.distribution(name).requires or []:
            requirement = Requirement(line)
            if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                todo.append(requirement.name)
    return found - {"wat-desktop"}


def test_about_names_every_component_that_ships_with_the_app():
    listed = {canonicalize_name(dist) for _name, dist, _licence in THIRD_PARTY if dist}
    missing = _runtime_distributions() - listed
    assert not missing, f"add to about_dialog.THIRD_PARTY with its licence: {missing}"


def test_a_frozen_build_links_the_full_licence_texts(qtbot, monkeypatch, tmp_path):
    licences = tmp_path / "bundle" / "licences"
    licences.mkdir(parents=True)
    (licences / "LGPL-3.0.txt").write_text("GNU LESSER GENERAL PUBLIC LICENSE", "utf-8")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "bundle"), raising=False)
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog = AboutDialog(tmp_path)
    qtbot.addWidget(dialog)
    page = dialog.licences.toHtml()
    lgpl = QUrl.fromLocalFile(str(licences / "LGPL-3.0.txt"))
    assert lgpl.toString() in page
    assert "GPL-3.0.txt" not in page.replace("LGPL-3.0.txt", "")  # not shipped: no link
    dialog.licences.anchorClicked.emit(lgpl)
    assert opened == [lgpl]  # opened outside: the licences page stays
    assert "Python" in dialog.licences.toPlainText()


def test_a_source_install_has_no_licence_text_links(qtbot, tmp_path):
    dialog = AboutDialog(tmp_path)
    qtbot.addWidget(dialog)
    assert "file://" not in dialog.licences.toHtml()


def test_open_data_folder_asks_the_desktop_to_show_it(qtbot, monkeypatch, tmp_path):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog = AboutDialog(tmp_path)
    qtbot.addWidget(dialog)
    assert dialog.open_folder_button.text()  # a keyboard-reachable button, not a link
    dialog.open_folder_button.click()
    assert [url.toLocalFile() for url in opened] == [str(tmp_path)]

"""First run: a new data folder opens on the welcome page, whose four choices lead in."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from wat_desktop.ui.pages.welcome_page import WelcomePage

ROOT = Path(__file__).resolve().parents[2]


def test_a_new_database_opens_on_the_welcome_page(open_window):
    window = open_window()
    assert window.root_stack.currentWidget() is window.welcome_page
    for button in window.welcome_page.buttons():
        assert button.accessibleName()
        assert button.accessibleDescription()
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus  # reachable with Tab


def test_create_your_firm(qtbot, open_window, dialogs):
    window = open_window()
    dialogs.texts.append("Rossi Meccanica")
    qtbot.mouseClick(window.welcome_page.create_button, Qt.MouseButton.LeftButton)
    assert window.root_stack.currentWidget() is window.workspace
    assert window.firm_selector.currentText() == "Rossi Meccanica"
    assert [f.name for f in window.app.firms.list_firms()] == ["Rossi Meccanica"]


def test_cancelling_the_name_stays_on_the_welcome_page(qtbot, open_window):
    window = open_window()  # no text scripted: the name prompt is cancelled
    qtbot.mouseClick(window.welcome_page.create_button, Qt.MouseButton.LeftButton)
    assert window.root_stack.currentWidget() is window.welcome_page
    assert window.app.firms.list_firms() == []


def test_open_the_demo_and_find_it_again_after_a_restart(qtbot, open_window):
    window = open_window()
    qtbot.mouseClick(window.welcome_page.demo_button, Qt.MouseButton.LeftButton)
    assert window.root_stack.currentWidget() is window.workspace
    assert window.firm_selector.currentText() == "Officine Meccaniche Val Chisone S.r.l."
    window = open_window()
    assert window.root_stack.currentWidget() is window.workspace


def test_import_a_catalogue_keeps_the_welcome_page(qtbot, open_window, dialogs, tmp_path):
    source = resources.files("wat_desktop") / "resources" / "catalogues" / "pinerolese.json"
    catalogue = tmp_path / "rete.json"
    catalogue.write_bytes(source.read_bytes())
    dialogs.open_paths.append(catalogue)
    dialogs.confirmations.append(True)  # in case the import asks to confirm a preview
    window = open_window()
    qtbot.mouseClick(window.welcome_page.import_button, Qt.MouseButton.LeftButton)
    assert "error" not in [kind for kind, _, _ in dialogs.shown]
    assert window.app.catalogues.current() is not None
    assert window.root_stack.currentWidget() is window.welcome_page  # still no firm


def test_consultant_learns_about_the_portfolio_then_adds_a_client(qtbot, open_window, dialogs):
    window = open_window()
    dialogs.texts.append("Cliente Uno S.r.l.")
    qtbot.mouseClick(window.welcome_page.consultant_button, Qt.MouseButton.LeftButton)
    kind, _title, text = dialogs.shown[0]
    assert kind == "info"
    assert "elenco" in text
    assert window.firm_selector.currentText() == "Cliente Uno S.r.l."
    assert window.root_stack.currentWidget() is window.workspace


def test_an_italian_system_gets_an_italian_welcome(qtbot, monkeypatch):
    from wat_desktop.translations import resolve_language

    for variable in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "it_IT.UTF-8")
    assert resolve_language("auto") == "it"
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    assert resolve_language("auto") == "en"

    from wat_desktop.translations import app_translator

    translator = app_translator("it")  # the shipped wat_it.qm
    assert translator is not None
    QApplication.instance().installTranslator(translator)
    try:
        page = WelcomePage()
        qtbot.addWidget(page)
        assert page.title.text() == "Benvenuti in WAT Desktop"
        assert page.create_button.title() == "&Create la vostra azienda"
        assert page.consultant_button.accessibleName() == "Sono un consulente"
        assert "vostri dipendenti" in page.intro.text()
    finally:
        QApplication.instance().removeTranslator(translator)


def _mnemonic(text: str) -> str:
    _before, marker, after = text.partition("&")
    assert marker, f"no shortcut letter in {text!r}"
    return after[0].lower()


@pytest.mark.parametrize("language", ["it", "en"])
def test_each_choice_has_its_own_alt_shortcut(qtbot, tmp_path, dialogs, language):
    """Alt+letter reaches each card, and no card steals a menu's letter."""
    from wat_desktop.app import open_app
    from wat_desktop.translations import install_translators
    from wat_desktop.ui.main_window import MainWindow

    qt_app = QApplication.instance()
    translators = install_translators(qt_app, language) if language == "it" else []
    app = open_app(tmp_path / "data")
    try:
        window = MainWindow(app, language, dialogs)
        qtbot.addWidget(window)
        menus = {_mnemonic(action.text()) for action in window.menuBar().actions()}
        cards = window.welcome_page.buttons()
        letters = [_mnemonic(card.title()) for card in cards]
        assert len(set(letters)) == len(cards), letters
        assert not set(letters) & menus, (letters, menus)
        for card, letter in zip(cards, letters, strict=True):
            assert card.shortcut() == QKeySequence(f"Alt+{letter.upper()}")
    finally:
        window.close()
        app.close()
        for translator in translators:
            qt_app.removeTranslator(translator)


def test_a_click_anywhere_on_a_card_reaches_the_card(qtbot):
    page = WelcomePage()
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    qtbot.waitExposed(page)
    card = page.demo_button
    for label in (card.title_label, card.description_label):
        # Hit-testing passes over the labels, so the press lands on the button.
        assert card.childAt(label.geometry().center()) is None
    with qtbot.waitSignal(page.demo_requested):
        qtbot.mouseClick(card, Qt.MouseButton.LeftButton)


def test_cards_are_even_and_their_text_is_not_clipped(qtbot):
    from wat_desktop.translations import app_translator

    translator = app_translator("it")  # Italian runs longer
    QApplication.instance().installTranslator(translator)
    try:
        page = WelcomePage()
        qtbot.addWidget(page)
        page.resize(1100, 720)
        page.show()
        qtbot.waitExposed(page)
        cards = page.buttons()
        assert len({card.height() for card in cards}) == 1
        for card in cards:
            label = card.description_label
            needed = label.heightForWidth(label.width())
            assert label.height() >= needed, card.accessibleName()
            assert label.geometry().bottom() <= card.height(), card.accessibleName()
    finally:
        QApplication.instance().removeTranslator(translator)

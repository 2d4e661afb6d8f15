"""Tools > Privacy: export the firm's archive, erase it, delete the older backups
that hold it, and encrypt the database, all from the dialog."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from tests.ui.fake_dialogs import FakeDialogs
from wat_desktop.persistence import encryption


def test_export_erase_and_purge_from_the_privacy_dialog(
    open_window, dialogs: FakeDialogs, qtbot, tmp_path: Path
) -> None:
    from wat_desktop.ui.privacy_dialog import PrivacyDialog

    window = open_window()
    firm = window.app.firms.create_firm("Zanzibar Rossi Snc")
    window.app.firms.create_firm("Altra Srl")
    window.reload_firms(firm.id)
    window.app.backups.create("manual")
    window.open_privacy()
    dialog: PrivacyDialog = window.privacy_dialog
    qtbot.addWidget(dialog)
    assert "Zanzibar" in dialog.firm_label.text()
    dialog.grab().save(str(tmp_path / "privacy-dialog.png"))
    dialogs.save_paths.append(tmp_path / "archive.zip")
    dialog.export_button.click()
    assert "firm.json" in zipfile.ZipFile(tmp_path / "archive.zip").namelist()
    dialogs.confirmations.append(False)
    dialog.erase_button.click()
    assert len(window.app.firms.list_firms()) == 2  # not confirmed: nothing happened
    dialogs.confirmations.append(True)
    with qtbot.waitSignal(dialog.erased):
        dialog.erase_button.click()
    assert [f.name for f in window.app.firms.list_firms()] == ["Altra Srl"]
    assert window.session.firm is not None and window.session.firm.name == "Altra Srl"
    assert not dialog.purge_button.isHidden() and "1" in dialog.note.text()
    dialogs.confirmations.append(True)
    dialog.purge_button.click()
    assert dialog.purge_button.isHidden()
    assert len(window.app.backups.list_backups()) == 1  # the fresh one


@pytest.mark.skipif(not encryption.available(), reason="sqlcipher3 is not installed here")
def test_encrypting_from_the_privacy_dialog(open_window, dialogs: FakeDialogs, qtbot) -> None:
    from wat_desktop.ui.privacy_dialog import PrivacyDialog

    window = open_window()
    window.app.firms.create_firm("Segreta Srl")
    answers = ["lunga passphrase", "lunga passphrase"]
    dialog = PrivacyDialog(
        window.app, None, dialogs, "it", window, ask_passphrase=lambda _label: answers.pop(0)
    )
    qtbot.addWidget(dialog)
    try:
        dialog.crypto_button.click()
        assert window.app.encryption.encrypted
        assert [f.name for f in window.app.firms.list_firms()] == ["Segreta Srl"]
        assert "cifrat" in dialog.crypto_label.text()
    finally:
        encryption.set_passphrase(None)

"""Tools > Privacy: everything about the firm as an archive, erasing it for good,
purging the older backups that still hold it, and encryption at rest."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wat_desktop.domain.i18n_markers import fill
from wat_desktop.infra.atomic_file import FileWriteError
from wat_desktop.safety_text import write_problem_message
from wat_desktop.translations import QtTranslate
from wat_desktop.ui.dialogs import Dialogs

AskPassphrase = Callable[[str], str | None]


class PrivacyDialog(QDialog):
    erased = Signal()  # a firm was erased: the firm list must reload

    def __init__(
        self,
        app: object,
        firm_id: int | None,
        dialogs: Dialogs,
        language: str,
        parent: QWidget | None = None,
        ask_passphrase: AskPassphrase | None = None,
    ) -> None:
        super().__init__(parent)
        self.app = app
        self.firm_id = firm_id
        self.dialogs = dialogs
        self.tr_ = QtTranslate(language)
        self._ask = ask_passphrase or self._ask_passphrase
        self.holding: list[Path] = []
        self.setWindowTitle(self.tr("Privacy"))
        self.resize(620, 460)
        name = app.firms.load(firm_id).name if firm_id is not None else ""  # type: ignore[attr-defined]

        firm_box = QGroupBox(self.tr("The firm's data"))
        self.firm_label = QLabel(
            fill(self.tr("Firm: %1"), name) if name else self.tr("No firm is open.")
        )
        self.export_button = QPushButton(self.tr("&Export everything about this firm…"))
        self.erase_button = QPushButton(self.tr("E&rase this firm for good…"))
        self.purge_button = QPushButton(self.tr("&Delete the older backups that hold it"))
        self.purge_button.setVisible(False)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setAccessibleName(self.tr("Privacy status"))
        firm_layout = QVBoxLayout(firm_box)
        intro = QLabel(
            self.tr(
                "The archive holds every record of the firm in readable files (JSON and "
                "CSV). Erasing removes the firm from the database for good; older backups "
                "still hold it until they rotate out, unless you delete them."
            )
        )
        intro.setWordWrap(True)
        for widget in (intro, self.firm_label, self.export_button, self.erase_button):
            firm_layout.addWidget(widget)
        firm_layout.addWidget(self.purge_button)
        for button in (self.export_button, self.erase_button):
            button.setEnabled(firm_id is not None)

        crypto_box = QGroupBox(self.tr("Encryption at rest"))
        self.crypto_label = QLabel()
        self.crypto_label.setWordWrap(True)
        self.crypto_button = QPushButton()
        crypto_layout = QVBoxLayout(crypto_box)
        crypto_layout.addWidget(self.crypto_label)
        crypto_layout.addWidget(self.crypto_button)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(firm_box)
        layout.addWidget(crypto_box)
        layout.addWidget(self.note)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.export_button.clicked.connect(self.export_archive)
        self.erase_button.clicked.connect(self.erase_firm)
        self.purge_button.clicked.connect(self.purge_backups)
        self.crypto_button.clicked.connect(self.toggle_encryption)
        self._show_encryption()

    # --- the firm ----------------------------------------------------------------------

    def export_archive(self) -> None:
        if self.firm_id is None:
            return
        path = self.dialogs.save_file(
            self.tr("Export everything about this firm"),
            Path(self.tr("firm-data.zip")),
            self.tr("ZIP archives (*.zip)"),
        )
        if path is None:
            return
        try:
            self.app.privacy.export_archive(self.firm_id, path, self.tr_)  # type: ignore[attr-defined]
        except FileWriteError as error:
            self.dialogs.error(self.tr("Privacy"), write_problem_message(error, self.tr_))
            return
        self.note.setText(fill(self.tr("Everything about the firm was written to %1."), path))

    def erase_firm(self) -> None:
        if self.firm_id is None:
            return
        question = self.tr(
            "Erase this firm and all its data for good? This cannot be undone. Export "
            "everything first if the firm may want it back."
        )
        if not self.dialogs.confirm(self.tr("Erase this firm"), question):
            return
        result = self.app.privacy.erase(self.firm_id)  # type: ignore[attr-defined]
        self.firm_id = None
        self.holding = result.copies_holding
        self.export_button.setEnabled(False)
        self.erase_button.setEnabled(False)
        if self.holding:
            self.note.setText(
                fill(
                    self.tr(
                        "The firm was erased. Older backups that still hold it until they "
                        "rotate out: %1. You can delete them now; a fresh backup is taken first."
                    ),
                    len(self.holding),
                )
            )
            self.purge_button.setVisible(True)
        else:
            self.note.setText(self.tr("The firm was erased. No older backup holds it."))
        self.erased.emit()

    def purge_backups(self) -> None:
        question = fill(
            self.tr("Delete the older backups that hold the erased firm (%1)?"), len(self.holding)
        )
        if not self.dialogs.confirm(self.tr("Delete older backups"), question):
            return
        try:
            result = self.app.privacy.purge(self.holding)  # type: ignore[attr-defined]
        except FileWriteError as error:
            self.dialogs.error(self.tr("Privacy"), write_problem_message(error, self.tr_))
            return
        self.holding = []
        self.purge_button.setVisible(False)
        self.note.setText(
            fill(
                self.tr("Older backups deleted: %1. One fresh verified backup was kept."),
                len(result.deleted),
            )
        )

    # --- encryption ------------------------------------------------------------------

    def _show_encryption(self) -> None:
        service = self.app.encryption  # type: ignore[attr-defined]
        if not service.supported:
            self.crypto_label.setText(
                self.tr("A shared database is protected by its server, not here.")
            )
            self.crypto_button.setVisible(False)
        elif not service.available:
            self.crypto_label.setText(
                self.tr(
                    "To encrypt the database, install the encryption extra: "
                    'pip install "wat-desktop[encryption]".'
                )
            )
            self.crypto_button.setVisible(False)
        elif service.encrypted:
            self.crypto_label.setText(
                self.tr("The database and its new backups are encrypted with your passphrase.")
            )
            self.crypto_button.setText(self.tr("&Stop encrypting…"))
        else:
            self.crypto_label.setText(
                self.tr(
                    "The database is not encrypted. With a passphrase, nobody who copies "
                    "the files can read them; without the passphrase, nobody can recover them."
                )
            )
            self.crypto_button.setText(self.tr("E&ncrypt with a passphrase…"))

    def _ask_passphrase(self, label: str) -> str | None:
        text, ok = QInputDialog.getText(
            self, self.tr("Passphrase"), label, QLineEdit.EchoMode.Password
        )
        return text if ok and text else None

    def toggle_encryption(self) -> None:
        from wat_desktop.services.encryption_service import MIN_PASSPHRASE, PassphraseTooShortError

        service = self.app.encryption  # type: ignore[attr-defined]
        title = self.tr("Encryption at rest")
        try:
            if service.encrypted:
                if not self.dialogs.confirm(title, self.tr("Store the database unencrypted?")):
                    return
                change = service.disable()
            else:
                first = self._ask(self.tr("New passphrase (at least 8 characters):"))
                if first is None:
                    return
                if first != self._ask(self.tr("The same passphrase again:")):
                    self.dialogs.error(title, self.tr("The two passphrases differ."))
                    return
                change = service.enable(first)
        except PassphraseTooShortError:
            self.dialogs.error(
                title, fill(self.tr("The passphrase needs at least %1 characters."), MIN_PASSPHRASE)
            )
            return
        except FileWriteError as error:
            self.dialogs.error(title, write_problem_message(error, self.tr_))
            return
        self._show_encryption()
        message = (
            self.tr("The database is now encrypted. Keep the passphrase safe.")
            if change.encrypted
            else self.tr("The database is no longer encrypted.")
        )
        if change.other_backups:
            message += " " + fill(
                self.tr(
                    "Older backups in the previous state: %1, until they rotate out "
                    "(or delete them with the privacy tools)."
                ),
                change.other_backups,
            )
        self.note.setText(message)

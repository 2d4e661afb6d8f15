"""Checking the database and offering the latest good backup, for the main window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from wat_desktop.app import AppContext
from wat_desktop.domain.i18n_markers import fill
from wat_desktop.persistence.health import HealthReport
from wat_desktop.safety_text import format_moment, unclean_shutdown_message
from wat_desktop.translations import QtTranslate
from wat_desktop.ui.dialogs import Dialogs


def offer_latest_backup(app: AppContext, dialogs: Dialogs, language: str) -> bool:
    """Ask to restore the newest good backup; True if it was restored."""
    latest = app.backups.latest_good()
    title = QCoreApplication.translate("DatabaseCheck", "Check database")
    if latest is None:
        dialogs.error(
            title,
            QCoreApplication.translate(
                "DatabaseCheck",
                "There is no backup to restore. Copy the data folder somewhere safe "
                "before you go on, and contact support.",
            ),
        )
        return False
    question = fill(
        QCoreApplication.translate(
            "DatabaseCheck",
            "Restore the latest good backup, with the data as of %1? The damaged "
            "database is kept aside, not deleted.",
        ),
        format_moment(latest.taken_at, language),
    )
    if not dialogs.confirm(title, question):
        return False
    result = app.backups.restore(latest.path)
    dialogs.info(
        title,
        fill(
            QCoreApplication.translate(
                "DatabaseCheck", "Backup restored. The data you see now is from %1."
            ),
            format_moment(result.data_from, language),
        ),
    )
    return True


def report_check(app: AppContext, report: HealthReport, dialogs: Dialogs, language: str) -> bool:
    """Show the result of a full check; on damage offer a restore. True if restored."""
    title = QCoreApplication.translate("DatabaseCheck", "Check database")
    if report.ok:
        dialogs.info(
            title,
            QCoreApplication.translate(
                "DatabaseCheck", "The database was checked in full: no problems found."
            ),
        )
        return False
    dialogs.error(
        title,
        QCoreApplication.translate(
            "DatabaseCheck",
            "The full check found damage in the database. Restoring the latest good "
            "backup is the safe way to continue.",
        ),
    )
    return offer_latest_backup(app, dialogs, language)


def report_unclean_start(app: AppContext, dialogs: Dialogs, language: str) -> bool | None:
    """After an unclean shutdown: None if nothing to say, else whether a restore happened.

    An intact database gets a status-bar note from the caller (``True``/``False``
    tell it whether to reload); damage gets a message and the offer to restore.
    """
    health = app.startup_health
    if not app.unclean_shutdown or health is None:
        return None
    if health.ok:
        return False
    tr = QtTranslate(language)
    dialogs.error(
        QCoreApplication.translate("DatabaseCheck", "Check database"),
        unclean_shutdown_message(False, tr),
    )
    return offer_latest_backup(app, dialogs, language)


def open_with_passphrase(open_app: object, qt_app: object, language: str) -> object | None:
    """Open the data folder, asking for the passphrase of an encrypted database (three
    tries); None, after a clear message, when it stays closed."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox

    from wat_desktop import APP_NAME
    from wat_desktop.persistence.encryption import EncryptionUnavailableError, WrongPassphraseError
    from wat_desktop.safety_text import passphrase_message
    from wat_desktop.translations import install_translators

    keep = install_translators(qt_app, language)  # type: ignore[arg-type]
    title = QCoreApplication.translate("DatabaseCheck", "Encrypted database")
    label = QCoreApplication.translate("DatabaseCheck", "Passphrase of the database:")

    def ask() -> str | None:
        text, ok = QInputDialog.getText(None, title, label, QLineEdit.EchoMode.Password)
        return text if ok and text else None

    error: Exception | None = None
    for _attempt in range(3):
        try:
            return open_app(ask)  # type: ignore[operator]
        except WrongPassphraseError as wrong:
            error = wrong
        except EncryptionUnavailableError as missing:
            error = missing
            break
    assert error is not None
    QMessageBox.critical(None, APP_NAME, passphrase_message(error, QtTranslate(language)))
    del keep
    return None

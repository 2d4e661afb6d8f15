"""User-facing words for the data-safety features, shared by the GUI and the CLI.

Italian comes from the translation files (context ``Safety``); callers pass
a ``Translate`` (``QtTranslate`` in the app).
"""

from __future__ import annotations

from datetime import datetime

from wat_desktop.domain.i18n_markers import Translate
from wat_desktop.infra.atomic_file import FileWriteError, WriteProblem


def format_moment(moment: datetime, language: str) -> str:
    """A date and time in the user's time zone, ``01/12/2026 22:06``: the app's date
    format (``formatting.format_date``) with the minutes, in both languages."""
    del language
    return moment.astimezone().strftime("%d/%m/%Y %H:%M")


def write_problem_message(error: FileWriteError, tr: Translate) -> str:
    """One clear sentence for a file that could not be written (nothing was changed)."""
    if error.problem is WriteProblem.DISK_FULL:
        return tr.translate(
            "Safety", "The disk is full. Free some space and try again; no file was changed."
        )
    if error.problem is WriteProblem.NOT_WRITABLE:
        return tr.translate(
            "Safety",
            "The folder cannot be written (it is read-only or you lack permission); "
            "no file was changed.",
        )
    if error.problem is WriteProblem.TOO_LARGE:
        return tr.translate(
            "Safety", "The file is too large for this disk or folder; no file was changed."
        )
    return tr.translate("Safety", "The file could not be written; no file was changed.")


def network_share_message(tr: Translate) -> str:
    return tr.translate(
        "Safety",
        "The database folder is on a network share. SQLite is not safe there and data "
        "could be lost. Choose a folder on this computer (--data-dir), or, to share data "
        "in an office, use the shared PostgreSQL database (--database-url, see the README).",
    )


def unclean_shutdown_message(ok: bool, tr: Translate) -> str:
    if ok:
        return tr.translate(
            "Safety",
            "WAT Desktop was not closed properly last time. The database was checked "
            "in full and is intact.",
        )
    return tr.translate(
        "Safety",
        "WAT Desktop was not closed properly last time, and the full check found damage "
        "in the database. Restore the latest good backup to continue safely.",
    )


def passphrase_message(error: Exception, tr: Translate) -> str:
    """A wrong or missing passphrase, or SQLCipher not installed: what to do."""
    from wat_desktop.persistence.encryption import EncryptionUnavailableError

    if isinstance(error, EncryptionUnavailableError):
        return tr.translate(
            "Safety",
            "The database is encrypted, but this installation cannot read encrypted "
            'databases. Install the encryption extra: pip install "wat-desktop[encryption]".',
        )
    return tr.translate(
        "Safety",
        "The passphrase is wrong, so the encrypted database stays closed; nothing was "
        "changed. Try again (on the command line: set WAT_DESKTOP_PASSPHRASE). Without "
        "the passphrase the data cannot be recovered.",
    )

"""``wat-desktop privacy export|erase|purge-backups`` and ``wat-desktop encryption``."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from wat_desktop.app import AppContext
from wat_desktop.cli.command import Command, fail
from wat_desktop.domain.i18n_markers import QT_TRANSLATE_NOOP, Translate, fill
from wat_desktop.infra.atomic_file import FileWriteError
from wat_desktop.safety_text import write_problem_message

ENV_NEW_PASSPHRASE = "WAT_DESKTOP_NEW_PASSPHRASE"


def _confirmed(args: argparse.Namespace, question: str, tr: Translate) -> bool:
    if args.yes:
        return True
    if not sys.stdin.isatty():
        print(tr.translate("Cli", "Not confirmed: add --yes to confirm."), file=sys.stderr)
        return False
    return input(f"{question} [y/N] ").strip().lower() in ("y", "yes", "s", "si", "sì")


def _configure_privacy(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="privacy_action", metavar="ACTION", required=True)
    export = actions.add_parser("export", help="everything held about one firm, as a ZIP")
    export.add_argument("firm", type=int, help="firm id (see 'wat-desktop firms')")
    export.add_argument("--out", type=Path, required=True, help="ZIP file to write")
    erase = actions.add_parser("erase", help="erase one firm for good")
    erase.add_argument("firm", type=int, help="firm id (see 'wat-desktop firms')")
    erase.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    erase.add_argument(
        "--purge-backups",
        action="store_true",
        help="also delete the older backups that still hold the firm",
    )
    purge = actions.add_parser(
        "purge-backups", help="replace every older backup with one fresh verified backup"
    )
    purge.add_argument("--yes", action="store_true", help="do not ask for confirmation")


def _run_privacy(args: argparse.Namespace, app: AppContext, tr: Translate) -> int:
    from wat_desktop.persistence.firm_repository import FirmNotFoundError

    try:
        if args.privacy_action == "export":
            path = app.privacy.export_archive(args.firm, args.out, tr)
            print(fill(tr.translate("Cli", "Everything about the firm written to %1"), path))
            return 0
        if args.privacy_action == "erase":
            return _erase(args, app, tr)
        return _purge(args, app, tr)
    except FirmNotFoundError:
        return fail(fill(tr.translate("Cli", "No firm with id %1."), args.firm))
    except FileWriteError as error:
        return fail(write_problem_message(error, tr))


def _erase(args: argparse.Namespace, app: AppContext, tr: Translate) -> int:
    name = app.firms.load(args.firm).name
    question = fill(
        tr.translate("Cli", "Erase the firm %1 and all its data for good? This cannot be undone."),
        name,
    )
    if not _confirmed(args, question, tr):
        return 1
    result = app.privacy.erase(args.firm)
    print(fill(tr.translate("Cli", "The firm %1 was erased."), name))
    if result.copies_holding and args.purge_backups:
        purged = app.privacy.purge(result.copies_holding)
        print(
            fill(
                tr.translate("Cli", "Older copies that held it, now deleted: %1."),
                len(purged.deleted),
            )
        )
    elif result.copies_holding:
        print(
            fill(
                tr.translate(
                    "Cli",
                    "Older backups that still hold it until they rotate out: %1. To delete "
                    "them now: wat-desktop privacy purge-backups",
                ),
                len(result.copies_holding),
            )
        )
    return 0


def _purge(args: argparse.Namespace, app: AppContext, tr: Translate) -> int:
    question = tr.translate(
        "Cli", "Delete every older backup, keeping one fresh verified backup of the data now?"
    )
    if not _confirmed(args, question, tr):
        return 1
    result = app.privacy.purge()
    print(
        fill(
            tr.translate("Cli", "Older copies deleted: %1. One fresh verified backup kept: %2"),
            len(result.deleted),
            result.fresh_backup or "-",
        )
    )
    return 0


def _configure_encryption(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "action", choices=["status", "enable", "disable"], help="show, turn on or turn off"
    )
    parser.add_argument("--yes", action="store_true", help="do not ask for confirmation")


def _new_passphrase(tr: Translate) -> str | None:
    passphrase = os.environ.get(ENV_NEW_PASSPHRASE)
    if passphrase or not sys.stdin.isatty():
        return passphrase or None
    first = getpass.getpass(tr.translate("Cli", "New passphrase: "))
    if first != getpass.getpass(tr.translate("Cli", "The same passphrase again: ")):
        print(tr.translate("Cli", "The two passphrases differ."), file=sys.stderr)
        return None
    return first or None


def _run_encryption(args: argparse.Namespace, app: AppContext, tr: Translate) -> int:
    from wat_desktop.persistence.encryption import EncryptionUnavailableError
    from wat_desktop.services.encryption_service import MIN_PASSPHRASE, PassphraseTooShortError

    service = app.encryption
    if not service.supported:
        return fail(
            tr.translate("Cli", "Encryption is for the local SQLite database; a shared one is not.")
        )
    if args.action == "status":
        state = (
            tr.translate("Cli", "The database is encrypted.")
            if service.encrypted
            else tr.translate("Cli", "The database is not encrypted.")
        )
        print(state)
        if not service.available:
            print(tr.translate("Cli", MSG_INSTALL))
        return 0
    try:
        if args.action == "enable":
            passphrase = _new_passphrase(tr)
            if passphrase is None:
                return fail(
                    fill(
                        tr.translate("Cli", "No passphrase given: set %1 or run in a terminal."),
                        ENV_NEW_PASSPHRASE,
                    )
                )
            change = service.enable(passphrase)
            print(
                tr.translate(
                    "Cli",
                    "The database is now encrypted. Keep the passphrase safe: without it "
                    "the data cannot be recovered.",
                )
            )
        else:
            if not _confirmed(args, tr.translate("Cli", "Store the database unencrypted?"), tr):
                return 1
            change = service.disable()
            print(tr.translate("Cli", "The database is no longer encrypted."))
    except EncryptionUnavailableError:
        return fail(tr.translate("Cli", MSG_INSTALL))
    except PassphraseTooShortError:
        return fail(
            fill(
                tr.translate("Cli", "The passphrase needs at least %1 characters."),
                MIN_PASSPHRASE,
            )
        )
    except FileWriteError as error:
        return fail(write_problem_message(error, tr))
    if change.other_backups:
        print(
            fill(
                tr.translate(
                    "Cli",
                    "Older backups in the previous state until they rotate out: %1. To "
                    "replace them now: wat-desktop privacy purge-backups",
                ),
                change.other_backups,
            )
        )
    return 0


MSG_INSTALL = QT_TRANSLATE_NOOP(
    "Cli",
    'Encryption needs SQLCipher: install the extra with pip install "wat-desktop[encryption]".',
)

COMMANDS = [
    Command(
        "privacy",
        QT_TRANSLATE_NOOP("Cli", "export everything about one firm, erase one, purge old backups"),
        _configure_privacy,
        _run_privacy,
    ),
    Command(
        "encryption",
        QT_TRANSLATE_NOOP("Cli", "encrypt the database at rest with a passphrase, or stop"),
        _configure_encryption,
        _run_encryption,
    ),
]

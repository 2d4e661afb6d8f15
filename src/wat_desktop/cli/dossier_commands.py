"""``wat-desktop dossier FIRM --out FILE.pdf``, ``dossier FIRM --verify FILE.pdf`` and
``dossier --all --out-dir DIR``.

The dossier is Italian unless ``--lang en`` asks for English: it goes to an Italian
network, whatever language the settings give the messages. ``--lang`` means the same
before and after the command (``cli/main.py``): the messages and the dossier alike.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from wat_desktop.app import AppContext
from wat_desktop.cli.command import Command, fail
from wat_desktop.domain.i18n_markers import QT_TRANSLATE_NOOP, Translate, fill
from wat_desktop.safety_text import write_problem_message

DEFAULT_LANGUAGE = "it"
MSG_USAGE = QT_TRANSLATE_NOOP(
    "Cli", "Give a firm id and --out FILE.pdf or --verify FILE.pdf, or --all --out-dir DIR."
)


def _configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("firm", type=int, nargs="?", help="firm id (see 'wat-desktop firms')")
    parser.add_argument("--out", type=Path, help="PDF file to write (one firm)")
    parser.add_argument(
        "--verify",
        type=Path,
        metavar="FILE.pdf",
        help="check that a dossier was made from the firm's current data",
    )
    parser.add_argument(
        "--all", action="store_true", help="a dossier for every firm in the database"
    )
    parser.add_argument("--out-dir", type=Path, help="folder for the dossiers (with --all)")
    parser.add_argument(
        "--jobs", type=int, default=None, help="processes rendering at once (default: all cores)"
    )
    parser.add_argument(
        "--lang",
        dest="dossier_lang",
        choices=("it", "en"),
        default=DEFAULT_LANGUAGE,
        help="dossier language (default: it, Italian)",
    )


def _run_one(args: argparse.Namespace, app: AppContext, tr: Translate) -> int:
    from wat_desktop.persistence.firm_repository import FirmNotFoundError
    from wat_desktop.translations import QtTranslate

    if args.firm is None or (args.out is None) == (args.verify is None):
        return fail(tr.translate("Cli", MSG_USAGE))
    try:
        if args.verify is not None:
            return _verify(args, app, tr)
        dossier_tr = QtTranslate(args.dossier_lang)
        path = app.dossiers.export(args.firm, args.out, dossier_tr)
        digest = app.dossiers.data(args.firm, dossier_tr).annex.fingerprint
    except FirmNotFoundError:
        return fail(fill(tr.translate("Cli", "No firm with id %1."), args.firm))
    print(fill(tr.translate("Cli", "Dossier written to %1"), path))
    print(fill(tr.translate("Cli", "Data fingerprint (SHA-256): %1"), digest))
    return 0


def _verify(args: argparse.Namespace, app: AppContext, tr: Translate) -> int:
    from wat_desktop.translations import QtTranslate

    try:
        pdf = args.verify.read_bytes()
    except OSError as error:
        return fail(fill(tr.translate("Cli", "The file cannot be read: %1"), error))
    language = app.dossiers.matching_language(args.firm, pdf, QtTranslate)
    if language is None:
        return fail(
            tr.translate(
                "Cli",
                "The file does not match the firm's current data: the data changed after it "
                "was made, or the file was altered.",
            )
        )
    digest = app.dossiers.data(args.firm, QtTranslate(language)).annex.fingerprint
    print(
        fill(
            tr.translate(
                "Cli", "The file matches the firm's current data byte for byte (fingerprint %1)."
            ),
            digest,
        )
    )
    return 0


def _run_all(args: argparse.Namespace, app: AppContext, tr: Translate) -> int:
    from wat_desktop.services.dossier_batch import export_all
    from wat_desktop.translations import QtTranslate

    if args.out_dir is None or args.firm is not None:
        return fail(tr.translate("Cli", MSG_USAGE))
    total = len(app.firms.list_firms())
    if total == 0:
        return fail(tr.translate("Cli", "There is no firm in the database."))
    items = export_all(
        app.firms, app.dossiers, args.out_dir, args.dossier_lang, QtTranslate, args.jobs
    )
    for done, item in enumerate(items, start=1):
        # Progress goes to stderr so stdout can be piped.
        print(f"[{done}/{total}] {item.firm_name} \u2192 {item.path}", file=sys.stderr)
    print(fill(tr.translate("Cli", "%n dossiers written to %1", None, total), args.out_dir))
    return 0


def _run(args: argparse.Namespace, app: AppContext, tr: Translate) -> int:
    from wat_desktop.infra.atomic_file import FileWriteError
    from wat_desktop.services.dossier_service import NoCatalogueError

    try:
        if args.all:
            return _run_all(args, app, tr)
        return _run_one(args, app, tr)
    except NoCatalogueError:
        return fail(tr.translate("Cli", "No network catalogue yet: import one first."))
    except FileWriteError as error:
        return fail(write_problem_message(error, tr))


COMMANDS = [
    Command(
        "dossier",
        QT_TRANSLATE_NOOP("Cli", "export a firm's membership dossier as PDF"),
        _configure,
        _run,
    ),
]

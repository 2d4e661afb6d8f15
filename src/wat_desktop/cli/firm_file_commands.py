"""``wat-desktop firm export FIRM --out FILE`` and ``wat-desktop firm import FILE``.

``firm`` (one firm, with actions) sits beside ``firms`` (the list).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from wat_desktop.app import AppContext
from wat_desktop.cli.command import Command, fail
from wat_desktop.domain.i18n_markers import QT_TRANSLATE_NOOP, Translate, fill
from wat_desktop.safety_text import write_problem_message


def _configure(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="firm_action", metavar="ACTION", required=True)
    export = actions.add_parser("export", help="write a firm to a JSON firm file")
    export.add_argument("firm", type=int, help="firm id (see 'wat-desktop firms')")
    export.add_argument("--out", type=Path, required=True, help="JSON file to write")
    imports = actions.add_parser("import", help="add the firm in a JSON firm file")
    imports.add_argument("file", type=Path, help="firm file to read")


def _run(args: argparse.Namespace, app: AppContext, tr: Translate) -> int:
    from wat_desktop.domain.firm_file import FirmFileError
    from wat_desktop.infra.atomic_file import FileWriteError
    from wat_desktop.persistence.firm_repository import FirmNotFoundError

    if args.firm_action == "export":
        try:
            path = app.firm_files.export(args.firm, args.out)
        except FirmNotFoundError:
            return fail(fill(tr.translate("Cli", "No firm with id %1."), args.firm))
        except FileWriteError as error:
            return fail(write_problem_message(error, tr))
        print(fill(tr.translate("Cli", "Firm file written to %1"), path))
        return 0
    try:
        firm = app.firm_files.import_file(args.file)
    except FirmFileError as error:
        print(
            tr.translate("Cli", "The firm file was not imported and nothing was changed."),
            file=sys.stderr,
        )
        for issue in error.issues:
            print(f"  {issue.text(tr)}", file=sys.stderr)
        return 1
    print(fill(tr.translate("Cli", "Firm imported: %1 (id %2)."), firm.name, firm.id))
    return 0


COMMANDS = [
    Command(
        "firm",
        QT_TRANSLATE_NOOP("Cli", "export a firm to a JSON firm file, or import one"),
        _configure,
        _run,
    ),
]

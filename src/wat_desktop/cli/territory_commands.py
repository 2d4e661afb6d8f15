"""``wat-desktop demand export|import`` and ``wat-desktop territory``.

``demand import`` validates every file and prints the preview (new, replaces,
ignored, refused with file and field); it stores nothing without ``--yes``
(exit 3: shown, not applied) and exits 1 when a file was refused.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from wat_desktop.app import AppContext
from wat_desktop.cli.command import Command, fail, print_json
from wat_desktop.domain.i18n_markers import QT_TRANSLATE_NOOP, Translate, fill
from wat_desktop.safety_text import write_problem_message


def _configure_demand(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="demand_action", metavar="ACTION", required=True)
    export = actions.add_parser("export", help="write a firm's anonymous demand file")
    export.add_argument("firm", type=int, help="firm id (see 'wat-desktop firms')")
    export.add_argument("--out", type=Path, required=True, help="JSON file to write")
    imports = actions.add_parser("import", help="validate demand files and store them")
    imports.add_argument("files", type=Path, nargs="+", help="demand files to read")
    imports.add_argument("--yes", action="store_true", help="store without asking")


def _export(args: argparse.Namespace, app: AppContext, tr: Translate) -> int:
    from wat_desktop.infra.atomic_file import FileWriteError
    from wat_desktop.persistence.firm_repository import FirmNotFoundError

    try:
        path = app.territory.export(args.firm, args.out)
    except FirmNotFoundError:
        return fail(fill(tr.translate("Cli", "No firm with id %1."), args.firm))
    except FileWriteError as error:
        return fail(write_problem_message(error, tr))
    print(fill(tr.translate("Cli", "Demand file written to %1"), path))
    return 0


def _import(args: argparse.Namespace, app: AppContext, tr: Translate) -> int:
    from wat_desktop.services.territory_preview_text import preview_lines

    preview = app.territory.preview_import(args.files)
    for line in preview_lines(preview, tr):
        print(line)
    for rejected in preview.rejected:
        print(fill(tr.translate("Cli", "%1 was refused:"), rejected.path), file=sys.stderr)
        for issue in rejected.issues:
            print(f"  {issue.text(tr)}", file=sys.stderr)
    if not preview.changes:
        print(tr.translate("Cli", "Nothing to store."))
        return 1 if preview.rejected else 0
    if not args.yes:
        print(tr.translate("Cli", "Nothing was stored: run again with --yes to store."))
        return 3
    count = app.territory.apply(preview)
    print(fill(tr.translate("Cli", "Demand files stored: %1."), count))
    return 1 if preview.rejected else 0


def _run_demand(args: argparse.Namespace, app: AppContext, tr: Translate) -> int:
    if args.demand_action == "export":
        return _export(args, app, tr)
    return _import(args, app, tr)


def _configure_territory(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("--csv", type=Path, default=None, help="also write the report as CSV")
    parser.add_argument("--pdf", type=Path, default=None, help="also write the report as PDF")


def _run_territory(args: argparse.Namespace, app: AppContext, tr: Translate) -> int:
    from wat_desktop.infra.atomic_file import FileWriteError, write_bytes_atomic
    from wat_desktop.services.territory_export import csv_bytes, report_json
    from wat_desktop.services.territory_preview_text import report_lines

    report = app.territory.report()
    try:
        if args.csv:
            write_bytes_atomic(args.csv, csv_bytes(report, tr))
        if args.pdf:
            from wat_desktop.reports.territory_pdf import territory_pdf_bytes

            write_bytes_atomic(args.pdf, territory_pdf_bytes(report, tr))
    except FileWriteError as error:
        return fail(write_problem_message(error, tr))
    if args.json:
        print_json(report_json(report))
    else:
        for line in report_lines(report, tr):
            print(line)
    return 0


COMMANDS = [
    Command(
        "demand",
        QT_TRANSLATE_NOOP("Cli", "export a firm's anonymous demand file, or import many"),
        _configure_demand,
        _run_demand,
    ),
    Command(
        "territory",
        QT_TRANSLATE_NOOP("Cli", "territorial demand and the pooled offers' states"),
        _configure_territory,
        _run_territory,
    ),
]

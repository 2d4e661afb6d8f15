"""``wat-desktop backup [list]``, ``wat-desktop restore FILE [--yes]``, ``wat-desktop check``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from wat_desktop.app import AppContext
from wat_desktop.cli.command import Command, fail, print_json
from wat_desktop.domain.i18n_markers import QT_TRANSLATE_NOOP, Translate, fill
from wat_desktop.infra.atomic_file import FileWriteError
from wat_desktop.safety_text import format_moment, write_problem_message


def _unsupported(tr: Translate) -> int:
    return fail(
        tr.translate(
            "Cli",
            "Backups here cover the local SQLite database only; back up a shared "
            "PostgreSQL database with pg_dump.",
        )
    )


def _configure_backup(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("action", nargs="?", choices=["list"], help="list the backups")
    parser.add_argument("--json", action="store_true", help="machine-readable output")


def _run_backup(args: argparse.Namespace, app: AppContext, tr: Translate) -> int:
    service = app.backups
    if not service.supported:
        return _unsupported(tr)
    if args.action == "list":
        backups = service.list_backups()
        if args.json:
            print_json(
                [
                    {
                        "file": b.path.name,
                        "taken_at": b.taken_at.isoformat(),
                        "reason": b.reason,
                        "bytes": b.size,
                    }
                    for b in backups
                ]
            )
        elif not backups:
            print(tr.translate("Cli", "No backups yet."))
        from wat_desktop.services.backup_service import kind_label

        for b in [] if args.json else backups:
            when = format_moment(b.taken_at, tr.language)
            print(f"{when:<16}  {kind_label(b.reason, tr):<40}  {b.size:>10}  {b.path.name}")
        return 0
    try:
        info = service.create("manual")
    except FileWriteError as error:
        return fail(write_problem_message(error, tr))
    print(
        fill(
            tr.translate("Cli", "Backup written and verified: %1 (data from %2)."),
            info.path,
            format_moment(info.taken_at, tr.language),
        )
    )
    return 0


def _configure_restore(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="backup file (a path or a name from 'backup list')")
    parser.add_argument("--yes", action="store_true", help="do not ask for confirmation")


def _run_restore(args: argparse.Namespace, app: AppContext, tr: Translate) -> int:
    from wat_desktop.persistence.restore import RestoreError

    service = app.backups
    if not service.supported:
        return _unsupported(tr)
    path: Path = args.file
    if not path.exists() and (service.folder / path.name).exists():
        path = service.folder / path.name
    if not args.yes:
        question = tr.translate(
            "Cli", "Replace the current database with this backup? The current one is kept aside."
        )
        if not sys.stdin.isatty():
            return fail(tr.translate("Cli", "Restore not confirmed: add --yes to confirm."))
        answer = input(f"{question} [y/N] ").strip().lower()
        if answer not in ("y", "yes", "s", "si", "sì"):
            return fail(tr.translate("Cli", "Restore cancelled; nothing was changed."))
    try:
        result = service.restore(path)
    except RestoreError:
        return fail(
            fill(
                tr.translate("Cli", "%1 is not a valid WAT Desktop backup; nothing was changed."),
                path,
            )
        )
    except FileWriteError as error:
        return fail(write_problem_message(error, tr))
    print(
        fill(
            tr.translate(
                "Cli",
                "Database restored. The data is from %1. The previous database was kept in %2.",
            ),
            format_moment(result.data_from, tr.language),
            result.aside,
        )
    )
    return 0


def _run_check(_args: argparse.Namespace, app: AppContext, tr: Translate) -> int:
    service = app.backups
    if not service.supported:
        return _unsupported(tr)
    report = service.check()
    if report.ok:
        print(tr.translate("Cli", "Database check: no problems found."))
        return 0
    print(tr.translate("Cli", "Database check: the database is damaged."), file=sys.stderr)
    for line in [*report.integrity[:20], *map(str, report.foreign_keys[:20]), report.error]:
        if line:
            print(f"  {line}", file=sys.stderr)
    latest = service.latest_good()
    if latest is not None:
        print(
            fill(
                tr.translate("Cli", "Latest good backup: %1 (data from %2). Restore it with: %3"),
                latest.path.name,
                format_moment(latest.taken_at, tr.language),
                f"wat-desktop restore {latest.path.name}",
            ),
            file=sys.stderr,
        )
    return 1


COMMANDS = [
    Command(
        "backup",
        QT_TRANSLATE_NOOP("Cli", "take a verified backup now, or list the backups"),
        _configure_backup,
        _run_backup,
    ),
    Command(
        "restore",
        QT_TRANSLATE_NOOP("Cli", "replace the database with a backup (the current one is kept)"),
        _configure_restore,
        _run_restore,
    ),
    Command(
        "check",
        QT_TRANSLATE_NOOP("Cli", "check the whole database for damage"),
        lambda _p: None,
        _run_check,
    ),
]

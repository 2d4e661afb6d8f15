"""``wat-desktop demo`` and ``wat-desktop firms``."""

from __future__ import annotations

import argparse

from wat_desktop.app import AppContext
from wat_desktop.cli.command import Command, print_json
from wat_desktop.domain.i18n_markers import QT_TRANSLATE_NOOP, Translate, fill
from wat_desktop.domain.steps import StepId


def _run_demo(_args: argparse.Namespace, app: AppContext, tr: Translate) -> int:
    from wat_desktop.services.demo_service import install_demo

    firm = install_demo(app.firms, app.catalogues)
    print(
        fill(
            tr.translate("Cli", "Demo network and demo firm ready: %1 (id %2)."), firm.name, firm.id
        )
    )
    return 0


def _configure_firms(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--all", action="store_true", help="include archived firms")


def _run_firms(args: argparse.Namespace, app: AppContext, tr: Translate) -> int:
    firms = app.firms.list_firms(include_archived=args.all)
    if args.json:
        print_json(
            [
                {
                    "id": f.id,
                    "name": f.name,
                    "municipality": f.municipality,
                    "headcount": f.headcount,
                    "steps_done": [s.name.lower() for s in StepId if f.steps_done & (1 << s)],
                    "archived": f.archived,
                }
                for f in firms
            ]
        )
        return 0
    if not firms:
        print(tr.translate("Cli", "No firms yet: create one in the app or run 'wat-desktop demo'."))
        return 0
    for f in firms:
        print(f"{f.id:>6}  {f.name}  ({f.municipality}, {f.headcount})")
    return 0


COMMANDS = [
    Command(
        "demo",
        QT_TRANSLATE_NOOP("Cli", "fill the database with the demo network and firm"),
        lambda _p: None,
        _run_demo,
    ),
    Command(
        "firms",
        QT_TRANSLATE_NOOP("Cli", "list the firms with their ids"),
        _configure_firms,
        _run_firms,
    ),
]

"""``wat-desktop catalogue import FILE [--yes]`` and ``wat-desktop catalogue list [--json]``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from wat_desktop.app import AppContext
from wat_desktop.cli.command import Command, fail, print_json
from wat_desktop.domain.i18n_markers import QT_TRANSLATE_NOOP, Translate, fill

EXIT_NOT_APPLIED = 3  # valid file, changes shown, not applied (no --yes, no terminal)


def _configure(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="catalogue_action", metavar="ACTION", required=True)
    importing = actions.add_parser(
        "import", help="validate a catalogue file, show what changes, then import it"
    )
    importing.add_argument("file", type=Path, help="catalogue file (JSON)")
    importing.add_argument(
        "--yes", action="store_true", help="apply without asking after showing the changes"
    )
    listing = actions.add_parser("list", help="the current catalogue's offers and the history")
    listing.add_argument("--json", action="store_true", help="machine-readable output")


def _run(args: argparse.Namespace, app: AppContext, tr: Translate) -> int:
    if args.catalogue_action == "import":
        return _import(args, app, tr)
    return _list(args, app, tr)


def _import(args: argparse.Namespace, app: AppContext, tr: Translate) -> int:
    from wat_desktop.services.catalogue_preview_text import preview_lines
    from wat_desktop.services.catalogue_service import CatalogueFormatError

    not_imported = tr.translate("Cli", "The catalogue was not imported and nothing was changed.")
    try:
        preview = app.catalogues.preview_file(args.file)
    except OSError as error:
        return fail(f"{not_imported}\n{args.file}: {error.strerror or error}")
    except CatalogueFormatError as error:
        return fail(f"{not_imported}\n{args.file}:\n{error.text(tr)}")
    for line in preview_lines(preview, tr, tr.language):
        print(line)
    if preview.already_current:
        return 0
    if not args.yes:
        if not sys.stdin.isatty():
            print(tr.translate("Cli", "Nothing changed yet: run again with --yes to apply."))
            return EXIT_NOT_APPLIED
        answer = input(tr.translate("Cli", "Apply these changes? [y/N] ")).strip().lower()
        if answer not in ("y", "yes", "s", "si", "sì"):
            print(tr.translate("Cli", "Nothing changed."))
            return EXIT_NOT_APPLIED
    imported = app.catalogues.apply(preview)
    print(
        fill(
            tr.translate("Cli", "Catalogue %1 (version %2) imported."),
            imported.catalogue.network.name,
            imported.catalogue.version,
        )
    )
    return 0


def _list(args: argparse.Namespace, app: AppContext, tr: Translate) -> int:
    from wat_desktop.domain.catalogue import CONTEXT as CATALOGUE_CONTEXT
    from wat_desktop.domain.catalogue import UNIT_SHORT_LABELS
    from wat_desktop.formatting import format_money

    catalogue = app.catalogues.current()
    history = app.catalogues.history()
    if args.json:
        print_json(
            {
                "current": None
                if catalogue is None
                else {
                    "network": catalogue.network.id,
                    "name": catalogue.network.name,
                    "version": catalogue.version,
                    "offers": [
                        {
                            "id": o.id,
                            "title": o.title,
                            "provider": o.provider_id,
                            "need_areas": [a.value for a in o.need_areas],
                            "benefit_type": o.benefit_type,
                            "unit": o.unit.value,
                            "price_cents": o.price_cents,
                            "pooled": o.is_pooled,
                        }
                        for o in catalogue.offers
                    ],
                },
                "history": [
                    {
                        "network": h.network_id,
                        "version": h.version,
                        "imported_at": h.imported_at.isoformat(timespec="seconds"),
                        "current": h.is_current,
                        "offers": h.offers,
                    }
                    for h in history
                ],
            }
        )
        return 0
    if catalogue is None:
        print(tr.translate("Cli", "No network catalogue yet: import one first."))
        return 0
    offers = len(catalogue.offers)  # a plain name: lupdate skips a call counting len(...)
    print(
        fill(
            tr.translate("Cli", "%1, version %2 (%n offers)", None, offers),
            catalogue.network.name,
            catalogue.version,
        )
    )
    pooled_mark = tr.translate("Cli", "pooled")
    for offer in catalogue.offers:
        pooled = f"  [{pooled_mark}]" if offer.is_pooled else ""
        price = fill(
            tr(CATALOGUE_CONTEXT, UNIT_SHORT_LABELS[offer.unit]),
            format_money(offer.price_cents, tr.language),
        )
        print(f"  {offer.id:<28} {price:>24}  {offer.title}{pooled}")
    return 0


COMMANDS = [
    Command(
        "catalogue",
        QT_TRANSLATE_NOOP("Cli", "import a network catalogue file or list the current one"),
        _configure,
        _run,
    ),
]

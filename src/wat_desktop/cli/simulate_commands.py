"""``wat-desktop simulate --year 2026 --ral 28000 --amount 1000 [--region R]
[--benefit TYPE] [--children] [--network-fee EUR] [--json]``."""

from __future__ import annotations

import argparse
from decimal import Decimal, InvalidOperation

from wat_desktop.app import AppContext
from wat_desktop.cli.command import Command, fail, print_json
from wat_desktop.domain.benefit_types import BenefitType
from wat_desktop.domain.i18n_markers import QT_TRANSLATE_NOOP, Translate, fill


def _euros(text: str) -> Decimal:
    """``28000``, ``28000.50`` or ``28.000,50``: euros, not negative, to the cent."""
    cleaned = text.replace("€", "").replace(" ", "").strip()
    if "," in cleaned:
        cleaned = cleaned.replace(".", "").replace(",", ".")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise argparse.ArgumentTypeError(f"not an amount in euros: {text!r}") from None
    if not value.is_finite() or value < 0 or value != value.quantize(Decimal("0.01")):
        raise argparse.ArgumentTypeError(f"not an amount in euros: {text!r}")
    return value


def _configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--year", type=int, default=None, help="tax year (default: the latest)")
    parser.add_argument("--ral", type=_euros, required=True, help="gross annual salary, euros")
    parser.add_argument("--amount", type=_euros, required=True, help="amount to pay, euros")
    parser.add_argument("--region", default="piemonte", help="regional surcharge to apply")
    parser.add_argument(
        "--network-fee", type=_euros, default=Decimal(0), help="per-firm network fee, euros"
    )
    parser.add_argument(
        "--benefit",
        choices=[b.value for b in BenefitType],
        default=BenefitType.SERVICES_IN_KIND.value,
        help="benefit type of the welfare (art. 51 TUIR), default art51_c2_f: services in kind",
    )
    parser.add_argument(
        "--children",
        action="store_true",
        help="the employee has fiscally dependent children (higher fringe-benefit ceiling)",
    )
    parser.add_argument("--json", action="store_true", help="machine-readable output")


def _run(args: argparse.Namespace, _app: AppContext, tr: Translate) -> int:
    from wat_desktop.domain.rules import TaxYearError, available_years, load_tax_year, simulate

    years = available_years()
    year = years[-1] if args.year is None else args.year
    if year not in years:
        return fail(
            fill(
                tr.translate("Cli", "No tax rules for %1. Available years: %2."),
                year,
                ", ".join(map(str, years)),
            )
        )
    try:
        regions = load_tax_year(year).regions
    except TaxYearError as error:  # names the file and the field to fix
        return fail(fill(tr.translate("Cli", "The tax-year file is not valid: %1"), error))
    if args.region not in regions:
        return fail(
            fill(
                tr.translate("Cli", "Unknown region %1. Available: %2."),
                args.region,
                ", ".join(regions),
            )
        )
    result = simulate(
        year,
        args.ral,
        args.amount,
        args.region,
        args.network_fee,
        BenefitType(args.benefit),
        args.children,
    )
    if args.json:
        print_json(result.to_json(tr))
        return 0
    from wat_desktop.cli.simulate_text import simulation_lines

    for line in simulation_lines(result, tr):
        print(line)
    return 0


COMMANDS = [
    Command(
        "simulate",
        QT_TRANSLATE_NOOP(
            "Cli", "compare an amount as salary, welfare and productivity bonus (estimate)"
        ),
        _configure,
        _run,
    ),
]

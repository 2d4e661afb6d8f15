"""``wat-desktop plan FIRM --budget EUROS [--json] [--save]``."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any

from wat_desktop.app import AppContext
from wat_desktop.cli.command import Command, fail, print_json
from wat_desktop.domain.i18n_markers import QT_TRANSLATE_NOOP, Translate, fill
from wat_desktop.domain.plan.figures import LineFigures, PlanFigures, solidarity_cents
from wat_desktop.domain.plan.reasons import Reason, pool_state, render
from wat_desktop.domain.plan.recommendation import Recommendation
from wat_desktop.domain.rules import DISCLAIMER, load_tax_year
from wat_desktop.formatting import MoneyParseError, format_money, parse_money
from wat_desktop.services.dossier_plan import quantity_text


def _configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("firm", type=int, help="firm id (see 'wat-desktop firms')")
    parser.add_argument(
        "--budget",
        default=None,
        help="yearly budget in euros, e.g. 6000 or 6000.50 (default: the firm's budget)",
    )
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--save", action="store_true", help="store it as the firm's plan")


def parse_euros(text: str) -> int:
    """``6000``, ``6000.50`` or Italian ``6.000,50`` to cents, exactly."""
    try:
        value = Decimal(text.strip())
    except InvalidOperation:
        return parse_money(text, "it")
    cents = value * 100
    if not value.is_finite() or value < 0 or cents != cents.to_integral_value():
        raise MoneyParseError(text)
    return int(cents)


def _run(args: argparse.Namespace, app: AppContext, tr: Translate) -> int:
    from wat_desktop.persistence.firm_repository import FirmNotFoundError
    from wat_desktop.services.plan_service import NoCatalogueError

    budget = None
    if args.budget is not None:
        try:
            budget = parse_euros(args.budget)
        except MoneyParseError:
            return fail(fill(tr.translate("Cli", "Not an amount in euros: %1"), args.budget))
    try:
        firm = app.firms.load(args.firm)
        recommendation = app.plans.recommend(firm, budget)
    except FirmNotFoundError:
        return fail(fill(tr.translate("Cli", "No firm with id %1."), args.firm))
    except NoCatalogueError:
        return fail(tr.translate("Cli", "No network catalogue yet: import one first."))
    figures = app.plans.figures(firm, recommendation.quantities, recommendation.budget_cents)
    if args.save:
        app.plans.apply(firm, recommendation)
    lang = tr.language

    def money(cents: int) -> str:
        return format_money(cents, lang)

    def text(reason: Reason) -> str:
        return render(reason, tr, money)

    if args.json:
        print_json(_as_json(firm.id, firm.name, recommendation, figures, text, tr))
        return 0
    _print_text(firm.name, recommendation, figures, money, text, tr)
    return 0


def _solidarity(line: LineFigures, figures: PlanFigures) -> int:
    return solidarity_cents(line, load_tax_year(figures.year).solidarity_rate.value)


def _as_json(
    firm_id: int | None,
    name: str,
    rec: Recommendation,
    figures: PlanFigures,
    text: Callable[[Reason], str],
    tr: Translate,
) -> dict[str, Any]:
    by_id = {line.offer.id: line for line in figures.lines}
    return {
        "firm_id": firm_id,
        "firm": name,
        "year": figures.year,
        "budget_cents": rec.budget_cents,
        "cost_cents": figures.cost_cents,
        "fee_cents": figures.fee_cents,
        "solidarity_cents": figures.solidarity_cents,
        "value_to_employees_cents": figures.value_cents,
        "same_money_as_salary_cents": figures.salary_net_cents,
        "fringe_per_user_cents": figures.fringe.per_user_cents if figures.fringe else 0,
        "weighted_need_covered": rec.value,
        "lines": [
            {
                "offer_id": line.offer_id,
                "title": by_id[line.offer_id].offer.title,
                "users": line.users,
                "quantity": line.units,
                "unit": by_id[line.offer_id].offer.unit.value,
                "unit_price_cents": by_id[line.offer_id].unit_price_cents,
                # services at the price paid now, plus the membership fee when due
                "cost_cents": by_id[line.offer_id].cost_cents,
                "fee_cents": by_id[line.offer_id].fee_cents,
                "solidarity_cents": _solidarity(by_id[line.offer_id], figures),
                "pooled": line.pool is not None,
                "pool_state": line.pool.state.value if line.pool else None,
                "pool_state_text": text(pool_state(line.pool)) if line.pool else None,
                "explanation": text(line.reason),
            }
            for line in rec.lines
        ],
        "pools": [
            {
                "offer_id": pool.offer_id,
                "state": pool.state.value,
                "state_text": text(pool_state(pool)),
                "pooled_users": pool.pooled_users,
                "min_users": pool.min_users,
                "missing_users": pool.missing_users,
                "missing_firms": pool.missing_firms,
            }
            for pool in figures.pools
        ],
        "warnings": [text(w) for w in figures.warnings],
    }


def _print_text(
    name: str,
    rec: Recommendation,
    figures: PlanFigures,
    money: Callable[[int], str],
    text: Callable[[Reason], str],
    tr: Translate,
) -> None:
    print(
        fill(
            tr.translate("Cli", "Recommended plan for %1, budget %2 (rules of %3):"),
            name,
            money(rec.budget_cents),
            figures.year,
        )
    )
    if not rec.lines:
        print(tr.translate("Cli", "No offer fits this budget and these needs."))
    by_id = {line.offer.id: line for line in figures.lines}
    for line in rec.lines:
        figure = by_id[line.offer_id]
        quantity = quantity_text(figure.offer.unit, figure.units, tr)
        print(
            f"- {figure.offer.title}: {quantity} × {money(figure.unit_price_cents)}"
            f" = {money(figure.cost_cents)}"
        )
        if figure.fee_cents:
            fee = money(figure.fee_cents)
            print(
                "  " + fill(tr.translate("Cli", "Includes the network membership fee of %1."), fee)
            )
        solidarity = _solidarity(figure, figures)
        if solidarity:
            print(
                "  "
                + fill(
                    tr.translate("Cli", "Plus the 10% solidarity contribution: %1."),
                    money(solidarity),
                )
            )
        print(f"  {text(line.reason)}")
    print(fill(tr.translate("Cli", "Cost to the firm: %1"), money(figures.cost_cents)))
    print(fill(tr.translate("Cli", "Value to employees: %1"), money(figures.value_cents)))
    print(
        fill(
            tr.translate("Cli", "The same money as salary would net them: %1"),
            money(figures.salary_net_cents),
        )
    )
    for warning in figures.warnings:
        print(fill(tr.translate("Cli", "Warning: %1"), text(warning)))
    print(tr("Rules", DISCLAIMER))


COMMANDS = [
    Command(
        "plan",
        QT_TRANSLATE_NOOP("Cli", "recommend the best plan for a firm's budget, explained"),
        _configure,
        _run,
    ),
]

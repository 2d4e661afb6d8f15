"""The dossier's plan lines: the firm's chosen offers with prices and pooled states.

Every figure comes from the plan's ``PlanFigures`` (``domain.plan.figures``), the
same the plan page and the CLI show: the price paid now, the membership fee
when due (its own row under the line), and the pooled state in the words of
``plan.reasons.pool_state``.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from wat_desktop.domain.catalogue import BENEFICIARY_LABELS, UNIT_LABELS, Catalogue, Unit
from wat_desktop.domain.i18n_markers import Translate
from wat_desktop.domain.need_areas import NEED_AREA_LABELS
from wat_desktop.domain.plan.figures import LineFigures, solidarity_cents
from wat_desktop.domain.plan.reasons import pool_state, render
from wat_desktop.formatting import format_money
from wat_desktop.reports.dossier_model import PlanLine


def quantity_text(unit: str, quantity: int, tr: Translate) -> str:
    """The quantity with its unit as a counted noun, singular or plural ("1 month")."""
    if unit == Unit.EMPLOYEE_YEAR:
        return tr.translate("Dossier", "%n employees", None, quantity)
    if unit == Unit.CHILD_WEEK:
        return tr.translate("Dossier", "%n child-weeks", None, quantity)
    if unit == Unit.MONTH:
        return tr.translate("Dossier", "%n months", None, quantity)
    if unit == Unit.HOUR:
        return tr.translate("Dossier", "%n hours", None, quantity)
    return tr.translate("Dossier", "%n uses", None, quantity)


def _line(line: LineFigures, catalogue: Catalogue, tr: Translate, rate: Decimal | None) -> PlanLine:
    offer = line.offer
    provider = catalogue.provider_of(offer)
    pool = line.pool
    return PlanLine(
        title=offer.title,
        provider=provider.name if provider else offer.provider_id,
        areas=", ".join(tr("NeedArea", NEED_AREA_LABELS[a]) for a in offer.need_areas),
        beneficiaries=", ".join(
            tr("Catalogue", BENEFICIARY_LABELS[b]) for b in offer.beneficiaries
        ),
        quantity=line.units,
        unit=tr("Catalogue", UNIT_LABELS[offer.unit]),
        quantity_text=quantity_text(offer.unit, line.units, tr),
        standalone_unit_cents=offer.price_cents,
        pooled_unit_cents=pool.pooled_unit_cents if pool else None,
        cost_cents=line.cost_cents,
        pooled_state=render(pool_state(pool), tr, lambda c: format_money(c, tr.language))
        if pool
        else "",
        fee_cents=line.fee_cents,
        pool_active=pool.is_active_with_firm if pool else False,
        solidarity_cents=solidarity_cents(line, rate) if rate is not None else 0,
    )


def plan_lines(
    lines: Iterable[LineFigures],
    catalogue: Catalogue,
    tr: Translate,
    solidarity_rate: Decimal | None = None,
) -> tuple[PlanLine, ...]:
    """The plan's lines (``PlanFigures.lines``) in catalogue order, with the solidarity
    contribution each one adds at ``solidarity_rate`` (as ``plan_figures`` adds it);
    offers withdrawn since are not among them."""
    order = {offer.id: index for index, offer in enumerate(catalogue.offers)}
    ranked = sorted(lines, key=lambda line: order.get(line.offer.id, len(order)))
    return tuple(_line(line, catalogue, tr, solidarity_rate) for line in ranked)

"""The Simulatore's two explanations in words, shared by the dialog and
``wat-desktop simulate``: why part of the welfare is taxed, and how the
productivity bonus in cash is taxed. Each names the threshold it is about."""

from __future__ import annotations

from wat_desktop.domain.i18n_markers import Translate, fill
from wat_desktop.domain.rules import Simulation, load_tax_year
from wat_desktop.domain.rules.comparison import ABOVE_FRINGE_CEILING
from wat_desktop.formatting import format_money, format_number

# Literal contexts in every call below: lupdate extracts only those.


def welfare_note(result: Simulation, tr: Translate) -> str:
    """Why part of the welfare column is taxed as pay; "" when none of it is."""
    note = result.comparison.welfare_note
    if not note:
        return ""
    fringe = load_tax_year(result.year).fringe
    if note != ABOVE_FRINGE_CEILING or not fringe.cliff:
        return tr("Rules", note)  # a source string of comparison.py
    lang = tr.language
    return fill(
        tr.translate(
            "Rules",
            "Above the fringe-benefit ceiling of %1 (%2 with dependent children): the whole "
            "amount is taxed as pay.",
        ),
        format_money(fringe.ceiling_general.value, lang),
        format_money(fringe.ceiling_with_children.value, lang),
    )


def bonus_note(result: Simulation, tr: Translate) -> str:
    """How a productivity bonus paid in cash is taxed, for this salary."""
    lang = tr.language
    bonus = result.bonus
    if not bonus.eligible:  # the 0,00 € "at the substitute tax" read as a figure
        limit = load_tax_year(result.year).productivity.income_limit.value
        return fill(
            tr.translate(
                "Rules",
                "Employment income above %1: no substitute tax, the bonus is taxed as "
                "ordinary pay (and cannot be converted into welfare).",
            ),
            format_money(limit, lang),
        )
    return fill(
        tr.translate(
            "Rules", "Productivity bonus in cash: %1 at the %2% substitute tax, the rest as salary."
        ),
        format_money(bonus.capped_amount, lang),
        format_number(bonus.rate * 100, lang),
    )

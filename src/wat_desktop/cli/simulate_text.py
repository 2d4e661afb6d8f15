"""The plain-text table of ``wat-desktop simulate``."""

from __future__ import annotations

from decimal import Decimal

from wat_desktop.domain.benefit_types import BENEFIT_TREATMENTS
from wat_desktop.domain.i18n_markers import Translate, fill
from wat_desktop.domain.rules import (
    COLUMN_LABELS,
    DISCLAIMER,
    ROUNDING_RULE,
    Simulation,
    region_label,
)
from wat_desktop.formatting import format_money
from wat_desktop.services.simulation_text import bonus_note, welfare_note


def ratio_text(value: Decimal, language: str) -> str:
    """Value per euro with two decimals (Babel drops trailing zeros)."""
    text = f"{value:.2f}"
    return text.replace(".", ",") if language == "it" else text


def simulation_lines(result: Simulation, tr: Translate) -> list[str]:
    lang = getattr(tr, "language", "en")
    treatment = BENEFIT_TREATMENTS[result.benefit_type]
    lines = [
        fill(
            tr.translate("Cli", "Tax year %1: gross annual salary %2, amount %3, region %4"),
            result.year,
            format_money(result.ral, lang),
            format_money(result.amount, lang),
            tr("Rules", region_label(result.region)),
        ),
        fill(
            tr.translate("Rules", "Welfare as: %1 (%2)"),
            tr("BenefitType", treatment.label),
            treatment.legal_basis,
        ),
    ]
    if result.network_fee:
        lines.append(
            fill(
                tr.translate("Rules", "Network fee added to the welfare cost: %1"),
                format_money(result.network_fee, lang),
            )
        )
    lines.append("")
    headers = [
        "",
        tr.translate("Rules", "To the employee"),
        tr.translate("Rules", "Cost to the firm"),
        tr.translate("Rules", "Value per euro"),
    ]
    rows = [headers]
    for key, outcome in result.columns:
        rows.append(
            [
                tr("Rules", COLUMN_LABELS[key]),  # domain text, marked in simulation.py
                format_money(outcome.employee_value, lang),
                format_money(outcome.firm_cost, lang),
                ratio_text(outcome.efficiency, lang),
            ]
        )
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    for row in rows:
        numbers = zip(row[1:], widths[1:], strict=True)
        cells = [row[0].ljust(widths[0])] + [c.rjust(w) for c, w in numbers]
        lines.append("  ".join(cells).rstrip())
    lines.append("")
    if result.comparison.welfare_note:
        lines.append(welfare_note(result, tr))
    lines += [
        bonus_note(result, tr),
        fill(
            tr.translate("Rules", "Rules of tax year %1 (%2): %3"),
            result.year,
            result.file_name,
            result.year_status.in_language(lang),
        ),
        tr.translate("Rules", "Sources:"),
    ]
    for key, _outcome in result.columns:
        lines.append(f"  {tr('Rules', COLUMN_LABELS[key])}:")
        for citation in result.column_citations(key):
            mark = " " + tr.translate("Rules", "[assumption]") if citation.assumption else ""
            lines.append(
                f"    - {citation.key}: {citation.ref_in(lang)} — {citation.source_in(lang)}{mark}"
            )
    lines += [
        tr("Rules", ROUNDING_RULE),  # domain text, marked in rounding.py
        tr("Rules", DISCLAIMER),
    ]
    return lines

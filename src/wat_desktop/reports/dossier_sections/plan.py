"""The plan: the firm's own offers and the pooled network offers it joins.

Column widths are measured for the widest usual values in 9 pt Vera (a
five-digit amount in bold, "12 prestazioni"); a unit price is per unit of the
quantity column, so the unit is written once, with the quantity, and no cell
has to wrap a long "per employee per year" under a number.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table, TableStyle

from wat_desktop.domain.i18n_markers import Translate, fill
from wat_desktop.formatting import format_money
from wat_desktop.reports.dossier_model import DossierData, PlanLine
from wat_desktop.reports.dossier_sections.heading import heading, subheading
from wat_desktop.reports.dossier_styles import (
    ACCENT_LIGHT,
    BASE_CELLS,
    CELL_PADDING,
    INK,
    TEXT_WIDTH,
    bullet,
    data_table,
    para,
    stacked,
)

OWN_WIDTHS = [56 * mm, 38 * mm, 26 * mm, 21 * mm]
# The prices alone and pooled share a column; the network state ("Mancano ancora 23
# utenti e 1 azienda") gets the last 27 mm; the cost fits a five-digit subtotal in bold.
POOLED_WIDTHS = [67 * mm, 26 * mm, 21 * mm, 25 * mm]


class KeepIfFits(KeepTogether):
    """Kept together on one page when it fits on a page; a block taller than a page
    starts where it stands and breaks (``KeepTogether`` would first move it whole to
    the next page, leaving this one empty)."""

    def split(self, aW: float, aH: float) -> list:
        if getattr(self, "_wrapInfo", None) != (aW, aH):
            self.wrap(aW, aH)
        frame = getattr(self, "_frame", None)
        height = self._H  # the whole block's, measured by ``wrap``
        if frame is not None and height > frame._height:
            return list(self._content)
        return super().split(aW, aH)


def _last(widths: list[float]) -> list[float]:
    return [*widths, TEXT_WIDTH - sum(widths)]


def _offer(line: PlanLine, with_area: bool, data: DossierData, tr: Translate) -> list:
    """Title in bold, provider under it; for pooled offers the area and
    beneficiaries too (they have no column of their own); the membership fee the
    cost includes, so the row adds up (12 × 55,00 € + 50,00 € = 710,00 €)."""
    notes = [line.provider]
    if with_area:
        notes.append(f"{line.areas} \u00b7 {line.beneficiaries}")
    if line.fee_cents:
        notes.append(
            fill(
                tr.translate("Dossier", "of which network membership fee: %1"),
                format_money(line.fee_cents, data.language),
            )
        )
    return stacked(line.title, *notes, style="cell_bold")


def _own_table(lines: list[PlanLine], data: DossierData, tr: Translate) -> Flowable:
    lang = data.language
    rows: list[list] = [
        [
            _offer(line, with_area=False, data=data, tr=tr),
            stacked(line.areas, line.beneficiaries),
            line.quantity_text,
            format_money(line.standalone_unit_cents, lang),
            format_money(line.cost_cents, lang),
        ]
        for line in lines
    ]
    rows += _solidarity_row(lines, data, tr, columns=5)
    total = sum(line.cost_cents + line.solidarity_cents for line in lines)
    rows.append([tr.translate("Dossier", "Subtotal"), "", "", "", format_money(total, lang)])
    return data_table(
        [
            tr.translate("Dossier", "Offer and provider"),
            tr.translate("Dossier", "Need area and beneficiaries"),
            tr.translate("Dossier", "Quantity"),
            tr.translate("Dossier", "Unit price"),
            tr.translate("Dossier", "Cost per year"),
        ],
        rows,
        _last(OWN_WIDTHS),
        right=(3, 4),
        total_row=True,
    )


def _prices(line: PlanLine, lang: str) -> list:
    """The price alone over the pooled price, in one column: the offer's cell keeps the
    width to hold its title, provider, area and fee on few lines."""
    alone = format_money(line.standalone_unit_cents, lang)
    pooled = format_money(line.pooled_unit_cents or line.standalone_unit_cents, lang)
    # In bold the price the firm pays: the pooled one once the offer is active.
    if line.pool_active:
        return stacked(alone, pooled, style="cell_right", note_style="cell_bold_right")
    return stacked(alone, pooled, style="cell_bold_right", note_style="cell_right")


def _pooled_table(lines: list[PlanLine], data: DossierData, tr: Translate) -> Flowable:
    lang = data.language
    rows: list[list] = [
        [
            _offer(line, with_area=True, data=data, tr=tr),
            line.quantity_text,
            _prices(line, lang),
            format_money(line.cost_cents, lang),
            stacked(line.pooled_state, style="cell_small"),
        ]
        for line in lines
    ]
    rows += _solidarity_row(lines, data, tr, columns=5, cost_column=3)
    total = sum(line.cost_cents + line.solidarity_cents for line in lines)
    rows.append([tr.translate("Dossier", "Subtotal"), "", "", format_money(total, lang), ""])
    return data_table(
        [
            tr.translate("Dossier", "Offer, provider, area and beneficiaries"),
            tr.translate("Dossier", "Quantity"),
            tr.translate("Dossier", "Price alone / pooled"),
            tr.translate("Dossier", "Cost per year"),
            tr.translate("Dossier", "Network state"),
        ],
        rows,
        _last(POOLED_WIDTHS),
        right=(2, 3),
        total_row=True,
    )


def solidarity_label(tr: Translate) -> str:
    return tr.translate("Dossier", "10% solidarity contribution on health-fund services")


def _solidarity_row(
    lines: list[PlanLine], data: DossierData, tr: Translate, columns: int, cost_column: int = 4
) -> list[list]:
    """The employer's 10% on the table's health-fund lines, so its subtotal adds up."""
    due = sum(line.solidarity_cents for line in lines)
    if not due:
        return []
    row: list = [solidarity_label(tr)] + [""] * (columns - 1)
    row[cost_column] = format_money(due, data.language)
    return [row]


def _total(data: DossierData, tr: Translate) -> Flowable:
    """The plan's total (the subtotals, solidarity included), set like a table's total
    row so it lines up with them."""
    rows = [
        [
            para(tr.translate("Dossier", "Total plan cost per year"), "cell_bold"),
            para(format_money(data.plan_total_cents, data.language), "figure_right"),
        ]
    ]
    table = Table(rows, colWidths=[TEXT_WIDTH - 45 * mm, 45 * mm])
    table.setStyle(
        TableStyle(
            [
                *BASE_CELLS,
                ("BACKGROUND", (0, 0), (-1, -1), ACCENT_LIGHT),
                ("LINEABOVE", (0, 0), (-1, 0), 0.8, INK),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ]
        )
    )
    return table


def build(data: DossierData, tr: Translate) -> list[Flowable]:
    own = [line for line in data.plan if line.pooled_unit_cents is None]
    pooled = [line for line in data.plan if line.pooled_unit_cents is not None]
    story: list[Flowable] = [heading("plan", tr.translate("Dossier", "The welfare plan"))]
    if not data.plan:
        return [*story, para(tr.translate("Dossier", "No offer chosen yet.")), PageBreak()]
    story.append(
        para(
            tr.translate(
                "Dossier",
                "Prices come from the network catalogue and are per unit of the quantity "
                "(an employee for a year, a month, a child for a week, an hour, a use); costs "
                "are per year. Pooled offers show the price a firm would pay alone and the "
                "price reached by the network's pooled demand, which applies once the offer "
                "is active.",
            ),
            "small",
        )
    )
    # A table that fits on a page is kept on one, with its heading: never a last row
    # and its subtotal alone on the next page. A longer one breaks, repeating its header.
    if own:
        story.append(
            KeepIfFits(
                [
                    subheading("plan-own", tr.translate("Dossier", "The firm's own offers")),
                    _own_table(own, data, tr),
                ]
            )
        )
    if pooled:
        story.append(
            KeepIfFits(
                [
                    subheading("plan-pooled", tr.translate("Dossier", "Pooled network offers")),
                    _pooled_table(pooled, data, tr),
                ]
            )
        )
    story += [Spacer(1, 4 * mm), _total(data, tr)]
    if data.warnings:
        # The plan page's legal warnings (generality, fringe ceiling), where they apply.
        story.append(subheading("plan-check", tr.translate("Dossier", "Points to check")))
        story += [bullet(text) for text in data.warnings]
    reasons = [f"{line.title}: {line.explanation}" for line in data.plan if line.explanation]
    if reasons:
        story.append(subheading("plan-why", tr.translate("Dossier", "Why these offers")))
        story += [bullet(text) for text in reasons]
    story.append(PageBreak())
    return story

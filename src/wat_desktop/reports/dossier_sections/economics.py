"""Economics: cost to the firm, value to employees, salary comparison, productivity
bonus conversion, CCNL compulsory welfare, fringe-ceiling and deductibility notes."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from wat_desktop.domain.i18n_markers import Translate, fill
from wat_desktop.formatting import format_money
from wat_desktop.reports.dossier_model import DossierData, MoneyRow
from wat_desktop.reports.dossier_sections.heading import heading, subheading
from wat_desktop.reports.dossier_styles import TEXT_WIDTH, bullet, data_table, para


def _money_table(rows: tuple[MoneyRow, ...], data: DossierData, tr: Translate) -> Flowable:
    missing = tr.translate("Dossier", "not computed")
    return data_table(
        [
            tr.translate("Dossier", "Item"),
            tr.translate("Dossier", "Amount per year"),
            tr.translate("Dossier", "Notes"),
        ],
        [
            [
                row.label,
                format_money(row.cents, data.language) if row.cents is not None else missing,
                row.note,
            ]
            for row in rows
        ],
        # The notes (legal references) get the width: fewer wrapped lines keep the
        # section, its tables and its notes on one page.
        [57 * mm, 31 * mm, TEXT_WIDTH - 88 * mm],
        right=(1,),
        compact=True,
    )


def build(data: DossierData, tr: Translate) -> list[Flowable]:
    eco = data.economics
    if eco.rule_year and eco.rule_status:
        # The year file's status says when the rules were checked and whether the
        # budget law was final: on the page of the figures, not only in the annex.
        year = fill(
            tr.translate("Dossier", "Figures use the %1 tax rules (%2)."),
            eco.rule_year,
            eco.rule_status,
        )
    elif eco.rule_year:
        year = fill(tr.translate("Dossier", "Figures use the %1 tax rules."), eco.rule_year)
    else:
        year = tr.translate("Dossier", "No tax-year rules were available for these figures.")
    # Which rules, how rounded, and that it is an estimate: one line under the title.
    story: list[Flowable] = [
        heading("economics", tr.translate("Dossier", "Economics")),
        para(" ".join((year, *eco.caveats)), "small"),
        subheading("economics-totals", tr.translate("Dossier", "Cost, value and salary")),
        _money_table(eco.totals, data, tr),
    ]
    if eco.bonus:
        story += [
            subheading("economics-bonus", tr.translate("Dossier", "Productivity bonus")),
            _money_table(eco.bonus, data, tr),
        ]
    if eco.ccnl:
        story += [
            subheading("economics-ccnl", tr.translate("Dossier", "Compulsory welfare (CCNL)")),
            _money_table(eco.ccnl, data, tr),
        ]
        if eco.ccnl_note:
            story += [Spacer(1, 1.5 * mm), para(eco.ccnl_note, "small")]
    story.append(
        subheading("economics-notes", tr.translate("Dossier", "Tax and deductibility notes"))
    )
    story += [bullet(note) for note in eco.notes]
    story.append(PageBreak())
    return story

"""One-page summary: the key figures, what the same money is worth to employees,
the top needs and the chosen plan with its pooled offers."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer, Table, TableStyle

from wat_desktop.domain.i18n_markers import Translate, fill
from wat_desktop.formatting import format_money
from wat_desktop.reports.charts import ranked_bars
from wat_desktop.reports.dossier_model import DossierData
from wat_desktop.reports.dossier_sections.heading import heading, subheading
from wat_desktop.reports.dossier_sections.plan import solidarity_label
from wat_desktop.reports.dossier_styles import (
    ACCENT_LIGHT,
    BASE_CELLS,
    TEXT_WIDTH,
    bullet,
    data_table,
    para,
    stacked,
)

# The summary stays on one page: a longer plan shows its costliest offers and one
# line for the rest, which the plan section lists in full.
MAX_PLAN_ROWS = 6


def _card(label: str, value: str, note: str = "") -> list[Flowable]:
    cell = [para(label, "small"), para(value, "figure")]
    if note:
        cell.append(para(note, "small"))
    return cell


def _money(cents: int | None, data: DossierData, tr: Translate) -> str:
    if cents is None:
        return tr.translate("Dossier", "not computed")
    return format_money(cents, data.language)


def _pooled_note(data: DossierData, tr: Translate) -> str:
    """Offers bought through the network are those active with the firm; one still
    waiting for users or firms is bought alone, at its own price, until then."""
    note = tr.translate("Dossier", "offers in the plan bought through the network")
    waiting = len(data.summary.pooled_waiting)  # a plain name for pyside6-lupdate
    if waiting:
        more = tr.translate("Dossier", "%n more pooled offer is waiting to activate", None, waiting)
        note = f"{note}; {more}"
    return note


def _cards(data: DossierData, tr: Translate) -> Table:
    facts = data.summary
    pooled = len(facts.pooled_joined)
    cards = [
        [
            _card(
                tr.translate("Dossier", "Yearly cost to the firm"),
                _money(facts.yearly_cost_cents, data, tr),
                tr.translate("Dossier", "services, fees and contributions"),
            ),
            _card(
                tr.translate("Dossier", "Value to employees"),
                _money(facts.value_to_employees_cents, data, tr),
                tr.translate("Dossier", "free of tax and contributions"),
            ),
        ],
        [
            _card(
                tr.translate("Dossier", "The same money as salary (net)"),
                _money(facts.as_salary_net_cents, data, tr),
                tr.translate("Dossier", "after tax and contributions"),
            ),
            _card(
                tr.translate("Dossier", "Pooled network offers joined"),
                fill(tr.translate("Dossier", "%1 of %2"), pooled, len(data.plan)),
                _pooled_note(data, tr),
            ),
        ],
    ]
    grid = Table(cards, colWidths=[TEXT_WIDTH / 2] * 2)
    grid.setStyle(
        TableStyle(
            [
                *BASE_CELLS,
                ("BACKGROUND", (0, 0), (-1, -1), ACCENT_LIGHT),
                ("LINEBELOW", (0, 0), (-1, 0), 4, "white"),
                ("LINEAFTER", (0, 0), (0, -1), 4, "white"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
            ]
        )
    )
    return grid


def _per_hundred(data: DossierData, tr: Translate) -> list[Flowable]:
    """What 100 € of the firm's money is worth to employees, as welfare and as salary:
    the comparison the cards state in totals, made visible at a glance."""
    facts = data.summary
    cost = facts.yearly_cost_cents
    if cost <= 0 or facts.value_to_employees_cents is None or facts.as_salary_net_cents is None:
        return []
    hundred = 10_000  # cents

    def share(cents: int) -> int:
        return (cents * hundred + cost // 2) // cost  # rounded to the cent

    bars = [
        (tr.translate("Dossier", "As welfare services"), share(facts.value_to_employees_cents)),
        (tr.translate("Dossier", "As salary, net"), share(facts.as_salary_net_cents)),
    ]
    return [
        subheading(
            "summary-comparison",
            fill(
                tr.translate("Dossier", "What %1 spent by the firm is worth to employees"),
                format_money(hundred, data.language),
            ),
        ),
        ranked_bars(
            bars,
            TEXT_WIDTH,
            max_value=hundred,
            value_format=lambda v: format_money(int(v), data.language),
            label_share=0.3,
        ),
    ]


def _needs(data: DossierData, tr: Translate) -> list[Flowable]:
    items = data.summary.top_needs
    if not items:
        return [
            para(
                tr.translate(
                    "Dossier",
                    "No need to report: none was recorded, or naming one would reveal a "
                    "hidden count.",
                )
            )
        ]
    return [bullet(item) for item in items]


def _plan(data: DossierData, tr: Translate) -> list[Flowable]:
    if not data.plan:
        return [para(tr.translate("Dossier", "No offer chosen yet."))]
    lang = data.language
    own = tr.translate("Dossier", "Bought directly")
    if len(data.plan) <= MAX_PLAN_ROWS:
        shown, hidden = data.plan, ()
    else:
        ranked = sorted(data.plan, key=lambda line: -line.cost_cents)
        shown, hidden = tuple(ranked[: MAX_PLAN_ROWS - 1]), tuple(ranked[MAX_PLAN_ROWS - 1 :])
    rows: list[list] = [
        [
            stacked(line.title, line.provider),
            stacked(
                tr.translate("Dossier", "Pooled in the network")
                if line.pooled_unit_cents is not None
                else own,
                line.pooled_state,
            ),
            format_money(line.cost_cents, lang),
        ]
        for line in shown
    ]
    if hidden:
        more = len(hidden)  # a plain name: pyside6-lupdate skips a call counted by len(...)
        rows.append(
            [
                tr.translate("Dossier", "%n more offers: see the plan", None, more),
                "",
                format_money(sum(line.cost_cents for line in hidden), lang),
            ]
        )
    if data.solidarity_cents:
        rows.append([solidarity_label(tr), "", format_money(data.solidarity_cents, lang)])
    rows.append(
        [
            tr.translate("Dossier", "Total plan cost per year"),
            "",
            format_money(data.plan_total_cents, lang),
        ]
    )
    return [
        data_table(
            [
                tr.translate("Dossier", "Offer and provider"),
                tr.translate("Dossier", "How it is bought"),
                tr.translate("Dossier", "Cost per year"),
            ],
            rows,
            [84 * mm, TEXT_WIDTH - 84 * mm - 30 * mm, 30 * mm],
            right=(2,),
            total_row=True,
        )
    ]


def _lead(data: DossierData, tr: Translate) -> str:
    facts = data.summary
    people = tr.translate("Dossier", "%n employees", None, facts.headcount)
    count = len(data.plan)
    offers = tr.translate("Dossier", "%n offers", None, count)
    if not facts.pooled_joined:
        return fill(
            tr.translate("Dossier", "For its %1, %2 adopts a welfare plan of %3."),
            people,
            data.cover.firm_name,
            offers,
        )
    return fill(
        tr.translate(
            "Dossier",
            "For its %1, %2 adopts a welfare plan of %3, %4 of them bought together with "
            "the other firms of the network.",
        ),
        people,
        data.cover.firm_name,
        offers,
        len(facts.pooled_joined),
    )


def build(data: DossierData, tr: Translate) -> list[Flowable]:
    story: list[Flowable] = [heading("summary", tr.translate("Dossier", "Summary"))]
    if data.plan:
        story += [para(_lead(data, tr)), Spacer(1, 4 * mm)]
    story += [
        _cards(data, tr),
        *_per_hundred(data, tr),
        subheading("summary-needs", tr.translate("Dossier", "Top needs")),
        *_needs(data, tr),
        subheading("summary-plan", tr.translate("Dossier", "Chosen plan and pooled offers")),
        *_plan(data, tr),
    ]
    story.append(PageBreak())
    return story

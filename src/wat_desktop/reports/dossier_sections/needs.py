"""Needs assessment: the survey's method and response rate, ranked need areas
(chart) and the need counts.

Counts arrive already suppressed; this module never sees a small number.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from wat_desktop.domain.i18n_markers import Translate, fill
from wat_desktop.reports.charts import ranked_bars
from wat_desktop.reports.dossier_model import DossierData, NeedRow
from wat_desktop.reports.dossier_sections.heading import heading, subheading
from wat_desktop.reports.dossier_styles import INK, TEXT_WIDTH, data_table, facts_table, para


def _anonymity(data: DossierData, tr: Translate) -> str:
    needs = data.needs
    text = fill(
        tr.translate(
            "Dossier",
            "No count below %1 is shown: such cells read \u201c< %1\u201d. An area is "
            "charted only when its score reveals no hidden count.",
        ),
        needs.threshold,
    )
    markers = {r.shown for r in needs.rows if not r.shown[:1].isdigit() and r.shown[:1] != "<"}
    if markers:
        text += " " + fill(
            tr.translate(
                "Dossier",
                "%1: a count the survey does not publish because, with the other answers, it "
                "would reveal one below %2.",
            ),
            ", ".join(f"\u201c{m}\u201d" for m in sorted(markers)),
            needs.threshold,
        )
    return text


def _method_table(data: DossierData, tr: Translate) -> Flowable:
    needs = data.needs
    rows = [
        (tr.translate("Dossier", "Method"), needs.method),
        (tr.translate("Dossier", "Response rate"), needs.response_rate),
        (tr.translate("Dossier", "Anonymity"), _anonymity(data, tr)),
    ]
    return facts_table(rows, 38 * mm)


def _counts_table(rows: tuple[NeedRow, ...], tr: Translate) -> Flowable:
    """One block per need area: the area's name spans its rows, a rule between
    areas, so the eye reads the table area by area."""
    body: list[list] = []
    groups: list[tuple[int, int]] = []  # first and last table row of each area
    for row in rows:
        if not groups or body[groups[-1][0] - 1][0] != row.area:
            groups.append((len(body) + 1, len(body) + 1))  # +1: the header row
            body.append([row.area, row.label, row.shown])
        else:
            groups[-1] = (groups[-1][0], len(body) + 1)
            body.append(["", row.label, row.shown])
    commands = [("SPAN", (0, first), (0, last)) for first, last in groups if last > first]
    commands += [("LINEABOVE", (0, first), (-1, first), 0.6, INK) for first, _ in groups[1:]]
    return data_table(
        [
            tr.translate("Dossier", "Area"),
            tr.translate("Dossier", "Need"),
            tr.translate("Dossier", "Count"),
        ],
        body,
        [60 * mm, TEXT_WIDTH - 60 * mm - 20 * mm, 20 * mm],
        right=(2,),
        extra=commands,
        zebra=False,
        compact=True,
    )


def build(data: DossierData, tr: Translate) -> list[Flowable]:
    needs = data.needs
    story: list[Flowable] = [
        heading("needs", tr.translate("Dossier", "Needs assessment")),
        _method_table(data, tr),
        subheading("needs-ranking", tr.translate("Dossier", "Need areas by priority")),
        para(
            tr.translate(
                "Dossier",
                "Priority score (0-100): share of employees with the need (children per "
                "employee for childcare and education), weighted by the relevance (1-5) the "
                "firm gave to the area, less the share its current measures already cover.",
            ),
            "small",
        ),
        Spacer(1, 2 * mm),
    ]
    charted = [(a.label, a.score) for a in needs.areas if a.score is not None]
    hidden = [a.label for a in needs.areas if a.score is None]
    if charted:
        story.append(ranked_bars(charted, TEXT_WIDTH))
    else:
        story.append(para(tr.translate("Dossier", "No need area can be charted yet.")))
    if hidden:
        story.append(
            para(
                fill(
                    tr.translate(
                        "Dossier", "Not charted, as their score would reveal a hidden count: %1."
                    ),
                    ", ".join(hidden),
                ),
                "small",
            )
        )
    story += [
        subheading("needs-counts", tr.translate("Dossier", "Need counts")),
        para(
            tr.translate(
                "Dossier",
                "Children's rows count children, the others employees; rows are not added "
                "up, as one person may have several needs.",
            ),
            "small",
        ),
        Spacer(1, 1.5 * mm),
        _counts_table(needs.rows, tr),
        PageBreak(),
    ]
    return story

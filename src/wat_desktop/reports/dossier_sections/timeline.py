"""Implementation timeline: regulation or agreement, information, activation, monitoring."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer

from wat_desktop.domain.i18n_markers import Translate
from wat_desktop.reports.dossier_model import DossierData
from wat_desktop.reports.dossier_sections.heading import heading
from wat_desktop.reports.dossier_styles import (
    TEXT_WIDTH,
    data_table,
    escape,
    para,
    stacked,
    styles,
)


def build(data: DossierData, tr: Translate) -> list[Flowable]:
    rows: list[list] = [
        [
            stacked(step.when, style="cell_bold"),
            Paragraph(f"<b>{escape(step.title)}</b><br/>{escape(step.detail)}", styles()["cell"]),
            step.owner,
        ]
        for step in data.timeline
    ]
    return [
        heading("timeline", tr.translate("Dossier", "Implementation timeline")),
        para(
            tr.translate(
                "Dossier",
                "The steps from signing this dossier to the first review; months count from "
                "the signature.",
            ),
            "small",
        ),
        Spacer(1, 2 * mm),
        data_table(
            [
                tr.translate("Dossier", "When"),
                tr.translate("Dossier", "Step"),
                tr.translate("Dossier", "Who"),
            ],
            rows,
            [30 * mm, TEXT_WIDTH - 30 * mm - 40 * mm, 40 * mm],
        ),
        PageBreak(),
    ]

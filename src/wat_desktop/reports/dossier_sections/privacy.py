"""Privacy note on the employee survey (GDPR art. 9, Statuto dei Lavoratori art. 8)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from wat_desktop.domain.i18n_markers import Translate, fill
from wat_desktop.reports.dossier_model import DossierData
from wat_desktop.reports.dossier_sections.heading import heading
from wat_desktop.reports.dossier_styles import bullet, para


def build(data: DossierData, tr: Translate) -> list[Flowable]:
    points = [
        tr.translate(
            "Dossier",
            "The survey is anonymous: it asks for no name, no identifier and no free text, "
            "and answers use coarse bands only.",
        ),
        tr.translate(
            "Dossier",
            "Only aggregate counts are stored and reported; no answer can be traced back "
            "to a person.",
        ),
        fill(
            tr.translate(
                "Dossier",
                "No group smaller than %1 people is ever shown, in this dossier or elsewhere.",
            ),
            data.needs.threshold,
        ),
        tr.translate(
            "Dossier",
            "Health, disability and family-care data are special categories (GDPR art. 9); "
            "the firm does not inquire into facts unrelated to work (Statuto dei "
            "Lavoratori, art. 8).",
        ),
        tr.translate(
            "Dossier",
            "Documents proving entitlement (children, care of relatives) are kept out of the "
            "survey and out of this dossier.",
        ),
    ]
    intro = (
        tr.translate(
            "Dossier",
            "How employees' answers were collected and protected for this needs assessment:",
        )
        if data.needs.surveyed
        else tr.translate(
            "Dossier",
            "This needs assessment uses counts entered by the firm; when employees answer the "
            "network's survey, their answers are collected and protected as follows:",
        )
    )
    return [
        heading("privacy", tr.translate("Dossier", "Privacy note on the employee survey")),
        para(intro),
        Spacer(1, 2 * mm),
        *[bullet(point) for point in points],
        PageBreak(),
    ]

"""Firm profile: who the firm is, its staff and agreement, its welfare set-up."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak

from wat_desktop.domain.i18n_markers import Translate
from wat_desktop.reports.dossier_model import DossierData
from wat_desktop.reports.dossier_sections.heading import heading, subheading
from wat_desktop.reports.dossier_styles import facts_table


def build(data: DossierData, tr: Translate) -> list[Flowable]:
    story: list[Flowable] = [heading("profile", tr.translate("Dossier", "Company profile"))]
    for index, group in enumerate(data.profile):
        story += [
            subheading(f"profile-{index}", group.title),
            facts_table(list(group.rows), 62 * mm),
        ]
    story.append(PageBreak())
    return story

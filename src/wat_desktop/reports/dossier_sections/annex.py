"""Annex: rule year, catalogue version, the data fingerprint and the source of
every parameter."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle

from wat_desktop.domain.i18n_markers import Translate
from wat_desktop.reports.dossier_model import DossierData, SourceRow
from wat_desktop.reports.dossier_sections.heading import heading, subheading
from wat_desktop.reports.dossier_styles import (
    ACCENT_LIGHT,
    BASE_CELLS,
    INK,
    TEXT_WIDTH,
    data_table,
    facts_table,
    para,
    stacked,
)


def _fingerprint_box(data: DossierData) -> Table:
    annex = data.annex
    # Groups of eight so a person can compare it by eye; no unembedded monospace font.
    groups = " ".join(annex.fingerprint[i : i + 8] for i in range(0, 64, 8))
    box = Table(
        [[para(groups, "body")], [para(annex.fingerprint_scope, "small")]],
        colWidths=[TEXT_WIDTH],
    )
    box.setStyle(
        TableStyle(
            [
                *BASE_CELLS,
                ("BACKGROUND", (0, 0), (-1, -1), ACCENT_LIGHT),
                ("LINEBEFORE", (0, 0), (0, -1), 2.5, INK),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, 0), 8),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
            ]
        )
    )
    return box


def _parameter(s: SourceRow) -> list:
    """The parameter in words; its key in the year file ("inps.employee") only when
    no words are known for it, as a reader cannot look a key up anywhere else."""
    return stacked(s.label or s.parameter, style="cell_small")


def build(data: DossierData, tr: Translate) -> list[Flowable]:
    annex = data.annex
    facts = [
        (tr.translate("Dossier", "Tax rule year"), annex.rule_year),
        (tr.translate("Dossier", "Network catalogue"), annex.catalogue),
        (tr.translate("Dossier", "Produced with"), annex.generator),
    ]
    story: list[Flowable] = [
        heading("annex", tr.translate("Dossier", "Annex: rules, sources and data fingerprint")),
        facts_table(facts, 45 * mm),
        subheading("annex-fingerprint", tr.translate("Dossier", "Data fingerprint (SHA-256)")),
        _fingerprint_box(data),
        subheading("annex-sources", tr.translate("Dossier", "Sources of the parameters")),
    ]
    if annex.sources:
        story.append(
            data_table(
                [
                    tr.translate("Dossier", "Parameter"),
                    tr.translate("Dossier", "Legal reference"),
                    tr.translate("Dossier", "Source"),
                ],
                [[_parameter(s), s.value, s.source] for s in annex.sources],
                [56 * mm, 62 * mm, TEXT_WIDTH - 118 * mm],
                small=True,
            )
        )
    else:
        story.append(para(tr.translate("Dossier", "No tax parameter was used.")))
    return story

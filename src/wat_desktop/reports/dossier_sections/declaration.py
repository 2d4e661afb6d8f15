"""Declaration of adhesion to the pact, with the firm's commitments and signatures."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table, TableStyle

from wat_desktop.domain.i18n_markers import Translate, fill
from wat_desktop.formatting import format_date
from wat_desktop.reports.dossier_model import DossierData
from wat_desktop.reports.dossier_sections.heading import heading
from wat_desktop.reports.dossier_styles import BASE_CELLS, INK, TEXT_WIDTH, bullet, para


def _signature_block(data: DossierData, tr: Translate) -> Table:
    decl = data.declaration
    half = TEXT_WIDTH / 2 - 6 * mm
    names = [
        [
            para(tr.translate("Dossier", "For the firm, the legal representative"), "small"),
            "",
            para(tr.translate("Dossier", "For the network, the coordinator"), "small"),
        ],
        [para(decl.legal_representative or " "), "", para(decl.coordinator or " ")],
        [Spacer(1, 16 * mm), "", Spacer(1, 16 * mm)],
        [
            para(tr.translate("Dossier", "Company stamp and signature"), "small"),
            "",
            para(tr.translate("Dossier", "Signature"), "small"),
        ],
    ]
    table = Table(names, colWidths=[half, 12 * mm, half])
    table.setStyle(
        TableStyle(
            [
                *BASE_CELLS,
                ("LINEBELOW", (0, 2), (0, 2), 0.8, INK),
                ("LINEBELOW", (2, 2), (2, 2), 0.8, INK),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ]
        )
    )
    return table


def _intro(data: DossierData, tr: Translate) -> str:
    decl = data.declaration
    firm = data.cover.firm_name
    if decl.partita_iva:
        firm = fill(tr.translate("Dossier", "%1 (Partita IVA %2)"), firm, decl.partita_iva)
    if decl.legal_representative:
        return fill(
            tr.translate(
                "Dossier",
                "%1, as legal representative of %2, declares that the firm adheres to the "
                "territorial welfare pact of the network \u201c%3\u201d and, by signing "
                "below, commits it to:",
            ),
            decl.legal_representative,
            firm,
            data.cover.network_name,
        )
    return fill(
        tr.translate(
            "Dossier",
            "%1 declares that it adheres to the territorial welfare pact of the network "
            "\u201c%2\u201d and, by signing below, commits to:",
        ),
        firm,
        data.cover.network_name,
    )


def build(data: DossierData, tr: Translate) -> list[Flowable]:
    decl = data.declaration
    place_date = fill(
        tr.translate("Dossier", "Place and date: %1, %2"),
        decl.place or "____________",
        format_date(data.cover.issued_on, data.language),
    )
    return [
        heading("declaration", tr.translate("Dossier", "Declaration of adhesion")),
        para(_intro(data, tr)),
        Spacer(1, 2 * mm),
        *[bullet(item) for item in decl.commitments],
        Spacer(1, 8 * mm),
        KeepTogether([para(place_date), Spacer(1, 10 * mm), _signature_block(data, tr)]),
        PageBreak(),
    ]

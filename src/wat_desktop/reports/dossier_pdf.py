"""The membership dossier PDF: page frames, header and footer, sections in order.

Each section lives in ``dossier_sections/``; this module only assembles them.
The output depends only on ``DossierData`` and the translator: the creation
date and the document ID come from the data (see ``pdf_metadata``).
"""

from __future__ import annotations

import io
from collections.abc import Callable

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, NextPageTemplate, PageTemplate

from wat_desktop.domain.i18n_markers import Translate, fill
from wat_desktop.reports.dossier_model import DossierData
from wat_desktop.reports.dossier_sections import (
    annex,
    cover,
    declaration,
    economics,
    needs,
    plan,
    privacy,
    profile,
    summary,
    timeline,
)
from wat_desktop.reports.dossier_sections.heading import SectionHeading
from wat_desktop.reports.dossier_styles import (
    ACCENT,
    ACCENT_LIGHT,
    INK,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE,
    SIZE_CELL,
    SIZE_LEAD,
    SIZE_SMALL,
    TEXT_WIDTH,
)
from wat_desktop.reports.fonts import BOLD, REGULAR, register_fonts
from wat_desktop.reports.page_numbers import numbered_canvas
from wat_desktop.reports.pdf_metadata import PdfMetadata, pdf_language, pin_canvas

SECTIONS: tuple[Callable[[DossierData, Translate], list[Flowable]], ...] = (
    cover.build,
    summary.build,
    profile.build,
    needs.build,
    plan.build,
    economics.build,
    timeline.build,
    declaration.build,
    privacy.build,
    annex.build,
)


def metadata_for(data: DossierData, tr: Translate) -> PdfMetadata:
    title = tr.translate("Dossier", "Welfare pact membership dossier")
    return PdfMetadata(
        title=f"{title} \u2014 {data.cover.firm_name}",
        author=data.cover.firm_name,
        subject=fill(
            tr.translate("Dossier", "Adhesion to the territorial welfare pact: %1"),
            data.cover.network_name,
        ),
        keywords=tr.translate("Dossier", "company welfare, territorial network, dossier"),
        language=pdf_language(data.language),
        created_on=data.cover.issued_on,
        fingerprint=data.annex.fingerprint,
    )


def _draw_cover(data: DossierData, tr: Translate) -> Callable[[Canvas, BaseDocTemplate], None]:
    """The cover's letterhead band: the network and its coordinator, white on ink."""

    def draw(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFillColor(INK)
        canvas.rect(0, PAGE_HEIGHT - 38 * mm, PAGE_WIDTH, 38 * mm, stroke=0, fill=1)
        canvas.setFillColor(ACCENT)
        canvas.rect(0, PAGE_HEIGHT - 41 * mm, PAGE_WIDTH, 3 * mm, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont(BOLD, SIZE_LEAD)
        canvas.drawString(MARGIN_X, PAGE_HEIGHT - 20 * mm, data.cover.network_name)
        if data.cover.coordinator:
            canvas.setFillColor(ACCENT_LIGHT)
            canvas.setFont(REGULAR, SIZE_CELL)
            canvas.drawString(
                MARGIN_X,
                PAGE_HEIGHT - 26 * mm,
                fill(tr.translate("Dossier", "Coordinated by %1"), data.cover.coordinator),
            )
        canvas.restoreState()

    return draw


def _header(data: DossierData, tr: Translate) -> Callable[[Canvas, BaseDocTemplate], None]:
    left = data.cover.network_name
    right = tr.translate("Dossier", "Welfare pact membership dossier")

    def draw(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(REGULAR, SIZE_SMALL)
        canvas.setFillColor(MUTED)
        y = PAGE_HEIGHT - 14 * mm
        canvas.drawString(MARGIN_X, y, left)
        canvas.drawRightString(PAGE_WIDTH - MARGIN_X, y, right)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, y - 2.5 * mm, PAGE_WIDTH - MARGIN_X, y - 2.5 * mm)
        canvas.restoreState()

    return draw


def _footer(data: DossierData, tr: Translate) -> Callable[[Canvas, int, int], None]:
    template = tr.translate("Dossier", "Page %1 of %2")

    def draw(canvas: Canvas, number: int, total: int) -> None:
        if number == 1:
            return  # the cover carries no footer
        canvas.saveState()
        canvas.setFont(REGULAR, SIZE_SMALL)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN_X, 11 * mm, data.cover.firm_name)
        canvas.setFont(BOLD, SIZE_SMALL)
        canvas.drawRightString(PAGE_WIDTH - MARGIN_X, 11 * mm, fill(template, number, total))
        canvas.restoreState()

    return draw


def _frame(name: str) -> Frame:
    # No inner padding: tables as wide as the text block line up with the paragraphs.
    height = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
    return Frame(
        MARGIN_X, MARGIN_BOTTOM, TEXT_WIDTH, height, id=name,
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
    )  # fmt: skip


def _fill_contents(story: list[Flowable]) -> None:
    """Give the cover's contents the sections' titles (their pages come at save time)."""
    sections = [
        (f.key, f.title)
        for f in story
        if isinstance(f, SectionHeading) and f.level == 0 and f.key != "cover"
    ]
    for flowable in story:
        if isinstance(flowable, cover.Contents):
            flowable.set_entries(sections)


def build_dossier(data: DossierData, tr: Translate) -> bytes:
    """Render the dossier to PDF bytes; the same data gives the same bytes."""
    register_fonts()
    meta = metadata_for(data, tr)
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        **meta.doc_kwargs(),
    )
    doc.addPageTemplates(
        [
            PageTemplate(
                "cover",
                [_frame("cover")],
                onPage=_draw_cover(data, tr),
            ),
            PageTemplate(
                "body",
                [_frame("body")],
                onPage=_header(data, tr),
            ),
        ]
    )
    story: list[Flowable] = [NextPageTemplate("body")]
    for section in SECTIONS:
        story += section(data, tr)
    _fill_contents(story)
    pin = pin_canvas(meta)

    def on_init(canvas: Canvas) -> None:
        pin(canvas)
        canvas.showOutline()  # readers open with the bookmarks panel

    canvas = numbered_canvas(_footer(data, tr), REGULAR, on_init=on_init)
    doc.build(story, canvasmaker=canvas)
    return buffer.getvalue()

"""Cover: network, firm, date and document version, and the table of contents."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, PageBreak, Spacer

from wat_desktop.domain.i18n_markers import Translate, fill
from wat_desktop.formatting import format_date
from wat_desktop.reports.dossier_model import DossierData
from wat_desktop.reports.dossier_sections.heading import SectionHeading
from wat_desktop.reports.dossier_styles import INK, MUTED, SIZE_BODY, facts_table, para
from wat_desktop.reports.fonts import REGULAR
from wat_desktop.reports.page_numbers import PageRef

RULE_DARK = MUTED  # the dot leaders: lighter than the text, darker than a rule


class CoverTitle(SectionHeading):
    """The cover title: bookmarked like a section, set in the cover size."""

    def __init__(self, title: str) -> None:
        super().__init__("cover", title, style="cover_title")


class Contents(Flowable):
    """The sections with dot leaders and page numbers, linked to their bookmarks.

    The entries are set once the whole story is built (``set_entries``); the numbers
    are written by the numbered canvas when the document is saved, so the dossier
    needs a single layout pass (a ReportLab ``TableOfContents`` needs two)."""

    LEADING = 18
    NUMBER_ROOM = 9 * mm  # the numbers' column, right of the dots

    def __init__(self) -> None:
        super().__init__()
        self.entries: list[tuple[str, str]] = []  # (bookmark key, title)

    def set_entries(self, entries: list[tuple[str, str]]) -> None:
        self.entries = entries

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, self.LEADING * len(self.entries)

    def draw(self) -> None:
        canvas = self.canv
        font, size = REGULAR, SIZE_BODY
        dot = stringWidth(" .", font, size)
        canvas.setFont(font, size)
        canvas.setFillColor(INK)
        for index, (key, title) in enumerate(self.entries):
            y = self.LEADING * (len(self.entries) - index - 1) + 5
            canvas.drawString(0, y, title)
            start = stringWidth(title, font, size) + 2
            dots = int((self.width - self.NUMBER_ROOM - start) / dot)
            canvas.setFillColor(RULE_DARK)
            canvas.drawRightString(self.width - self.NUMBER_ROOM + 4, y, " ." * max(dots, 0))
            canvas.setFillColor(INK)
            canvas.linkRect("", key, (0, y - 3, self.width, y + size), relative=1)
            add_ref = getattr(canvas, "add_page_ref", None)
            if add_ref is not None:
                x, page_y = canvas.absolutePosition(self.width, y)
                add_ref(PageRef(key, x, page_y, font, size, INK))


def build(data: DossierData, tr: Translate) -> list[Flowable]:
    cover = data.cover
    lang = data.language
    facts = [
        (tr.translate("Dossier", "Prepared for"), cover.firm_name),
        (tr.translate("Dossier", "Network"), cover.network_name),
        (tr.translate("Dossier", "Network coordinator"), cover.coordinator or "\u2014"),
        (tr.translate("Dossier", "Date"), format_date(cover.issued_on, lang)),
        # The data fingerprint is technical: it is in the annex, not on the cover.
        (
            tr.translate("Dossier", "Document version"),
            fill(tr.translate("Dossier", "Revision %1"), cover.document_version),
        ),
    ]
    return [
        Spacer(1, 30 * mm),
        para(tr.translate("Dossier", "TERRITORIAL WELFARE PACT"), "kicker"),
        Spacer(1, 3 * mm),
        CoverTitle(tr.translate("Dossier", "Welfare pact membership dossier")),
        para(cover.firm_name, "cover_firm"),
        Spacer(1, 2 * mm),
        para(
            tr.translate(
                "Dossier",
                "Needs assessment, welfare plan and declaration of adhesion to the "
                "territorial welfare network.",
            ),
            "lead",
        ),
        Spacer(1, 12 * mm),
        facts_table(facts, 45 * mm),
        Spacer(1, 14 * mm),
        para(tr.translate("Dossier", "Contents"), "kicker"),
        Spacer(1, 2 * mm),
        Contents(),
        PageBreak(),
    ]

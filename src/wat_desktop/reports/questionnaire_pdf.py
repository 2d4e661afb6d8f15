"""The blank, one-page anonymous questionnaire employees fill in by hand.

Its questions are the survey questions (one per need count, coarse bands); it
has a privacy notice and deliberately no field for a name, a date or comments.
"""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from wat_desktop.domain.i18n_markers import Translate, fill
from wat_desktop.domain.survey.questions import BAND_LABELS, QUESTIONS, Band
from wat_desktop.reports.fonts import BOLD, REGULAR, register_fonts

INK = colors.HexColor("#1d3557")
RULE = colors.HexColor("#d0d7de")
NOTICE_BG = colors.HexColor("#eef3f8")


class _EmbeddedFontCanvas(Canvas):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # The document passes initialFontName=None, which would mean Helvetica.
        kwargs["initialFontName"] = REGULAR
        super().__init__(*args, **kwargs)


class _Choices(Flowable):
    """Tick boxes in a row, each followed by its label, on a grid shared by every
    question (``step`` apart), so that boxes line up down the page."""

    FONT_SIZE = 9
    BOX = 3.8 * mm

    def __init__(self, labels: list[str], step: float) -> None:
        super().__init__()
        self.labels = labels
        self.step = step
        self.width = step * len(labels)
        self.height = 5.5 * mm

    @classmethod
    def step_for(cls, labels: list[str]) -> float:
        """The grid step: the widest label after its box, plus a gap."""
        widest = max(stringWidth(label, REGULAR, cls.FONT_SIZE) for label in labels)
        return cls.BOX + 1.4 * mm + widest + 4.5 * mm

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFont(REGULAR, self.FONT_SIZE)
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.8)
        for index, label in enumerate(self.labels):
            x = index * self.step
            canvas.rect(x, 0.6 * mm, self.BOX, self.BOX)
            canvas.drawString(x + self.BOX + 1.4 * mm, 1.4 * mm, label)


def _band_label(band: Band, tr: Translate) -> str:
    label = BAND_LABELS[band]
    return tr.translate("SurveyQuestion", label) if not label.isdigit() else label


def build_questionnaire(firm_name: str, threshold: int, tr: Translate) -> bytes:
    """Render the questionnaire to PDF bytes (one A4 page, same input → same bytes)."""
    register_fonts()
    base = ParagraphStyle("body", fontName=REGULAR, bulletFontName=REGULAR, fontSize=10, leading=13)
    title_style = ParagraphStyle(
        "title", parent=base, fontName=BOLD, fontSize=17, leading=21, textColor=INK
    )
    small = ParagraphStyle("small", parent=base, fontSize=8.5, leading=11)
    title = tr.translate("Questionnaire", "Anonymous questionnaire on welfare needs")
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=16 * mm,
        rightMargin=16 * mm,
        topMargin=14 * mm,
        bottomMargin=12 * mm,
        title=f"{title} — {firm_name}",
        author=firm_name,
        lang="it-IT" if tr.language == "it" else "en-GB",
        creator="WAT Desktop",
        invariant=1,
    )
    notice = fill(
        tr.translate(
            "Questionnaire",
            "<b>Privacy.</b> This questionnaire is anonymous: do not write your name or "
            "anything that could identify you. Every question is optional. Forms are "
            "entered without names, only totals are used, and no figure about fewer than "
            "%1 people is ever shown. Family and health questions are asked in broad "
            "bands only, to plan welfare services for everyone.",
        ),
        threshold,
    )
    notice_box = Table([[Paragraph(notice, small)]], colWidths=[doc.width])
    notice_box.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("BACKGROUND", (0, 0), (-1, -1), NOTICE_BG),
                ("BOX", (0, 0), (-1, -1), 0.5, INK),
                ("LEFTPADDING", (0, 0), (-1, -1), 3 * mm),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 2 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2 * mm),
            ]
        )
    )
    choices = [
        [_band_label(b, tr) for b in question.bands if b is not Band.BLANK]
        for question in QUESTIONS
    ]
    step = _Choices.step_for([label for labels in choices for label in labels])
    choices_width = step * max(len(labels) for labels in choices)
    rows = [
        [
            Paragraph(f"{number}. {tr.translate('SurveyQuestion', question.text)}", base),
            _Choices(labels, step),
        ]
        for number, (question, labels) in enumerate(zip(QUESTIONS, choices, strict=True), 1)
    ]
    questions = Table(rows, colWidths=[doc.width - choices_width, choices_width])
    questions.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 2.6 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.6 * mm),
            ]
        )
    )
    story = [
        Paragraph(title, title_style),
        Spacer(1, 1.5 * mm),
        Paragraph(f"<b>{firm_name}</b>", base),
        Spacer(1, 3 * mm),
        notice_box,
        Spacer(1, 3 * mm),
        Paragraph(
            tr.translate(
                "Questionnaire",
                "Tick one box per question. Children: count those living with you or "
                "dependent on you. Leave a question blank if you prefer not to answer.",
            ),
            base,
        ),
        Spacer(1, 2 * mm),
        questions,
        Spacer(1, 5 * mm),
        Paragraph(
            tr.translate(
                "Questionnaire",
                "Do not sign this form. Fold it and drop it in the collection box. Thank you!",
            ),
            small,
        ),
    ]
    # Start every page in the embedded font: no stray unembedded Helvetica.
    doc.build(story, canvasmaker=_EmbeddedFontCanvas)
    return buffer.getvalue()

"""The dossier's typographic scale, colours and table style, in one place.

One modular scale (8 / 9 / 10 / 12.5 / 16 / 26 pt: ``SIZE_*``) and three colours
keep the document calm: ink for text and headings, one teal accent, greys for
rules. Every font size in the dossier is one of these.
"""

from __future__ import annotations

from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, LongTable, Paragraph, Table, TableStyle

from wat_desktop.reports.fonts import BOLD, REGULAR, register_fonts

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 22 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 22 * mm
TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X

INK = colors.HexColor("#1d3557")
ACCENT = colors.HexColor("#2a9d8f")
ACCENT_LIGHT = colors.HexColor("#e6f4f2")
MUTED = colors.HexColor("#5b6770")
RULE = colors.HexColor("#d0d7de")
ZEBRA = colors.HexColor("#f4f7f9")

SIZE_SMALL = 8  # captions, notes, footers, secondary lines in cells
SIZE_CELL = 9  # table cells
SIZE_BODY = 10
SIZE_LEAD = 12.5  # subheadings, lead paragraph
SIZE_TITLE = 16  # section titles, key figures
SIZE_COVER = 26
CELL_PADDING = 3.5  # points, each side


# Plain-string cells would otherwise fall back to unembedded Helvetica.
BASE_CELLS: list[tuple] = [
    ("FONTNAME", (0, 0), (-1, -1), REGULAR),
    ("FONTSIZE", (0, 0), (-1, -1), SIZE_CELL),
]


@cache
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle(
        "body", fontName=REGULAR, fontSize=SIZE_BODY, leading=14.5, textColor=colors.black
    )
    cell = ParagraphStyle("cell", parent=body, fontSize=SIZE_CELL, leading=11.5)
    head = ParagraphStyle("cell_head", parent=cell, fontName=BOLD, textColor=colors.white)
    return {
        "body": body,
        "lead": ParagraphStyle(
            "lead", parent=body, fontSize=SIZE_LEAD, leading=18, textColor=INK
        ),
        "small": ParagraphStyle(
            "small", parent=body, fontSize=SIZE_SMALL, leading=11, textColor=MUTED
        ),
        "cell": cell,
        "cell_right": ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        "cell_bold": ParagraphStyle("cell_bold", parent=cell, fontName=BOLD, textColor=INK),
        "cell_bold_right": ParagraphStyle(
            "cell_bold_right", parent=cell, fontName=BOLD, textColor=INK, alignment=TA_RIGHT
        ),
        "cell_label": ParagraphStyle("cell_label", parent=cell, textColor=MUTED),
        "cell_note": ParagraphStyle(
            "cell_note", parent=cell, fontSize=SIZE_SMALL, leading=10, textColor=MUTED
        ),
        "cell_small": ParagraphStyle(
            "cell_small", parent=cell, fontSize=SIZE_SMALL, leading=10
        ),
        "cell_small_right": ParagraphStyle(
            "cell_small_right", parent=cell, fontSize=SIZE_SMALL, leading=10, alignment=TA_RIGHT
        ),
        "cell_head": head,
        "cell_head_right": ParagraphStyle("cell_head_right", parent=head, alignment=TA_RIGHT),
        "h1": ParagraphStyle(
            "h1", parent=body, fontName=BOLD, fontSize=SIZE_TITLE, leading=21, textColor=INK,
            spaceBefore=0, spaceAfter=5 * mm, keepWithNext=1,
        ),
        "h2": ParagraphStyle(
            "h2", parent=body, fontName=BOLD, fontSize=SIZE_LEAD, leading=17, textColor=INK,
            spaceBefore=6 * mm, spaceAfter=2.5 * mm,
        ),
        "kicker": ParagraphStyle(
            "kicker", parent=body, fontName=BOLD, fontSize=SIZE_CELL, leading=12,
            textColor=ACCENT,
        ),
        "figure": ParagraphStyle(
            "figure", parent=body, fontName=BOLD, fontSize=SIZE_TITLE, leading=21,
            textColor=INK,
        ),
        "figure_right": ParagraphStyle(
            "figure_right", parent=body, fontName=BOLD, fontSize=SIZE_LEAD, leading=17,
            textColor=INK, alignment=TA_RIGHT,
        ),
        "cover_title": ParagraphStyle(
            "cover_title", parent=body, fontName=BOLD, fontSize=SIZE_COVER, leading=32,
            textColor=INK, alignment=TA_LEFT, spaceAfter=6 * mm,
        ),
        "cover_firm": ParagraphStyle(
            "cover_firm", parent=body, fontName=BOLD, fontSize=SIZE_TITLE, leading=21,
            textColor=INK,
        ),
        "toc": ParagraphStyle("toc", parent=body, leading=18),
        "bullet": ParagraphStyle(
            "bullet", parent=body, leftIndent=5 * mm, bulletIndent=0, spaceAfter=1.5 * mm,
            bulletFontName=REGULAR,
        ),
    }  # fmt: skip


def para(text: str, style: str = "body") -> Paragraph:
    """A paragraph in one of the dossier styles; ``text`` is escaped for ReportLab markup."""
    return Paragraph(escape(text), styles()[style])


def markup(text: str, style: str = "body") -> Paragraph:
    """A paragraph whose text already holds ReportLab markup (``<b>``)."""
    return Paragraph(text, styles()[style])


def bullet(text: str) -> Paragraph:
    return Paragraph(escape(text), styles()["bullet"], bulletText="\u2022")


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def stacked(main: str, *notes: str, style: str = "cell", note_style: str = "cell_note") -> list:
    """A cell of several paragraphs: ``main`` over smaller grey ``notes`` (empty ones
    left out), e.g. an offer's title over its provider."""
    s = styles()
    return [Paragraph(escape(main), s[style])] + [
        Paragraph(escape(note), s[note_style]) for note in notes if note
    ]


def data_table(
    header: list[str],
    rows: list[list[str | Flowable | list]],
    widths: list[float],
    right: tuple[int, ...] = (),
    total_row: bool = False,
    extra: list[tuple] | None = None,
    zebra: bool = True,
    small: bool = False,
    compact: bool = False,
) -> LongTable:
    """A table that splits across pages repeating its header; ``right`` columns are
    right-aligned (amounts); ``total_row`` sets the last row in bold over a rule;
    ``extra`` adds table-style commands; ``small`` sets text cells in the small size
    (reference tables such as the annex's sources); ``compact`` tightens the rows of a
    long list of one-line rows."""
    s = styles()
    name = "cell_small" if small else "cell"

    def cell(value: str | Flowable | list, column: int, bold: bool = False) -> object:
        if not isinstance(value, str):
            return value
        text = f"<b>{escape(value)}</b>" if bold else escape(value)
        return Paragraph(text, s[f"{name}_right" if column in right else name])

    head = [
        Paragraph(escape(h), s["cell_head_right" if i in right else "cell_head"])
        for i, h in enumerate(header)
    ]
    body = [[cell(v, i) for i, v in enumerate(r)] for r in rows]
    if total_row and body:
        body[-1] = [cell(v, i, bold=True) for i, v in enumerate(rows[-1])]
    table = LongTable([head, *body], colWidths=widths, repeatRows=1)
    commands: list[tuple] = [
        *BASE_CELLS,
        ("BACKGROUND", (0, 0), (-1, 0), INK),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), CELL_PADDING - (1 if compact else 0)),
        ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PADDING + (-0.5 if compact else 0.5)),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
    ]
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]))
    if total_row:
        commands += [
            ("LINEABOVE", (0, -1), (-1, -1), 0.8, INK),
            ("BACKGROUND", (0, -1), (-1, -1), ACCENT_LIGHT),
        ]
    table.setStyle(TableStyle(commands + (extra or [])))
    return table


def facts_table(rows: list[tuple[str, str]], label_width: float) -> Table:
    """Label-value pairs without a header: grey labels, ruled rows (cover, profile)."""
    table = Table(
        [[para(label, "cell_label"), para(value, "cell")] for label, value in rows],
        colWidths=[label_width, TEXT_WIDTH - label_width],
    )
    table.setStyle(
        TableStyle(
            [
                *BASE_CELLS,
                ("LINEABOVE", (0, 0), (-1, 0), 0.8, INK),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 4.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ]
        )
    )
    return table

"""A short territorial report for the network's steering group (A4).

Page one answers the steering group's question, which pooled offers start:
key figures, then each pooled offer with a bar toward its user threshold and
its state in words. Then the aggregated need per area and how relevant firms
find each area; an annex gives the need per municipality, area by area.

Only published figures appear: suppressed cells read "< 5", "hidden" or
"withheld" exactly as on screen. No firm name appears, whatever its source.
Built in memory (the caller writes the bytes atomically); the same report
gives the same bytes (``invariant``, date passed in).
"""

from __future__ import annotations

import io
from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from wat_desktop.domain.i18n_markers import QT_TRANSLATE_NOOP, Translate, fill
from wat_desktop.domain.survey.result import CellStatus
from wat_desktop.domain.territory import OfferForecast, OfferState, TerritoryCell, TerritoryReport
from wat_desktop.domain.territory_text import (
    area_label,
    cell_text,
    count_text,
    need_area_label,
    need_label,
    relevance_text,
    state_text,
    users_text,
)
from wat_desktop.reports.fonts import BOLD, REGULAR, register_fonts
from wat_desktop.reports.page_numbers import numbered_canvas

# The dossier's palette: ink, one teal accent, greys.
INK = colors.HexColor("#1d3557")
ACCENT = colors.HexColor("#2a9d8f")
ACCENT_LIGHT = colors.HexColor("#e6f4f2")
MUTED = colors.HexColor("#5b6770")
RULE = colors.HexColor("#d0d7de")
ZEBRA = colors.HexColor("#f4f7f9")
TRACK = colors.HexColor("#e3e8ec")
MARGIN_X = 18 * mm
MARGIN_TOP = 18 * mm
MARGIN_BOTTOM = 20 * mm
PAGE_WIDTH, _PAGE_HEIGHT = A4


def _styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=9.5, leading=13)
    cell = ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5)
    return {
        "body": body,
        "cell": cell,
        "cell_right": ParagraphStyle("cell_right", parent=cell, alignment=2),
        "head": ParagraphStyle(
            "head", parent=cell, fontName=BOLD, fontSize=8, textColor=INK, splitLongWords=False
        ),
        "head_right": ParagraphStyle(
            "head_right",
            parent=cell,
            fontName=BOLD,
            fontSize=8,
            textColor=INK,
            alignment=2,
            splitLongWords=False,
        ),
        "note": ParagraphStyle("note", parent=body, fontSize=8, leading=10.5, textColor=MUTED),
        "title": ParagraphStyle(
            "title", parent=body, fontName=BOLD, fontSize=20, leading=24, textColor=INK
        ),
        "subtitle": ParagraphStyle(
            "subtitle", parent=body, fontSize=11, leading=14, textColor=MUTED
        ),
        "heading": ParagraphStyle(
            "heading",
            parent=body,
            fontName=BOLD,
            fontSize=12.5,
            leading=16,
            textColor=INK,
            spaceBefore=10,
            spaceAfter=4,
        ),
        "figure": ParagraphStyle(
            "figure", parent=body, fontName=BOLD, fontSize=18, leading=21, textColor=INK
        ),
        "figure_label": ParagraphStyle(
            "figure_label", parent=body, fontSize=8, leading=10, textColor=MUTED
        ),
        "state_on": ParagraphStyle(
            "state_on", parent=cell, fontName=BOLD, textColor=colors.HexColor("#1b6b5f")
        ),
    }


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text), style)


class ProgressBar(Flowable):
    """A bar toward a threshold with "value / maximum" beside it (no colour-only meaning:
    the figures are printed)."""

    def __init__(self, value: int, maximum: int, text: str, width: float) -> None:
        super().__init__()
        self.value, self.maximum, self.text = value, max(maximum, 1), text
        self.width, self.height = width, 10

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        canvas = self.canv
        track = max(self.width - stringWidth(self.text, REGULAR, 8) - 5, 12)
        share = min(self.value / self.maximum, 1)
        canvas.setFillColor(TRACK)
        canvas.roundRect(0, 1.5, track, 6.5, 2, stroke=0, fill=1)
        if share > 0:
            canvas.setFillColor(ACCENT if share >= 1 else INK)
            canvas.roundRect(0, 1.5, max(track * share, 3), 6.5, 2, stroke=0, fill=1)
        canvas.setFillColor(colors.black)
        canvas.setFont(REGULAR, 8)
        canvas.drawRightString(self.width, 2, self.text)


def _grid(rows: list[list[Any]], widths: list[float], shaded: list[int] | None = None) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1)
    style: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("LINEBELOW", (0, 0), (-1, 0), 0.9, INK),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    for index in range(2, len(rows), 2):
        style.append(("BACKGROUND", (0, index), (-1, index), ZEBRA))
    for index in shaded or []:
        style.append(("BACKGROUND", (0, index), (-1, index), ACCENT_LIGHT))
    table.setStyle(TableStyle(style))
    return table


# A big figure with its label below: "1" / "azienda nel database", "2" / "aziende …".
FIGURE_FIRMS = QT_TRANSLATE_NOOP("TerritoryReport", "%n firms in the database")
FIGURE_FILES = QT_TRANSLATE_NOOP("TerritoryReport", "%n demand files received")
FIGURE_ACTIVE = QT_TRANSLATE_NOOP("TerritoryReport", "%n pooled offers active already")
FIGURE_ACTIVATES = QT_TRANSLATE_NOOP("TerritoryReport", "%n activate with these firms")
FIGURE_NEEDS_MORE = QT_TRANSLATE_NOOP("TerritoryReport", "%n still need demand")


def _figure_label(text: str, count: int, tr: Translate) -> str:
    """The plural form for ``count`` without the number, which the card shows big."""
    return tr.numerus("TerritoryReport", text, count).replace("%n", "").strip()


def _key_figures(
    report: TerritoryReport, offers: list[OfferForecast], tr: Translate, s: dict
) -> Table:
    counts = {state: sum(f.state is state for f in offers) for state in OfferState}
    figures = [
        (report.firms_in_database, FIGURE_FIRMS),
        (report.files_received, FIGURE_FILES),
        (counts[OfferState.ACTIVE], FIGURE_ACTIVE),
        (counts[OfferState.ACTIVATES], FIGURE_ACTIVATES),
        (counts[OfferState.NEEDS_MORE], FIGURE_NEEDS_MORE),
    ]
    cells = [
        [
            _p(count_text(value, tr), s["figure"]),
            _p(_figure_label(label, value, tr), s["figure_label"]),
        ]
        for value, label in figures
    ]
    width = (PAGE_WIDTH - 2 * MARGIN_X) / len(cells)
    table = Table([cells], colWidths=[width] * len(cells))
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # never ReportLab's Helvetica
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEABOVE", (0, 0), (-1, 0), 2, ACCENT),
                ("BACKGROUND", (0, 0), (-1, -1), ZEBRA),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                ("LEFTPADDING", (0, 0), (-1, -1), 7),
                ("LINEAFTER", (0, 0), (-2, 0), 0.5, colors.white),
            ]
        )
    )
    return table


def _offers_table(report: TerritoryReport, tr: Translate, s: dict, width: float) -> Table:
    t = report.threshold
    widths = [0.29 * width, 0.115 * width, 0.115 * width, 0.18 * width, 0.30 * width]
    rows: list[list[Any]] = [
        [
            _p(tr.translate("TerritoryReport", "Pooled offer"), s["head"]),
            _p(tr.translate("TerritoryReport", "Committed"), s["head_right"]),
            _p(tr.translate("TerritoryReport", "Joining"), s["head_right"]),
            _p(tr.translate("TerritoryReport", "Users toward the minimum"), s["head"]),
            _p(tr.translate("TerritoryReport", "State"), s["head"]),
        ]
    ]
    shaded = []
    for forecast in report.offers:
        active = forecast.state is not OfferState.NEEDS_MORE
        if active:
            shaded.append(len(rows))
        value, maximum = forecast.progress
        rows.append(
            [
                _p(forecast.title, s["cell"]),
                _p(
                    f"{count_text(forecast.network_users, tr)} / "
                    f"{count_text(forecast.network_firms, tr)}",
                    s["cell_right"],
                ),
                _p(
                    f"{users_text(forecast, t, tr)} / {count_text(forecast.chosen_firms, tr)}",
                    s["cell_right"],
                ),
                ProgressBar(
                    value,
                    maximum,
                    f"{count_text(value, tr)} / {count_text(maximum, tr)}",
                    widths[3] - 6,
                ),
                _p(state_text(forecast, tr), s["state_on"] if active else s["cell"]),
            ]
        )
    return _grid(rows, widths, shaded)


def _need_table(
    headers: list[str],
    rows: list[tuple[str, list[TerritoryCell]]],
    threshold: int,
    tr: Translate,
    s: dict,
    width: float,
    first_share: float = 0.27,
) -> Table:
    first = first_share * width
    rest = (width - first) / max(len(headers) - 1, 1)
    head = [_p(headers[0], s["head"])] + [_p(h, s["head_right"]) for h in headers[1:]]
    body: list[list[Any]] = [head]
    for need, cells in rows:
        line: list[Any] = [_p(need, s["cell"])]
        for index, cell in enumerate(cells):
            text = cell_text(cell, threshold, tr)
            style = s["cell_right"]
            if index == 0:
                text = f"<b>{escape(text)}</b>"
                line.append(Paragraph(text, style))
                continue
            if cell.status is not CellStatus.PUBLISHED:
                text = f'<font color="#5b6770">{escape(text)}</font>'
                line.append(Paragraph(text, style))
                continue
            line.append(_p(text, style))
        body.append(line)
    table = _grid(body, [first] + [rest] * (len(headers) - 1))
    # Right-aligned neighbours need air between them ("Val Chisone" | "Val Germanasca").
    table.setStyle(TableStyle([("LEFTPADDING", (1, 0), (-1, -1), 7)]))
    return table


def _footer(tr: Translate, network: str, day: str, threshold: int) -> Any:
    template = tr.translate("TerritoryReport", "Page %1 of %2")
    left = fill(
        tr.translate(
            "TerritoryReport", "%1 · territorial demand as of %2 · anonymous aggregates only"
        ),
        network or "WAT Desktop",
        day,
    )

    def draw(canvas: Canvas, number: int, total: int) -> None:
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, 13 * mm, PAGE_WIDTH - MARGIN_X, 13 * mm)
        canvas.setFont(REGULAR, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN_X, 9 * mm, left)
        canvas.setFont(BOLD, 7.5)
        canvas.drawRightString(PAGE_WIDTH - MARGIN_X, 9 * mm, fill(template, number, total))
        canvas.restoreState()

    return draw


def territory_pdf_bytes(report: TerritoryReport, tr: Translate, today: date | None = None) -> bytes:
    """The report as PDF bytes (the caller writes them with write_bytes_atomic)."""
    register_fonts()
    s = _styles()
    t = report.threshold
    title = tr.translate("TerritoryReport", "Territorial welfare demand")
    network = report.catalogue.network.name if report.catalogue else ""
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=f"{title} — {network}" if network else title,
        author="WAT Desktop",
        subject=tr.translate("TerritoryReport", "Report for the network's steering group"),
        creator="WAT Desktop",
        lang="it-IT" if tr.language == "it" else "en-GB",
        invariant=1,
    )
    width = doc.width
    day = (today or date.today()).strftime("%d/%m/%Y")
    total = report.firms_in_database + report.files_received
    joining = total if report.chosen is None else len(report.chosen)
    story: list[Any] = [
        _p(title, s["title"]),
        _p(
            fill(
                tr.translate("TerritoryReport", "%1 · report for the steering group, %2"),
                network,
                day,
            )
            if network
            else day,
            s["subtitle"],
        ),
        Spacer(1, 5 * mm),
        _key_figures(report, report.offers, tr, s),
        Spacer(1, 3 * mm),
        _p(
            fill(
                tr.translate(
                    "TerritoryReport",
                    "Counts are people (employees, or children for childcare and school "
                    "needs). Anonymity threshold %1: counts from 1 to %2 read \u201c< %1\u201d, "
                    "and some cells are hidden so that they cannot be worked out from the "
                    "totals; \u201cat least\u201d marks a sum that includes small counts from "
                    "demand files.",
                ),
                t,
                t - 1,
            ),
            s["note"],
        ),
    ]
    if report.offers:
        story += [
            _p(tr.translate("TerritoryReport", "Which pooled offers start"), s["heading"]),
            _p(
                fill(
                    tr.translate(
                        "TerritoryReport",
                        "Forecast if these firms and demand files join: %1 of %2. An offer "
                        "starts when both its minimum users and minimum firms are reached.",
                    ),
                    joining,
                    total,
                ),
                s["body"],
            ),
            Spacer(1, 2 * mm),
            _offers_table(report, tr, s, width),
            Spacer(1, 1.5 * mm),
            _p(
                tr.translate(
                    "TerritoryReport",
                    "Committed: users / firms already committed in the network's catalogue. "
                    "Joining: users / firms these firms and files would bring.",
                ),
                s["note"],
            ),
        ]
    areas = list(report.by_area.columns)
    need_rows = [
        (need_label(row.key, tr), [row.total, *(row.cells[a] for a in areas)])
        for row in report.by_area.rows
        if row.total.value != 0
    ]
    story += [
        PageBreak(),  # page one is the offers; page two the needs behind them
        _p(tr.translate("TerritoryReport", "Need by area"), s["heading"]),
        _need_table(
            [
                tr.translate("TerritoryReport", "Need"),
                tr.translate("TerritoryReport", "Total"),
                *(area_label(a, tr) for a in areas),
            ],
            need_rows,
            t,
            tr,
            s,
            width,
        ),
    ]
    if report.relevance:
        rows: list[list[Any]] = [
            [
                _p(tr.translate("TerritoryReport", "Need area"), s["head"]),
                _p(tr.translate("TerritoryReport", "Firms that scored it"), s["head_right"]),
                _p(tr.translate("TerritoryReport", "Mean relevance (1-5)"), s["head_right"]),
            ]
        ]
        for item in report.relevance:
            rows.append(
                [
                    _p(need_area_label(item.area, tr), s["cell"]),
                    _p(count_text(item.firms, tr), s["cell_right"]),
                    _p(relevance_text(item.mean_tenths, tr), s["cell_right"]),
                ]
            )
        story.append(
            KeepTogether(
                [
                    _p(
                        tr.translate("TerritoryReport", "How relevant firms find each area"),
                        s["heading"],
                    ),
                    _grid(rows, [0.6 * width, 0.2 * width, 0.2 * width]),
                ]
            )
        )
    annex = _municipality_annex(report, tr, s, width)
    if annex:
        story += [PageBreak(), *annex]
    doc.build(story, canvasmaker=numbered_canvas(_footer(tr, network, day, t), REGULAR))
    return buffer.getvalue()


def _municipality_annex(report: TerritoryReport, tr: Translate, s: dict, width: float) -> list[Any]:
    """One table per area: its figure, then each municipality's (suppressed within it)."""
    table = report.by_municipality
    story: list[Any] = []
    areas = list(dict.fromkeys(a for (_key, a) in table.rows))
    for area in areas:
        places = sorted(m for m, a in table.area_of.items() if a == area)
        rows = [
            (need_label(row.key, tr), [row.total, *(row.cells[p] for p in places)])
            for (_key, a), row in table.rows.items()
            if a == area and row.total.value != 0
        ]
        if not rows or not places:
            continue
        name = area_label(area, tr)
        # The need's name gets more room where there are few municipalities.
        share = 0.40 if len(places) <= 4 else 0.30
        story += [
            CondPageBreak(45 * mm),  # a heading never sits alone at the foot of a page
            _p(name, s["heading"]),
            _need_table(
                [tr.translate("TerritoryReport", "Need"), name, *places],
                rows,
                report.threshold,
                tr,
                s,
                width,
                share,
            ),
        ]
    if story:
        intro = [
            _p(tr.translate("TerritoryReport", "Annex: need by municipality"), s["title"]),
            _p(
                tr.translate(
                    "TerritoryReport",
                    "Each area's figure is split by the municipality of the firms' sites; "
                    "small figures are suppressed within each area as in the tables above.",
                ),
                s["note"],
            ),
        ]
        story = intro + story
    return story

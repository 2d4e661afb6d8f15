"""Vector charts for the dossier, drawn with ``reportlab.graphics`` (no bitmaps)."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String

from wat_desktop.reports.dossier_styles import ACCENT, INK, MUTED, RULE, SIZE_SMALL
from wat_desktop.reports.fonts import REGULAR, register_fonts

ROW = 15  # points per bar


def ranked_bars(
    items: list[tuple[str, int]],
    width: float,
    *,
    max_value: int = 100,
    caption: str = "",
    value_format: Callable[[float], str] | None = None,
    label_share: float = 0.44,
) -> Drawing:
    """Horizontal bars, first item on top; labels left, values at the bar ends.

    ``label_share`` is the part of ``width`` the labels take; the values are
    written after the bars, so the bars stop short of the right edge."""
    register_fonts()
    label_width = width * label_share
    caption_height = 14 if caption else 0
    height = max(1, len(items)) * ROW + caption_height + 4
    drawing = Drawing(width, height, initialFontName=REGULAR)  # not Helvetica
    chart = HorizontalBarChart()
    chart.x = label_width
    chart.y = caption_height + 2
    chart.width = width - label_width - (70 if value_format else 28)
    chart.height = len(items) * ROW
    # HorizontalBarChart draws the first category at the bottom: reverse for a ranking.
    ordered = list(reversed(items))
    chart.data = [[value for _, value in ordered]]
    chart.categoryAxis.categoryNames = [label for label, _ in ordered]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = SIZE_SMALL
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.strokeColor = RULE
    chart.categoryAxis.tickLeft = 0
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max_value
    chart.valueAxis.valueStep = max(1, max_value // 4)
    chart.valueAxis.visible = False
    chart.valueAxis.labels.fontName = REGULAR  # never a stray unembedded Helvetica
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.barWidth = 9
    chart.groupSpacing = 6
    chart.barLabelFormat = value_format or "%d"
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = SIZE_SMALL
    chart.barLabels.fillColor = INK
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    if caption:
        drawing.add(
            String(label_width, 0, caption, fontName=REGULAR, fontSize=SIZE_SMALL, fillColor=MUTED)
        )
    return drawing

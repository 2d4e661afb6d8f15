"""A horizontal bar chart of the needs profile, painted with QPainter (no Qt Charts:
it lives in PySide6-Addons, which the app does not ship)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR_HEIGHT = 22
GAP = 8
LABEL_SHARE = 0.42  # of the width, for the area names


class NeedsChart(QWidget):
    """Bars of 0-100 scores, highest first; the data is also readable as text
    through the accessible description (screen readers cannot see bars)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[tuple[str, int]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Needs profile chart"))

    def set_bars(self, bars: list[tuple[str, int]]) -> None:
        self.bars = bars
        self.setAccessibleDescription("; ".join(f"{label}: {score}" for label, score in bars))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(480, max(1, len(self.bars)) * (BAR_HEIGHT + GAP) + GAP)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        label_width = self.width() * LABEL_SHARE
        bar_space = self.width() - label_width - 48
        for row, (label, score) in enumerate(self.bars):
            top = GAP + row * (BAR_HEIGHT + GAP)
            painter.setPen(text_colour)
            label_rect = QRectF(0, top, label_width - 8, BAR_HEIGHT)
            painter.drawText(
                label_rect,
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                painter.fontMetrics().elidedText(
                    label, Qt.TextElideMode.ElideRight, int(label_rect.width())
                ),
            )
            width = bar_space * max(0, min(score, 100)) / 100
            # The strongest need stands out; the colour only repeats what the number says.
            colour = QColor("#1f5f8b") if row == 0 and score > 0 else QColor("#6b9ac4")
            painter.fillRect(QRectF(label_width, top + 3, width, BAR_HEIGHT - 6), colour)
            painter.drawText(
                QRectF(label_width + width + 6, top, 42, BAR_HEIGHT),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                str(score),
            )
        painter.end()

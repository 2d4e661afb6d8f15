"""A small bar chart for the simulator: for each way of paying, what the
employee gets next to what the firm pays, each bar with its amount in euros.
Painted with QPainter; the figures are also in the accessible description, so
the chart is never colour-only."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from wat_desktop.formatting import format_money

VALUE_COLOUR = QColor("#2e7d32")  # what the employee receives
COST_COLOUR = QColor("#9e9e9e")  # what the firm pays


class SimulatorChart(QWidget):
    GAP = 14  # between the two bars of a group: room for their amounts side by side

    def __init__(self, language: str = "it", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._bars: list[tuple[str, Decimal, Decimal]] = []
        self._legend = ("", "")
        self.setMinimumHeight(170)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:
        return QSize(520, 190)

    def set_bars(
        self, bars: list[tuple[str, Decimal, Decimal]], value_label: str, cost_label: str
    ) -> None:
        """``bars``: (label, employee value, firm cost) per way of paying."""
        self._bars = bars
        self._legend = (value_label, cost_label)
        self.update()

    def amount_text(self, amount: Decimal) -> str:
        """What a bar says above it: its amount, as in the table ("1.374,08 €")."""
        return format_money(amount, self._language)

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        if not self._bars:
            return
        metrics = painter.fontMetrics()
        line = metrics.height()
        legend_y = 4
        x = 8
        text_colour = self.palette().text().color()
        for colour, text in zip((VALUE_COLOUR, COST_COLOUR), self._legend, strict=True):
            painter.fillRect(QRectF(x, legend_y + 2, line - 4, line - 4), colour)
            painter.setPen(text_colour)
            painter.drawText(int(x + line), legend_y + metrics.ascent(), text)
            x += line + metrics.horizontalAdvance(text) + 24
        small = QFont(painter.font())
        small.setPointSizeF(small.pointSizeF() * 0.9)
        small_metrics = QFontMetrics(small)
        top = legend_y + line + 8 + small_metrics.height()  # room for the amounts
        bottom = self.height() - 2 * line - 6
        height = max(10, bottom - top)
        peak = max(max(v, c) for _, v, c in self._bars) or Decimal(1)
        group = (self.width() - 16) / len(self._bars)
        bar = min(56.0, (group - self.GAP) / 3)
        for index, (label, value, cost) in enumerate(self._bars):
            left = 8 + index * group + (group - 2 * bar - self.GAP) / 2
            bars = ((0, value, VALUE_COLOUR), (bar + self.GAP, cost, COST_COLOUR))
            for offset, amount, colour in bars:
                h = float(max(Decimal(0), amount) / peak) * height
                painter.fillRect(QRectF(left + offset, bottom - h, bar, h), colour)
                # The amount above its bar, centred, so the chart reads without the table.
                painter.setFont(small)
                painter.setPen(text_colour)
                text = self.amount_text(amount)
                width = small_metrics.horizontalAdvance(text) + 4
                centre = left + offset + bar / 2
                where = QRectF(
                    centre - width / 2,
                    bottom - h - small_metrics.height() - 2,
                    width,
                    small_metrics.height(),
                )
                painter.drawText(where, Qt.AlignmentFlag.AlignCenter, text)
                painter.setFont(self.font())
            painter.setPen(text_colour)
            rect = QRectF(8 + index * group, bottom + 4, group, 2 * line)
            painter.drawText(rect, Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap, label)
        painter.end()

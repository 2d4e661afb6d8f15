"""First run: what the app shows while the database holds no firm.

Four ways in, as cards (buttons: one Tab stop and an Alt shortcut each, an accessible
name and description); the main window connects them to its own actions, so the
page knows no service.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QPointF, QRectF, Qt, Signal, SignalInstance
from PySide6.QtGui import QColor, QKeySequence, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from wat_desktop.ui.app_icon import app_icon

INK = "#1d3557"  # the icon's navy
ACCENT = "#2a9d8f"  # the icon's teal
COLUMN_WIDTH = 720
CARD_SPACING = 14
GLYPH_SIZE = 40

CARD_STYLE = f"""
QPushButton#welcome_choice {{
    background-color: palette(base);
    border: 1px solid #cfd8e3;
    border-radius: 10px;
}}
QPushButton#welcome_choice:hover {{
    border-color: {ACCENT};
    background-color: #f2faf9;
}}
QPushButton#welcome_choice:focus {{
    border: 2px solid {ACCENT};
}}
QPushButton#welcome_choice:pressed {{
    background-color: #e0f2ef;
}}
"""


def choice_glyph(kind: str, size: int = GLYPH_SIZE) -> QPixmap:
    """A white pictogram on a teal disc, drawn at twice the size for high-DPI screens."""
    scale = 2
    pixmap = QPixmap(size * scale, size * scale)
    pixmap.setDevicePixelRatio(scale)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(ACCENT))
    painter.drawEllipse(QRectF(0, 0, size, size))
    white = QColor("#ffffff")
    pen = QPen(white, size * 0.08)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    unit = size / 10
    if kind == "firm":  # an office building: four windows and a door
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(
            QRectF(3 * unit, 2.6 * unit, 4 * unit, 4.9 * unit), unit / 3, unit / 3
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(white)
        for x in (3.85, 5.45):
            for y in (3.5, 4.9):
                painter.drawRect(QRectF(x * unit, y * unit, 0.7 * unit, 0.7 * unit))
        painter.drawRect(QRectF(4.55 * unit, 6.2 * unit, 0.9 * unit, 1.3 * unit))
    elif kind == "demo":  # play
        path = QPainterPath(QPointF(4 * unit, 3 * unit))
        path.lineTo(QPointF(7.2 * unit, 5 * unit))
        path.lineTo(QPointF(4 * unit, 7 * unit))
        path.closeSubpath()
        painter.setBrush(white)
        painter.drawPath(path)
    elif kind == "import":  # an arrow into a tray
        painter.setPen(pen)
        painter.drawLine(QPointF(5 * unit, 2.6 * unit), QPointF(5 * unit, 5.8 * unit))
        head = ((3.7, 4.6), (5, 5.9), (6.3, 4.6))
        tray = ((3, 6), (3, 7.3), (7, 7.3), (7, 6))
        for points in (head, tray):
            painter.drawPolyline([QPointF(x * unit, y * unit) for x, y in points])
    else:  # consultant: two people
        painter.setBrush(white)
        for x, radius in ((3.8, 1.0), (6.3, 0.85)):
            painter.drawEllipse(QPointF(x * unit, 3.9 * unit), radius * unit, radius * unit)
            body = QRectF((x - 1.6) * unit, 5.3 * unit, 3.2 * unit, 3.2 * unit)
            painter.drawChord(body, 0, 180 * 16)
    painter.end()
    return pixmap


def mnemonic_html(text: str) -> str:
    """Rich text of "Open the &demo", its shortcut letter underlined."""
    before, _, after = text.partition("&")
    if not after:
        return html.escape(text)
    return f"{html.escape(before)}<u>{html.escape(after[0])}</u>{html.escape(after[1:])}"


class ChoiceCard(QPushButton):
    """A large button: pictogram, title (with its Alt shortcut) and a line of help."""

    def __init__(self, glyph: str, title: str, description: str) -> None:
        super().__init__()
        self.setObjectName("welcome_choice")
        self._title = title
        self.setShortcut(QKeySequence.mnemonic(title))
        self.setAccessibleName(title.replace("&", ""))
        self.setAccessibleDescription(description)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        picture = QLabel()
        picture.setPixmap(choice_glyph(glyph))
        picture.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.title_label = QLabel(mnemonic_html(title))
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setStyleSheet(f"color: {INK};")
        self.description_label = QLabel(description)
        self.description_label.setWordWrap(True)
        texts = QVBoxLayout()
        texts.setSpacing(3)
        texts.addWidget(self.title_label)
        texts.addWidget(self.description_label)
        texts.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(12)
        layout.addWidget(picture)
        layout.addLayout(texts, 1)
        for label in (picture, self.title_label, self.description_label):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def title(self) -> str:
        """The title as written, with its "&" shortcut marker."""
        return self._title

    def height_for(self, width: int) -> int:
        layout = self.layout()
        assert layout is not None
        return max(layout.heightForWidth(width), layout.minimumSize().height())


class WelcomePage(QWidget):
    create_firm_requested = Signal()
    demo_requested = Signal()
    import_requested = Signal()
    consultant_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(CARD_STYLE)
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(96, 96))
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = QLabel(self.tr("Welcome to WAT Desktop"))
        self.title.setObjectName("welcome_title")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setStyleSheet(f"color: {INK};")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        tagline = QLabel("Welfare Aziendale Territoriale")  # the name itself: not translated
        tagline.setStyleSheet(f"color: {ACCENT}; font-weight: 600; letter-spacing: 1px;")
        tagline.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.intro = QLabel(
            self.tr(
                "Plan your employees' welfare together with the territorial network: "
                "a few questions about your firm and its needs, the network's offers, "
                "a plan and the membership dossier. How would you like to start?"
            )
        )
        self.intro.setWordWrap(True)
        self.intro.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.intro.setContentsMargins(30, 8, 30, 12)

        # Shortcut letters differ from the menu bar's (File, Settings/Impostazioni,
        # Tools/Strumenti, Help/Aiuto, View/Visualizza) in both languages.
        self.create_button = self._choice(
            "firm",
            self.tr("&Create your firm"),
            self.tr("Start the self-assessment for your own company."),
            self.create_firm_requested,
        )
        self.demo_button = self._choice(
            "demo",
            self.tr("Open the &demo"),
            self.tr("Explore a fictional firm and the Pinerolese network's catalogue."),
            self.demo_requested,
        )
        self.import_button = self._choice(
            "import",
            self.tr("&Import a catalogue"),
            self.tr("Load the catalogue file your territorial network sent you."),
            self.import_requested,
        )
        self.consultant_button = self._choice(
            "consultant",
            self.tr("I am a c&onsultant"),
            self.tr("Follow several client firms in one place, then add the first one."),
            self.consultant_requested,
        )
        cards = QGridLayout()
        cards.setSpacing(CARD_SPACING)
        # Every card as tall as the tallest (Italian runs longer): even rows.
        card_width = (COLUMN_WIDTH - CARD_SPACING) // 2
        height = max(card.height_for(card_width) for card in self.buttons())
        for index, card in enumerate(self.buttons()):
            card.setFixedHeight(height)
            cards.addWidget(card, index // 2, index % 2)

        self.privacy_note = QLabel(
            self.tr(
                "WAT Desktop works without an Internet connection and never asks for "
                "employees' names: only anonymous totals."
            )
        )
        self.privacy_note.setWordWrap(True)
        self.privacy_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.privacy_note.setStyleSheet("color: palette(placeholder-text);")

        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        column.addWidget(icon)
        column.addWidget(self.title)
        column.addWidget(tagline)
        column.addWidget(self.intro)
        column.addLayout(cards)
        column.addSpacing(16)
        column.addWidget(self.privacy_note)
        holder = QWidget()
        holder.setLayout(column)
        # A fixed column width: wrapped labels then get the height they need.
        holder.setFixedWidth(COLUMN_WIDTH)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(holder)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)

    def _choice(
        self, glyph: str, title: str, description: str, signal: SignalInstance
    ) -> ChoiceCard:
        card = ChoiceCard(glyph, title, description)
        card.clicked.connect(signal)  # signal to signal: Qt drops clicked's argument
        return card

    def buttons(self) -> list[ChoiceCard]:
        return [self.create_button, self.demo_button, self.import_button, self.consultant_button]

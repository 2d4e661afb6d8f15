"""Building forms where every input has a label, a buddy and an accessible name,
fields are as wide as what they hold, and errors are text a screen reader hears."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

ERROR_COLOUR = "#b00020"
NOTE_STYLE = "color: palette(placeholder-text);"


def chars_wide(widget: QWidget, characters: int) -> int:
    """A width in pixels for ``characters`` average characters in the widget's font
    (high-DPI and font-size safe, unlike a fixed pixel count)."""
    return widget.fontMetrics().averageCharWidth() * characters


def count_spin(maximum: int = 100_000) -> QSpinBox:
    """A spin box for a number of people: narrow, right-aligned like numbers in a table."""
    spin = QSpinBox()
    spin.setRange(0, maximum)
    spin.setAlignment(Qt.AlignmentFlag.AlignRight)
    spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.UpDownArrows)
    spin.setFixedWidth(chars_wide(spin, 8) + 28)
    return spin


def new_form() -> QFormLayout:
    """A form whose fields keep their own width instead of stretching across the page."""
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    return form


def add_row(form: QFormLayout, label_text: str, widget: QWidget, help_text: str = "") -> QLabel:
    """Add a labelled row; the label is the widget's buddy (Alt+key) and its
    accessible name, so screen readers and keyboard users find it."""
    label = QLabel(label_text)
    label.setBuddy(widget)
    name = label_text.replace("&", "")
    if isinstance(widget, QAbstractButton) and widget.text():
        # A tick box says what it means itself: "Union representation: RSU or RSA".
        name = f"{name}: {widget.text().replace('&', '')}"
    widget.setAccessibleName(name)
    if help_text:
        widget.setToolTip(help_text)
        widget.setAccessibleDescription(help_text)
        label.setToolTip(help_text)  # hovering the words explains them too
    form.addRow(label, widget)
    return label


def align_label_columns(forms: Iterable[QFormLayout]) -> None:
    """Give the label column of several forms (one per group box) the same width,
    so their fields line up down the page."""
    labels = []
    for form in forms:
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and isinstance(item.widget(), QLabel):
                labels.append(item.widget())
    width = max((label.sizeHint().width() for label in labels), default=0)
    for label in labels:
        label.setMinimumWidth(width)


def note_label(text: str = "", wrap: bool = True) -> QLabel:
    """A quiet explanatory line (grey; wrapped unless it is a short figure)."""
    label = QLabel(text)
    label.setWordWrap(wrap)
    label.setStyleSheet(NOTE_STYLE)
    return label


def error_label() -> QLabel:
    """A red message under a field; text, not only colour, says what is wrong."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {ERROR_COLOUR};")
    label.setVisible(False)
    return label


def show_error(label: QLabel, text: str) -> None:
    changed = label.text() != text
    label.setText(text)
    label.setVisible(bool(text))
    label.setAccessibleName(text)
    if changed and text:
        announce(label)


def announce(widget: QWidget) -> None:
    """Tell assistive technology that ``widget``'s text changed, so a screen reader
    reads a new error aloud without the user moving the focus."""
    QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.NameChanged))


def set_field_description(widget: QWidget, text: str) -> None:
    """The field's accessible description: its error if any, else its tooltip."""
    description = text or widget.toolTip()
    if widget.accessibleDescription() != description:
        widget.setAccessibleDescription(description)
        QAccessible.updateAccessibility(
            QAccessibleEvent(widget, QAccessible.Event.DescriptionChanged)
        )


def set_chars_width(widget: QWidget, characters: int) -> None:
    """Make a text field or list about ``characters`` average characters wide (a form
    whose fields stay at their size hint then keeps it at that width)."""
    if isinstance(widget, QComboBox):
        # As wide as asked whatever the items; the open list still shows them whole.
        widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        widget.setMinimumContentsLength(characters)
        widget.view().setMinimumWidth(widget.view().sizeHintForColumn(0) + 24)
    else:
        widget.setMinimumWidth(chars_wide(widget, characters))

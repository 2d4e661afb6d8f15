"""The plan step's take-up rates: of the people with a need, how many will use a
service once it is offered. The user may change each rate; the page stores it in
``Firm.take_up`` and the expected users, the plan and the pooled states follow.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wat_desktop.domain.firm import Firm
from wat_desktop.domain.need_counts import NeedKey
from wat_desktop.domain.pooling import DEFAULT_TAKE_UP_PERCENT, default_rate
from wat_desktop.ui.domain_text import need_label

COL_NEED, COL_PEOPLE, COL_RATE, COL_DEFAULT, COL_EXPECTED = range(5)


def expected_people(count: int, percent: int) -> int:
    """The figure the table shows: count × rate, rounded half up."""
    return (count * percent + 50) // 100


class TakeUpEditor(QWidget):
    rate_changed = Signal(str, int)  # NeedKey value, percent
    reset_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        note = QLabel(
            self.tr(
                "Of the people with a need, the share who will really use a service once it "
                "is offered. The expected users set how many places the recommended plan "
                "buys and where the pooled offers stand. The defaults are assumptions of "
                "WAT Desktop; an offer with the network's own estimate keeps it unless you "
                "change the rate of its need here."
            )
        )
        note.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setAccessibleName(self.tr("Take-up rates"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Need"),
                self.tr("People"),
                self.tr("Take-up rate"),
                self.tr("Default"),
                self.tr("Expected users"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_NEED, QHeaderView.ResizeMode.Stretch)
        for column in (COL_PEOPLE, COL_RATE, COL_DEFAULT, COL_EXPECTED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel(self.tr("Enter the needs first: there is no one to count yet."))
        self.reset_button = QPushButton(self.tr("Restore the &default rates"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.empty)
        buttons.addStretch(1)
        buttons.addWidget(self.reset_button)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.spins: dict[NeedKey, QSpinBox] = {}
        self._counts: dict[NeedKey, int] = {}
        self._shown: tuple[tuple[tuple[NeedKey, int], ...], ...] | None = None
        self.reset_button.clicked.connect(self.reset_requested)

    def show_firm(self, firm: Firm | None) -> None:
        """Rows for the needs the firm has; values are updated in place so that a spin
        box being edited is never rebuilt under the user's hands."""
        counts = {
            key: firm.need(key) for key in DEFAULT_TAKE_UP_PERCENT if firm and firm.need(key) > 0
        }
        rates = firm.take_up if firm else {}
        shown = (tuple(counts.items()), tuple(rates.items()))
        if shown == self._shown:
            return  # most plan edits change neither: the rows already show them
        self._shown = shown
        if list(counts) != list(self._counts):
            self._rebuild(list(counts))
        self._counts = counts
        for row, (key, count) in enumerate(counts.items()):
            rate = default_rate(key, rates)
            spin = self.spins[key]
            if spin.value() != rate:
                spin.blockSignals(True)
                spin.setValue(rate)
                spin.blockSignals(False)
            font = spin.font()
            font.setBold(key in rates)  # the user's own rate stands out from the defaults
            spin.setFont(font)
            self._item(row, COL_PEOPLE).setText(str(count))
            self._item(row, COL_EXPECTED).setText(str(expected_people(count, rate)))
        self.empty.setVisible(not counts)
        self.reset_button.setEnabled(bool(rates))

    def _rebuild(self, keys: list[NeedKey]) -> None:
        self.table.setRowCount(0)
        self.spins.clear()
        self.table.setRowCount(len(keys))
        for row, key in enumerate(keys):
            label = need_label(key)
            self.table.setItem(row, COL_NEED, QTableWidgetItem(label))
            for column in (COL_PEOPLE, COL_DEFAULT, COL_EXPECTED):
                item = QTableWidgetItem()
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
            self._item(row, COL_DEFAULT).setText(f"{DEFAULT_TAKE_UP_PERCENT[key]} %")
            spin = QSpinBox()
            spin.setRange(0, 100)
            spin.setSuffix(" %")
            spin.setAlignment(Qt.AlignmentFlag.AlignRight)
            spin.setAccessibleName(self.tr("Take-up rate: %1").replace("%1", label))
            spin.valueChanged.connect(lambda value, k=key: self.rate_changed.emit(k.value, value))
            self.table.setCellWidget(row, COL_RATE, spin)
            self.spins[key] = spin
        self.table.resizeColumnsToContents()

    def _item(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        assert item is not None
        return item

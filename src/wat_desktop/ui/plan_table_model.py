"""The plan's lines: offer, editable quantity (a spin box), unit price, cost, pool.

The model reads nothing: the page hands it ``LineFigures`` and the explanation
of each line, and listens to ``quantity_changed``. Every text of a row is made
once when the lines are set (a repaint asks ``data()`` hundreds of times), and an
update signals only the rows whose texts changed: a quantity edit repaints its row,
a budget edit none.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from wat_desktop.domain.catalogue import CONTEXT as CATALOGUE_CONTEXT
from wat_desktop.domain.catalogue import UNIT_LABELS
from wat_desktop.domain.plan.figures import LineFigures
from wat_desktop.formatting import format_money
from wat_desktop.ui.domain_text import translate
from wat_desktop.ui.offers_table_model import pool_state_text, price_with_unit

Index = QModelIndex | QPersistentModelIndex
COL_TITLE, COL_QUANTITY, COL_UNIT_PRICE, COL_COST, COL_POOL = range(5)
OFFER_ID_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_QUANTITY = 100_000
_NUMBERS = (COL_QUANTITY, COL_UNIT_PRICE, COL_COST)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class _RowTexts:
    """What a row shows: its cells, the unit (tooltip of the numbers) and its reason."""

    cells: tuple[str, str, str, str, str]
    unit: str
    reason: str | None


class PlanTableModel(QAbstractTableModel):
    quantity_changed = Signal(str, int)  # offer id, new quantity in the offer's unit

    def __init__(self, language: str = "it") -> None:
        super().__init__()
        self._language = language
        self._lines: list[LineFigures] = []
        self._reasons: dict[str, str] = {}
        self._texts: list[_RowTexts] = []

    def set_lines(self, lines: list[LineFigures], reasons: dict[str, str] | None = None) -> None:
        """Show ``lines``; rows are updated in place when the offers are the same,
        so an open spin box is not torn down by its own edit."""
        self._reasons = dict(reasons or {})
        texts = [self._row_texts(line) for line in lines]
        same = [line.offer.id for line in lines] == [line.offer.id for line in self._lines]
        if same and lines:
            pairs = zip(self._texts, texts, strict=True)
            changed = [row for row, (old, new) in enumerate(pairs) if old != new]
            self._lines, self._texts = list(lines), texts
            if changed:
                self.dataChanged.emit(self.index(changed[0], 0), self.index(changed[-1], COL_POOL))
            return
        self.beginResetModel()
        self._lines, self._texts = list(lines), texts
        self.endResetModel()

    def longest_text(self, column: int) -> int:
        """Characters of the column's longest text (0 without lines)."""
        return max((len(texts.cells[column]) for texts in self._texts), default=0)

    def _row_texts(self, line: LineFigures) -> _RowTexts:
        return _RowTexts(
            (
                line.offer.title,
                str(line.units),
                price_with_unit(line.unit_price_cents, line.offer, self._language),
                format_money(line.cost_cents, self._language),
                self._pool_text(line),
            ),
            translate(CATALOGUE_CONTEXT, UNIT_LABELS[line.offer.unit]),
            self._reasons.get(line.offer.id) or None,
        )

    def line(self, row: int) -> LineFigures:
        return self._lines[row]

    def total_cents(self) -> int:
        return sum(line.cost_cents for line in self._lines)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Offer"),
                self.tr("Quantity"),
                self.tr("Unit price"),
                self.tr("Yearly cost"),
                self.tr("Network"),
            )[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[row].cells[column]
        if role == OFFER_ID_ROLE:
            return self._lines[row].offer.id
        if role == Qt.ItemDataRole.ToolTipRole:
            texts = self._texts[row]
            return texts.unit if column in (COL_QUANTITY, COL_UNIT_PRICE) else texts.reason
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMBERS:
            return _RIGHT
        if role == Qt.ItemDataRole.EditRole and column == COL_QUANTITY:
            return self._lines[row].units
        return None

    def _pool_text(self, line: LineFigures) -> str:
        if line.pool is None:
            return self.tr("Bought directly")  # as the dossier says: not "not in the network"
        return pool_state_text(line.pool)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.column() == COL_QUANTITY:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != COL_QUANTITY:
            return False
        try:
            quantity = int(value)
        except (TypeError, ValueError):
            return False
        if not 1 <= quantity <= MAX_QUANTITY:
            return False
        offer_id = self._lines[index.row()].offer.id
        if quantity != self._lines[index.row()].units:
            self.quantity_changed.emit(offer_id, quantity)
        return True

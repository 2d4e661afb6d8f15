"""Table models of the territorial dashboard: need per area, need per municipality
within an area, pooled offers.

Cells show exactly what the report publishes ("< 5", "hidden", "at least 12");
the progress column paints a bar toward the offer's user threshold.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
)

from wat_desktop.domain.i18n_markers import Translate, fill
from wat_desktop.domain.need_counts import NeedKey
from wat_desktop.domain.survey.result import CellStatus
from wat_desktop.domain.territory import (
    MunicipalityTable,
    NeedRow,
    NeedTable,
    OfferForecast,
    OfferState,
    TerritoryCell,
)
from wat_desktop.domain.territory_text import (
    area_label,
    cell_text,
    count_text,
    need_label,
    state_text,
    users_text,
)

Index = QModelIndex | QPersistentModelIndex
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 1
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
ACTIVE_BACKGROUND = QColor("#e3f4e8")  # the state is also said in words and in bold


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class _NeedGrid(QAbstractTableModel):
    """Rows: needs somebody has; column 0 the need, then one column per figure."""

    def __init__(self, tr: Translate, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tr = tr
        self._threshold = 5
        self._rows: list[tuple[NeedKey, list[TerritoryCell]]] = []
        self._headers: list[str] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _LEFT if section == 0 else _RIGHT
        return None

    def cell(self, row: int, column: int) -> TerritoryCell:
        return self._rows[row][1][column - 1]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        key, cells = self._rows[index.row()]
        column = index.column()
        if column == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return need_label(key, self._tr)
            return None
        cell = cells[column - 1]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(cell, self._threshold, self._tr)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT
        if role == Qt.ItemDataRole.FontRole and column == 1:
            return _bold()  # the row's total
        if role == Qt.ItemDataRole.ForegroundRole and cell.status is not CellStatus.PUBLISHED:
            from PySide6.QtGui import QPalette

            return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._cell_tooltip(cell)
        return None

    def _cell_tooltip(self, cell: TerritoryCell) -> str | None:
        if cell.status is CellStatus.SMALL:
            return fill(
                self._tr.translate(
                    "TerritoryTables",
                    "Fewer than %1 people: not shown, so nobody can be recognised",
                ),
                self._threshold,
            )
        if cell.status is CellStatus.HIDDEN:
            return self._tr.translate(
                "TerritoryTables",
                "Hidden so that a small figure cannot be worked out from the total",
            )
        if cell.at_least:
            return self._tr.translate(
                "TerritoryTables", "Some demand files report this need as a small, unknown number"
            )
        return None


class NeedAreaTableModel(_NeedGrid):
    """Need per territorial area: the need, the total, then each area."""

    def set_table(self, table: NeedTable) -> None:
        self.beginResetModel()
        self._threshold = table.threshold
        self._headers = [
            self._tr.translate("TerritoryTables", "Need"),
            self._tr.translate("TerritoryTables", "Total"),
            *(area_label(a, self._tr) for a in table.columns),
        ]
        self._rows = [
            (row.key, [row.total, *(row.cells[a] for a in table.columns)])
            for row in table.rows
            if row.total.value != 0
        ]
        self.endResetModel()


class MunicipalityTableModel(_NeedGrid):
    """Need per municipality of one area: the need, the area's figure, each municipality."""

    def set_area(self, table: MunicipalityTable, area: str) -> None:
        self.beginResetModel()
        self._threshold = table.threshold
        rows: list[NeedRow] = [r for (_key, a), r in table.rows.items() if a == area]
        places = sorted(m for m, a in table.area_of.items() if a == area)
        self._headers = [
            self._tr.translate("TerritoryTables", "Need"),
            area_label(area, self._tr),
            *places,
        ]
        self._rows = [
            (row.key, [row.total, *(row.cells[p] for p in places)])
            for row in rows
            if row.total.value != 0
        ]
        self.endResetModel()


def areas_with_municipalities(table: MunicipalityTable) -> list[str]:
    """The areas that have at least one municipality, in the report's area order."""
    present = set(table.area_of.values())
    order = [a for (_key, a) in table.rows]
    return list(dict.fromkeys(a for a in order if a in present))


class OfferForecastModel(QAbstractTableModel):
    """One row per pooled offer: committed, joining, threshold, progress, state."""

    COLUMNS = 6
    PROGRESS_COLUMN = 4
    STATE_COLUMN = 5

    def __init__(self, tr: Translate, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tr = tr
        self._rows: list[OfferForecast] = []
        self._threshold = 5
        # role -> one tuple of column values per row, worked out once per forecast: a
        # view asks for every cell's roles on each layout (hundreds of offers, a
        # dozen roles per cell), so each answer must be a lookup.
        self._cells: dict[int, list[tuple[Any, ...]]] = {}
        self.generation = 0  # bumped at each new forecast (the delegate's cache key)

    def set_forecast(self, rows: list[OfferForecast], threshold: int) -> None:
        self.beginResetModel()
        self._rows, self._threshold = rows, threshold
        self._cells = self._work_out_cells(rows, threshold)
        self.generation += 1
        self.endResetModel()

    def _work_out_cells(
        self, rows: list[OfferForecast], threshold: int
    ) -> dict[int, list[tuple[Any, ...]]]:
        tr = self._tr
        display, tips, fonts, backgrounds, bars = [], [], [], [], []
        small_tip = fill(self.tr("Fewer than %1 users: the exact number is not shown"), threshold)
        at_least = tr.translate("Territory", "at least %1")
        bold = _bold()
        for f in rows:
            value, maximum, is_at_least = progress(f)
            bar = f"{count_text(value, tr)} / {count_text(maximum, tr)}"
            state = state_text(f, tr)
            display.append(
                (
                    f.title,
                    f"{count_text(f.network_users, tr)} / {count_text(f.network_firms, tr)}",
                    f"{users_text(f, threshold, tr)} / {count_text(f.chosen_firms, tr)}",
                    f"{count_text(f.min_users, tr)} / {count_text(f.min_firms, tr)}",
                    fill(at_least, bar) if is_at_least else bar,
                    state,
                )
            )
            small = f.chosen_users_cell.status is CellStatus.SMALL
            tip = small_tip if small else None
            tips.append((state, None, tip, None, tip, state))
            active = f.state is not OfferState.NEEDS_MORE
            fonts.append((None,) * self.STATE_COLUMN + ((bold if active else None),))
            backgrounds.append(
                (None,) * self.STATE_COLUMN + ((ACTIVE_BACKGROUND if active else None),)
            )
            bars.append(((value, maximum),) * self.COLUMNS)
        alignment = [(None, _RIGHT, _RIGHT, _RIGHT, None, None)] * len(rows)
        return {
            int(Qt.ItemDataRole.DisplayRole): display,
            int(Qt.ItemDataRole.ToolTipRole): tips,
            int(Qt.ItemDataRole.FontRole): fonts,
            int(Qt.ItemDataRole.BackgroundRole): backgrounds,
            int(Qt.ItemDataRole.TextAlignmentRole): alignment,
            int(PROGRESS_ROLE): bars,
        }

    def column_texts(self, column: int) -> list[str]:
        """Every row's text in ``column`` (for the widest one)."""
        return [cells[column] for cells in self._cells.get(int(Qt.ItemDataRole.DisplayRole), [])]

    def forecast(self, row: int) -> OfferForecast:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Pooled offer"),
                self.tr("Committed\n(users / firms)"),
                self.tr("Ticked firms\n(users / firms)"),
                self.tr("Threshold\n(users / firms)"),
                self.tr("Toward activation\n(users)"),
                self.tr("State"),
            )[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                None,
                self.tr("Users and firms already committed in the network's catalogue"),
                self.tr("Users and firms the ticked firms would bring"),
                self.tr("The offer activates when both minimums are reached"),
                self.tr("Committed users plus the ticked firms' users, toward the minimum"),
                None,
            )[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        rows = self._cells.get(int(role))
        if rows is None or not index.isValid():
            return None
        return rows[index.row()][index.column()]


def progress(forecast: OfferForecast) -> tuple[int, int, bool]:
    """(value, maximum, at least) toward the offer's user threshold, as shown.

    Fewer users than the anonymity threshold are not shown, but they count toward
    the state: the bar then shows what is known for sure (at least one such user,
    and the whole threshold when the state says the offer activates), marked
    "at least", so the bar and the state column never disagree."""
    maximum = max(forecast.min_users, 1)
    cell = forecast.chosen_users_cell
    if cell.status is not CellStatus.SMALL:
        return min(forecast.network_users + (cell.value or 0), maximum), maximum, False
    known = forecast.network_users + 1
    if forecast.state is not OfferState.NEEDS_MORE:
        known = max(known, forecast.min_users)
    return min(known, maximum), maximum, True


class ProgressDelegate(QStyledItemDelegate):
    """Paints ``PROGRESS_ROLE`` (value, maximum) as a bar with its figures beside it,
    never across the bar, where the fill edge would cut through them."""

    GAP = 8
    MIN_BAR = 48

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        value, maximum = index.data(PROGRESS_ROLE) or (0, 1)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        rect = option.rect  # type: ignore[attr-defined]
        metrics = option.fontMetrics  # type: ignore[attr-defined]
        widget = option.widget  # type: ignore[attr-defined]
        style = widget.style() if widget else QApplication.style()
        # The row's own background (selection, alternate colour) first.
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget)
        inner = rect.adjusted(6, 0, -6, 0)
        bar_width = max(self.MIN_BAR, inner.width() - self._widest_text(index, metrics) - self.GAP)
        height = min(rect.height() - 8, metrics.height() + 2)
        bar = QStyleOptionProgressBar()
        bar.rect = inner.adjusted(0, (rect.height() - height) // 2, 0, 0)  # type: ignore[attr-defined]
        bar.rect.setWidth(bar_width)  # type: ignore[attr-defined]
        bar.rect.setHeight(height)  # type: ignore[attr-defined]
        bar.minimum, bar.maximum, bar.progress = 0, maximum, value
        bar.textVisible = False
        # Keep the bar's own state (horizontal): the item's state would draw it upright.
        enabled = option.state & QStyle.StateFlag.State_Enabled  # type: ignore[attr-defined]
        bar.state = bar.state | enabled  # type: ignore[attr-defined]
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter)
        text_rect = inner.adjusted(bar_width + self.GAP, 0, 0, 0)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        palette = option.palette  # type: ignore[attr-defined]
        painter.save()
        painter.setPen(palette.highlightedText().color() if selected else palette.text().color())
        painter.drawText(text_rect, _RIGHT, text)
        painter.restore()

    def _widest_text(self, index: Index, metrics: QFontMetrics) -> int:
        """The widest figure of the column, so every bar starts and ends alike (worked
        out once per forecast and font, not at every cell's paint)."""
        model, column = index.model(), index.column()
        key = (id(model), getattr(model, "generation", None), column, metrics.height())
        cached = getattr(self, "_widest", None)
        if cached is not None and cached[0] == key:
            return cached[1]
        if isinstance(model, OfferForecastModel):
            texts: list[Any] = model.column_texts(column)
        else:
            texts = [model.index(row, column).data() for row in range(model.rowCount())]
        width = max((metrics.horizontalAdvance(str(t or "")) for t in texts), default=0)
        self._widest = (key, width)
        return width

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        metrics = option.fontMetrics  # type: ignore[attr-defined]
        width = self.MIN_BAR + self.GAP + metrics.horizontalAdvance(text) + 12
        return QSize(width, metrics.height() + 12)

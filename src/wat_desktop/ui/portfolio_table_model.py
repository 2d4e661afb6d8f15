"""The portfolio as a table model (one row per firm, no widget per row) and the
filter proxy behind the search box and the filter combos."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from wat_desktop.domain.ateco import ATECO_SECTIONS
from wat_desktop.domain.ccnl import CCNL_NAMES, CcnlId
from wat_desktop.domain.firm import TERRITORIAL_AREA_LABELS, TerritorialArea
from wat_desktop.domain.steps import StepId
from wat_desktop.formatting import format_money
from wat_desktop.services.portfolio_service import (
    STEP_COUNT,
    PlanCostBand,
    PortfolioRow,
    SizeBand,
)
from wat_desktop.ui.domain_text import step_title, translate

Index = QModelIndex | QPersistentModelIndex

(COL_NAME, COL_PLACE, COL_EMPLOYEES, COL_SECTOR, COL_CCNL, COL_STEPS, COL_COST) = range(7)
# Typical content width per column, in average characters (the header may need more).
COLUMN_CHARS = (40, 30, 9, 26, 28, 12, 14)
TEXT_COLUMNS = (COL_NAME, COL_PLACE, COL_SECTOR, COL_CCNL)  # share the width by content
FIRM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def area_text(area: str) -> str:
    try:
        return translate("TerritorialArea", TERRITORIAL_AREA_LABELS[TerritorialArea(area)])
    except ValueError:
        return area


def ccnl_text(ccnl: str) -> str:
    try:
        return translate("Ccnl", CCNL_NAMES[CcnlId(ccnl)])
    except ValueError:
        return ccnl


@dataclass(frozen=True)
class PreparedRows:
    """Rows made ready for the model off the GUI thread (``prepare_rows``): sorted,
    with their labels looked up and each text column's longest text."""

    rows: list[PortfolioRow]
    sort: tuple[int, Qt.SortOrder]
    areas: dict[str, str]
    ccnls: dict[str, str]
    longest: dict[int, str]


def prepare_rows(
    model: PortfolioTableModel, rows: list[PortfolioRow], sort: tuple[int, Qt.SortOrder]
) -> PreparedRows:
    """Everything ``set_rows`` works out, as a pure function of ``rows``: safe in a
    worker thread (labels come from ``QCoreApplication.translate``, which is
    thread-safe; the model is only read: its sectors, language and texts)."""
    # Each label once per value (a few dozen), not once per firm (thousands).
    areas = {area: area_text(area) for area in {r.territorial_area for r in rows}}
    ccnls = {ccnl: ccnl_text(ccnl) for ccnl in {r.ccnl for r in rows}}
    ordered = model.sorted_rows(rows, sort)
    longest = {
        column: _longest(model.display(firm, column, areas, ccnls) for firm in ordered)
        for column in (COL_NAME, COL_PLACE)
    }
    sectors = model.sector_labels
    longest[COL_SECTOR] = _longest(sectors.get(r.ateco_section, r.ateco_section) for r in ordered)
    longest[COL_CCNL] = _longest(ccnls.get(r.ccnl, r.ccnl) for r in ordered)
    return PreparedRows(ordered, sort, areas, ccnls, longest)


def _longest(texts: Iterable[str]) -> str:
    """The first of the longest ``texts``."""
    best = ""
    for text in texts:
        if len(text) > len(best):
            best = text
    return best


class PortfolioTableModel(QAbstractTableModel):
    def __init__(self, language: str = "it") -> None:
        super().__init__()
        self._language = language
        self._rows: list[PortfolioRow] = []
        self._sort: tuple[int, Qt.SortOrder] = (COL_NAME, Qt.SortOrder.AscendingOrder)
        # Labels are looked up once per value, not once per cell paint.
        self._areas: dict[str, str] = {}
        self._ccnls: dict[str, str] = {}
        self._sectors = {s.letter: f"{s.letter} – {s.name(language)}" for s in ATECO_SECTIONS}
        self._headers = (
            self.tr("Firm"),
            self.tr("Municipality (area)"),
            self.tr("Employees"),
            self.tr("Sector (ATECO)"),
            self.tr("CCNL"),
            self.tr("Steps done"),
            self.tr("Plan cost"),
        )

        # Translated once here, on the GUI thread: ``display`` may run in a worker.
        self._unnamed = self.tr("(unnamed firm)")
        self._archived = self.tr("%1 (archived)")
        self._longest: dict[int, str] = dict.fromkeys(TEXT_COLUMNS, "")

    def set_rows(self, rows: list[PortfolioRow]) -> None:
        self.set_prepared(prepare_rows(self, rows, self._sort))

    def set_prepared(self, prepared: PreparedRows) -> None:
        """Show rows made ready by ``prepare_rows`` (re-sorted if the sort changed
        while they were being made)."""
        rows = prepared.rows
        if prepared.sort != self._sort:
            rows = self.sorted_rows(rows, self._sort)
        self.beginResetModel()
        self._rows = rows
        self._areas, self._ccnls = prepared.areas, prepared.ccnls
        self._longest = prepared.longest
        self.endResetModel()

    @property
    def sort_order(self) -> tuple[int, Qt.SortOrder]:
        return self._sort

    @property
    def sector_labels(self) -> dict[str, str]:
        return self._sectors

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows in Python with one key per row (thousands of firms in a few
        milliseconds, where a proxy's lessThan costs two Python calls per comparison).
        Ties go by name, then id, so the order is always the same."""
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        moved = [(index, self._rows[index.row()].id) for index in before]
        self._rows = self.sorted_rows(self._rows, self._sort)
        where = {firm.id: row for row, firm in enumerate(self._rows)}
        self.changePersistentIndexList(
            before, [self.index(where[firm_id], index.column()) for index, firm_id in moved]
        )
        self.layoutChanged.emit()

    def sorted_rows(
        self, rows: list[PortfolioRow], sort: tuple[int, Qt.SortOrder]
    ) -> list[PortfolioRow]:
        column, order = sort
        by_name = sorted(rows, key=lambda r: (r.name.casefold(), r.id))
        if column == COL_NAME:
            return by_name[::-1] if order == Qt.SortOrder.DescendingOrder else by_name
        descending = order == Qt.SortOrder.DescendingOrder
        return sorted(by_name, key=lambda r: self._sort_key(r, column), reverse=descending)

    def longest_texts(self) -> dict[int, str]:
        """The longest text of each text column over every row (worked out with the
        rows, in ``prepare_rows``), for sizing the columns to their content."""
        return dict(self._longest)

    def row_of(self, firm_id: int) -> int:
        """The model row of ``firm_id``; -1 when it is not listed."""
        return next((row for row, firm in enumerate(self._rows) if firm.id == firm_id), -1)

    def row_at(self, row: int) -> PortfolioRow:
        return self._rows[row]

    def rows(self) -> list[PortfolioRow]:
        return self._rows

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        firm = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(firm, column)
        if role == SORT_ROLE:
            return self._sort_key(firm, column)
        if role == FIRM_ID_ROLE:
            return firm.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            COL_EMPLOYEES,
            COL_STEPS,
            COL_COST,
        ):
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_NAME and firm.archived:
                return self.tr("Archived")
            if column == COL_STEPS:
                reached = firm.step_reached
                if reached == 0:
                    return self.tr("No step complete from the first yet")
                return self.tr("Complete up to: %1").replace("%1", step_title(StepId(reached - 1)))
            if column == COL_COST and firm.plan_cost_cents:
                return self.tr("Yearly cost to the firm of the chosen plan, current catalogue")
            if column in (COL_NAME, COL_PLACE, COL_SECTOR, COL_CCNL):
                return self._display(firm, column)  # the whole text of an elided cell
        if role == Qt.ItemDataRole.ForegroundRole and firm.archived:
            from PySide6.QtGui import QPalette
            from PySide6.QtWidgets import QApplication

            return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        return None

    def _display(self, firm: PortfolioRow, column: int) -> str:
        return self.display(firm, column, self._areas, self._ccnls)

    def display(
        self, firm: PortfolioRow, column: int, areas: dict[str, str], ccnls: dict[str, str]
    ) -> str:
        """A cell's text, with the given area and CCNL labels (no Qt call)."""
        if column == COL_NAME:
            name = firm.name or self._unnamed
            return self._archived.replace("%1", name) if firm.archived else name
        if column == COL_PLACE:
            area = areas.get(firm.territorial_area, "")
            return f"{firm.municipality} ({area})" if area else firm.municipality
        if column == COL_EMPLOYEES:
            return str(firm.headcount)
        if column == COL_SECTOR:
            return self._sectors.get(firm.ateco_section, firm.ateco_section)
        if column == COL_CCNL:
            return ccnls.get(firm.ccnl, firm.ccnl)
        if column == COL_STEPS:
            return f"{firm.steps_complete}/{STEP_COUNT}"
        return format_money(firm.plan_cost_cents, self._language) if firm.plan_cost_cents else ""

    @staticmethod
    def _sort_key(firm: PortfolioRow, column: int) -> Any:
        if column == COL_NAME:
            return firm.name.casefold()
        if column == COL_PLACE:
            return f"{firm.municipality.casefold()}\t{firm.territorial_area}"
        if column == COL_EMPLOYEES:
            return firm.headcount
        if column == COL_SECTOR:
            return firm.ateco_section
        if column == COL_CCNL:
            return firm.ccnl
        if column == COL_STEPS:
            return firm.steps_complete
        return firm.plan_cost_cents


@dataclass
class PortfolioFilter:
    """What the user asked to see; empty strings / None mean "any"."""

    text: str = ""
    area: str = ""
    size: SizeBand | None = None
    sector: str = ""
    ccnl: str = ""
    min_step: StepId | None = None  # the firm has completed every step up to this one
    plan_cost: PlanCostBand | None = None
    show_archived: bool = False

    def accepts(self, firm: PortfolioRow) -> bool:
        if firm.archived and not self.show_archived:
            return False
        if self.area and firm.territorial_area != self.area:
            return False
        if self.size is not None and firm.size_band is not self.size:
            return False
        if self.sector and firm.ateco_section != self.sector:
            return False
        if self.ccnl and firm.ccnl != self.ccnl:
            return False
        if self.min_step is not None and firm.step_reached <= int(self.min_step):
            return False
        if self.plan_cost is not None and firm.plan_cost_band is not self.plan_cost:
            return False
        needle = self.text.strip().casefold()
        return (
            not needle or needle in firm.name.casefold() or needle in firm.municipality.casefold()
        )


class PortfolioFilterProxy(QSortFilterProxyModel):
    """Filters only: sorting is the source model's (see ``PortfolioTableModel.sort``);
    the proxy keeps the source order, so a header click costs one Python sort."""

    def __init__(self, source: PortfolioTableModel) -> None:
        super().__init__()
        self._source = source
        self.filter = PortfolioFilter()
        self.setSourceModel(source)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._source.sort(column, order)

    def set_filter(self, new_filter: PortfolioFilter) -> None:
        # Qt 6.10+ replaced invalidateFilter() with a begin/end pair.
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            self.filter = new_filter
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.filter = new_filter
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        # Reads the row object directly: no data() calls, fast for thousands of firms.
        return self.filter.accepts(self._source.row_at(source_row))

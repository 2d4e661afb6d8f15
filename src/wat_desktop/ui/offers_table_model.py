"""Offers of the catalogue as a table (chosen ones checked) and the browser's filters."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)

from wat_desktop.domain.catalogue import CONTEXT as CATALOGUE_CONTEXT
from wat_desktop.domain.catalogue import (
    UNIT_LABELS,
    UNIT_SHORT_LABELS,
    Beneficiary,
    Catalogue,
    Offer,
    ProviderKind,
)
from wat_desktop.domain.need_areas import NeedArea
from wat_desktop.domain.plan.reasons import pool_state, render
from wat_desktop.domain.pooling import PoolState, PoolStatus
from wat_desktop.formatting import format_money
from wat_desktop.ui.domain_text import InstalledTranslate, area_label, translate

Index = QModelIndex | QPersistentModelIndex

# Need areas are in the title's tooltip and the detail panel: the table keeps the
# columns one reads down the list readable instead of eliding five of them.
COL_TITLE, COL_PROVIDER, COL_PRICE, COL_POOLED = range(4)
COLUMN_COUNT = 4
OFFER_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


def pool_state_text(status: PoolStatus) -> str:
    """The state as every front end words it (``plan.reasons.pool_state``): active,
    activates if you join, or the users and firms still missing."""
    return render(pool_state(status), InstalledTranslate(), format_money)


def price_with_unit(cents: int, offer: Offer, language: str) -> str:
    """The price with its unit ("480,00 € al mese"): 12 € an hour is not 12 € a year."""
    price = format_money(cents, language)
    return translate(CATALOGUE_CONTEXT, UNIT_SHORT_LABELS[offer.unit], price)


class OffersTableModel(QAbstractTableModel):
    selection_toggled = Signal(str, bool)  # offer id, chosen

    def __init__(self, language: str = "it") -> None:
        super().__init__()
        self._language = language
        self._catalogue: Catalogue | None = None
        self._offers: list[Offer] = []
        self._chosen: set[str] = set()
        self._statuses: dict[str, PoolStatus] = {}
        self._relevant: set[str] = set()

    def set_offers(
        self,
        catalogue: Catalogue | None,
        offers: list[Offer],
        chosen: set[str],
        statuses: dict[str, PoolStatus] | None = None,
        relevant: set[str] | None = None,
    ) -> None:
        """``relevant``: ids of offers answering the firm's needs (all when None)."""
        self.beginResetModel()
        self._catalogue = catalogue
        self._offers = offers
        self._chosen = set(chosen)
        self._statuses = statuses or {}
        self._relevant = {o.id for o in offers} if relevant is None else set(relevant)
        self.endResetModel()

    @property
    def catalogue(self) -> Catalogue | None:
        return self._catalogue

    def offer_at(self, row: int) -> Offer:
        return self._offers[row]

    def status_of(self, offer_id: str) -> PoolStatus | None:
        return self._statuses.get(offer_id)

    def is_relevant(self, offer_id: str) -> bool:
        return offer_id in self._relevant

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._offers)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Offer"),
                self.tr("Provider"),
                self.tr("Price"),
                # the states count the firm's expected users in: what happens if it joins
                self.tr("Network, if you join"),
            )[section]
        horizontal_tip = (
            orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole
        )
        if horizontal_tip and section == COL_POOLED:
            return self.tr(
                "Where each pooled offer would stand with your expected users added "
                "to those the network's firms have committed"
            )
        return None

    def _provider_name(self, offer: Offer) -> str:
        provider = self._catalogue.provider_of(offer) if self._catalogue else None
        return provider.name if provider else offer.provider_id

    def _pooled_text(self, offer: Offer) -> str:
        status = self._statuses.get(offer.id)
        if status is not None:
            return pool_state_text(status)
        return self.tr("pooled") if offer.is_pooled else "—"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        offer = self._offers[index.row()]
        column = index.column()
        if role == OFFER_ID_ROLE:
            return offer.id
        if role == Qt.ItemDataRole.CheckStateRole and column == COL_TITLE:
            return Qt.CheckState.Checked if offer.id in self._chosen else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_PRICE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == SORT_ROLE:
            if column == COL_PRICE:
                return offer.price_cents
            if column == COL_POOLED:
                return self._pool_rank(offer)
            return self.data(index)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(index)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == COL_TITLE:
            return offer.title
        if column == COL_PROVIDER:
            return self._provider_name(offer)
        if column == COL_PRICE:
            return self.price_text(offer)
        return self._pooled_text(offer)

    def _pool_rank(self, offer: Offer) -> int:
        """Active first, then those you would activate, then by how many are missing."""
        status = self._statuses.get(offer.id)
        if status is None:
            return 4_000_000 if not offer.is_pooled else 3_000_000
        rank = list(PoolState).index(status.state)
        return rank * 1_000_000 + status.missing_users + status.missing_firms

    def price_text(self, offer: Offer) -> str:
        return price_with_unit(offer.price_cents, offer, self._language)

    def _tooltip(self, index: Index) -> str:
        """Full text of a cell the column may elide; areas and the full unit besides."""
        offer, column = self._offers[index.row()], index.column()
        if column == COL_TITLE:
            areas = ", ".join(area_label(area) for area in offer.need_areas)
            return f"{offer.title}\n{areas}"
        if column == COL_PRICE:
            price = format_money(offer.price_cents, self._language)
            return f"{price} {translate(CATALOGUE_CONTEXT, UNIT_LABELS[offer.unit])}"
        return str(self.data(index))

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.column() == COL_TITLE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != COL_TITLE:
            return False
        offer = self._offers[index.row()]
        chosen = Qt.CheckState(value) == Qt.CheckState.Checked
        if chosen:
            self._chosen.add(offer.id)
        else:
            self._chosen.discard(offer.id)
        self.dataChanged.emit(index, index, [role])
        self.selection_toggled.emit(offer.id, chosen)
        return True


@dataclass(frozen=True)
class OfferFilter:
    """What the browser shows; None means "any"."""

    area: NeedArea | None = None
    provider_kind: ProviderKind | None = None
    beneficiary: Beneficiary | None = None
    pooled: bool | None = None
    only_relevant: bool = False

    def accepts(self, offer: Offer, kind: ProviderKind | None, relevant: bool) -> bool:
        return (
            (self.area is None or self.area in offer.need_areas)
            and (self.provider_kind is None or kind == self.provider_kind)
            and (self.beneficiary is None or self.beneficiary in offer.beneficiaries)
            and (self.pooled is None or offer.is_pooled == self.pooled)
            and (not self.only_relevant or relevant)
        )


class OffersFilterProxy(QSortFilterProxyModel):
    """Filters ``OffersTableModel`` rows by an ``OfferFilter``; sorts prices as numbers."""

    def __init__(self, source: OffersTableModel) -> None:
        super().__init__()
        self._source = source
        self._filter = OfferFilter()
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)

    def set_filter(self, offer_filter: OfferFilter) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10+: invalidateFilter is deprecated
            self.beginFilterChange()
            self._filter = offer_filter
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._filter = offer_filter
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        offer = self._source.offer_at(source_row)
        catalogue = self._source.catalogue
        provider = catalogue.provider_of(offer) if catalogue else None
        return self._filter.accepts(
            offer, provider.kind if provider else None, self._source.is_relevant(offer.id)
        )

"""Territorial offers: a browser of the network catalogue with filters, a detail
panel (provider, tax treatment, pooling) and the import of a new catalogue.

Ticking an offer puts it in the firm's plan (``Firm.selected_offers``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from wat_desktop.domain.catalogue import (
    BENEFICIARY_LABELS,
    CONTEXT,
    PROVIDER_KIND_LABELS,
    Beneficiary,
    ProviderKind,
)
from wat_desktop.domain.firm import Firm
from wat_desktop.domain.matching import matching_offers
from wat_desktop.domain.need_areas import NeedArea
from wat_desktop.domain.pooling import firm_pool_statuses
from wat_desktop.domain.steps import StepId
from wat_desktop.ui.domain_text import area_label, translate
from wat_desktop.ui.firm_session import FirmSession
from wat_desktop.ui.form_helpers import add_row
from wat_desktop.ui.offer_detail import offer_html
from wat_desktop.ui.offers_table_model import (
    COL_POOLED,
    COL_PRICE,
    COL_PROVIDER,
    COL_TITLE,
    OfferFilter,
    OffersFilterProxy,
    OffersTableModel,
)
from wat_desktop.ui.pages.step_page import StepPage, heading_label

if TYPE_CHECKING:
    from wat_desktop.services.catalogue_service import CatalogueService
    from wat_desktop.ui.catalogue_import import CatalogueImporter
    from wat_desktop.ui.dialogs import Dialogs


def chars(widget: QWidget, count: int) -> int:
    """``count`` average characters of ``widget``'s font, in pixels."""
    return widget.fontMetrics().averageCharWidth() * count


class OffersPage(StepPage):
    catalogue_imported = Signal()
    step = StepId.OFFERS

    def __init__(
        self,
        session: FirmSession,
        catalogues: CatalogueService,
        language: str,
        dialogs: Dialogs | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, parent)
        self.catalogues = catalogues
        self.language = language
        self._dialogs = dialogs
        self._importer: CatalogueImporter | None = None  # made on the first import
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.import_button = QPushButton(self.tr("&Import catalogue…"))
        self.import_button.setAccessibleName(self.tr("Import catalogue"))
        top = QHBoxLayout()
        top.addWidget(self.info, 1)
        top.addWidget(self.import_button)

        # Each filter's "all" entry is its own string: Italian agrees it with the noun
        # ("Tutte" le aree, "Tutti" i fornitori, "Tutte le offerte").
        self.area_filter = self._combo(
            self.tr("All areas", "need area filter"), [(area_label(a), a) for a in NeedArea]
        )
        self.kind_filter = self._combo(
            self.tr("All provider types", "provider type filter"),
            [(translate(CONTEXT, PROVIDER_KIND_LABELS[k]), k) for k in ProviderKind],
        )
        self.beneficiary_filter = self._combo(
            self.tr("Anyone", "who can use it filter"),
            [(translate(CONTEXT, BENEFICIARY_LABELS[b]), b) for b in Beneficiary],
        )
        self.pooled_filter = self._combo(
            self.tr("All offers", "pooling filter"),
            [(self.tr("Pooled network offers"), True), (self.tr("Single-firm offers"), False)],
        )
        self.relevant_only = QCheckBox(self.tr("Only offers for &our needs"))
        self.relevant_only.setChecked(True)
        self.relevant_only.setAccessibleName(self.tr("Only offers for our needs"))
        left, right = QFormLayout(), QFormLayout()
        add_row(left, self.tr("Need &area:"), self.area_filter)
        add_row(left, self.tr("Provider &type:"), self.kind_filter)
        add_row(right, self.tr("&Who can use it:"), self.beneficiary_filter)
        add_row(right, self.tr("&Pooling:"), self.pooled_filter)
        right.addRow(self.relevant_only)
        filters = QHBoxLayout()
        filters.addLayout(left, 1)
        filters.addLayout(right, 1)
        self.count = QLabel()

        self.model = OffersTableModel(language)
        self.proxy = OffersFilterProxy(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # keep relevance order
        self.table.setAccessibleName(self.tr("Territorial offers"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(chars(self.table, 8))
        # Prices and states are short and must never be elided; the provider gets a
        # width in characters of the table's font (it follows the font and the DPI).
        header.resizeSection(COL_PROVIDER, chars(self.table, 30))
        for column in (COL_PRICE, COL_POOLED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("Offer details"))
        self.detail.setOpenLinks(False)
        # The list takes the page's whole width and the detail sits under it: side by
        # side, both were too narrow to read without eliding.
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(self.step))  # as steps 1-6: heading, intro, status
        layout.addLayout(top)
        layout.addWidget(self.status_label)
        layout.addLayout(filters)
        layout.addWidget(self.count)
        layout.addWidget(splitter, 1)

        for combo in (
            self.area_filter,
            self.kind_filter,
            self.beneficiary_filter,
            self.pooled_filter,
        ):
            combo.currentIndexChanged.connect(self._apply_filter)
        self.relevant_only.toggled.connect(self._apply_filter)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.import_button.clicked.connect(self.import_catalogue)
        self.model.selection_toggled.connect(self._on_toggled)
        session.firm_changed.connect(self.refresh)
        session.firm_edited.connect(self.show_issues)  # a tick completes the step

    def _combo(self, all_text: str, items: list[tuple[str, object]]) -> QComboBox:
        combo = QComboBox()
        combo.addItem(all_text, None)
        for text, value in items:
            combo.addItem(text, value)
        return combo

    def current_filter(self) -> OfferFilter:
        return OfferFilter(
            area=self.area_filter.currentData(),
            provider_kind=self.kind_filter.currentData(),
            beneficiary=self.beneficiary_filter.currentData(),
            pooled=self.pooled_filter.currentData(),
            only_relevant=self.relevant_only.isChecked(),
        )

    def refresh(self) -> None:
        firm = self.session.firm
        catalogue = self.catalogues.current()
        if catalogue is None:
            self.info.setText(
                self.tr(
                    "No network catalogue yet. Import one with the button on the right, "
                    "or open the demo from the File menu."
                )
            )
            self.model.set_offers(None, [], set())
            self._apply_filter()
            return
        self.info.setText(
            self.tr(
                "Offers of %1 (version %2), those answering your needs first. Tick the ones "
                "you want in your plan; select one to see its provider, tax treatment and "
                "pooling."
            )
            .replace("%1", catalogue.network.name)
            .replace("%2", catalogue.version)
        )
        relevant = matching_offers(firm, catalogue) if firm else []
        relevant_ids = {o.id for o in relevant}
        others = [o for o in catalogue.offers if o.id not in relevant_ids]
        needs = firm.needs if firm else {}
        self.model.set_offers(
            catalogue,
            [*relevant, *others],
            set(firm.selected_offers) if firm else set(),
            firm_pool_statuses(catalogue, needs, rates=firm.take_up if firm else None),
            relevant_ids,
        )
        self._apply_filter()

    def _apply_filter(self) -> None:
        self.proxy.set_filter(self.current_filter())
        self.count.setText(
            self.tr("%1 of %2 offers shown.")
            .replace("%1", str(self.proxy.rowCount()))
            .replace("%2", str(self.model.rowCount()))
        )
        if self.proxy.rowCount() and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)
        elif not self.proxy.rowCount():
            self.detail.clear()

    def _on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        self.show_offer(self.proxy.mapToSource(indexes[0]).row())

    def show_offer(self, source_row: int) -> None:
        catalogue = self.model.catalogue
        if catalogue is None:
            return
        offer = self.model.offer_at(source_row)
        self.detail.setHtml(
            offer_html(catalogue, offer, self.model.status_of(offer.id), self.language)
        )

    @property
    def importer(self) -> CatalogueImporter:
        """Made on first use: its module imports the catalogue's validation models."""
        if self._importer is None:
            from wat_desktop.ui.catalogue_import import CatalogueImporter
            from wat_desktop.ui.dialogs import Dialogs

            dialogs = self._dialogs or Dialogs(self)
            self._importer = CatalogueImporter(self.catalogues, dialogs, self.language, self)
        return self._importer

    def import_catalogue(self) -> None:
        if self.importer.run():
            self.catalogue_imported.emit()
            self.session.open(self.session.firm.id if self.session.firm else None)
            self.refresh()

    def _on_toggled(self, offer_id: str, chosen: bool) -> None:
        def change(firm: Firm) -> None:
            if chosen:
                firm.selected_offers.setdefault(offer_id, 1)
            else:
                firm.selected_offers.pop(offer_id, None)

        self.session.edit(change)

"""The territorial dashboard (Tools > Territorial demand…).

Each pooled offer's progress toward activation, the aggregated need per area and
per municipality, a list of firms to tick for the forecast ("which offers
activate if these firms join"), import of demand files with a preview, export
as CSV and PDF. Everything shown is the suppressed report of ``TerritoryService``.
Refresh (F5) reloads firms and received files, e.g. after another user of a
shared database imported some.

The report is made in a worker thread (every firm read, then aggregated), and so is
the check of demand files to import (read, validated, compared with what is
stored), with a progress dialog and Cancel; only storing the accepted files, after
the user's yes, runs on the GUI thread. The workers own no widget; their queries
take the one database connection for a moment each. A cancelled import changes
nothing: nothing is stored before the check has ended and the user has agreed.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wat_desktop.app import AppContext
from wat_desktop.domain.i18n_markers import fill
from wat_desktop.domain.territory import OfferForecast, OfferState, TerritoryReport, offer_forecast
from wat_desktop.domain.territory_text import area_label
from wat_desktop.infra.atomic_file import FileWriteError, write_bytes_atomic
from wat_desktop.safety_text import write_problem_message
from wat_desktop.translations import QtTranslate
from wat_desktop.ui.dialogs import Dialogs
from wat_desktop.ui.task_runner import (
    BackgroundTask,
    TaskControl,
    in_a_later_turn,
    show_progress,
)
from wat_desktop.ui.territory_table_models import (
    MunicipalityTableModel,
    NeedAreaTableModel,
    OfferForecastModel,
    ProgressDelegate,
    areas_with_municipalities,
)

if TYPE_CHECKING:
    from wat_desktop.services.territory_service import ImportPreview

PREVIEW_LINES = 25  # a longer import preview ends with "other files: N"
KEY_ROLE = Qt.ItemDataRole.UserRole
FROM_FILE_ROLE = Qt.ItemDataRole.UserRole + 1


def _need_view(name: str, model: NeedAreaTableModel | MunicipalityTableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(False)
    header.setHighlightSections(False)
    average = view.fontMetrics().averageCharWidth()
    header.setMinimumSectionSize(average * 9)
    # The figures keep the width of their headers; the need names take what is
    # left (at least a readable width) and wrap, so the last area column is not cut
    # off behind a scroll bar unless the window is really narrow.
    view.setWordWrap(True)
    view.verticalHeader().setMinimumSectionSize(view.fontMetrics().height() + 10)
    _NameColumnFitter(view, average * 24)
    _RowHeightsFollowWidths(view)
    return view


class _NameColumnFitter(QObject):
    """Column 0 of ``view`` gets the width the figure columns leave, between
    ``minimum`` and what its longest text needs, after each reset and resize."""

    def __init__(self, view: QTableView, minimum: int) -> None:
        super().__init__(view)
        self._view = view
        self._minimum = minimum
        view.model().modelReset.connect(self.fit)
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        view, header = self._view, self._view.horizontalHeader()
        if header.count() == 0:
            return
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        others = sum(header.sectionSize(i) for i in range(1, header.count()))
        wanted = view.sizeHintForColumn(0) + 12
        room = view.viewport().width() - others
        # The rows follow in the next turn (_RowHeightsFollowWidths), once for this
        # resize and the column resizes it sets off.
        header.resizeSection(0, max(self._minimum, min(wanted, room)))


class _RowHeightsFollowWidths(QObject):
    """Row heights follow the wrapped text after a reset and whenever a column's
    width changes: measured in the turn of the event loop after it, once however
    many columns were resized (a reset or a resize of the dialog resizes several;
    measuring once per column blocked the window for a quarter of a second on a
    network of 1,000 firms)."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self._view = view
        self._due = False
        # After a reset too, in the next turn: the rows are shown a moment later.
        view.model().modelReset.connect(self._schedule)
        view.horizontalHeader().sectionResized.connect(self._schedule)

    def _schedule(self, *_: object) -> None:
        if not self._due:
            self._due = True
            in_a_later_turn(self._resize)

    def _resize(self) -> None:
        self._due = False
        self._view.resizeRowsToContents()


# The dialog's first report starts at its first paint, or after this at the latest.
FIRST_REPORT_LATEST_MS = 500


class TerritoryDialog(QDialog):
    refreshed = Signal()  # a new report is on screen (or could not be made)

    def __init__(
        self, app: AppContext, language: str, dialogs: Dialogs, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.app = app
        self.dialogs = dialogs
        self.trs = QtTranslate(language)
        self.report: TerritoryReport | None = None
        self._loading: BackgroundTask | None = None  # the report being made, if any
        self._loading_shown: BackgroundTask | None = None  # its report, half on screen
        self._checking: BackgroundTask | None = None  # the demand files being checked
        self.setWindowTitle(self.tr("Territorial demand"))
        self.resize(1240, 700)

        title = QLabel(self.tr("Territorial demand"))
        title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.states = QLabel()
        self.states.setWordWrap(True)
        self.states.setStyleSheet("font-weight: 600;")
        note = QLabel()
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")
        self.privacy_note = note

        # Pooled offers.
        self.offers_model = OfferForecastModel(self.trs, self)
        self.offers_view = QTableView()
        self.offers_view.setModel(self.offers_model)
        self.offers_view.setItemDelegateForColumn(
            OfferForecastModel.PROGRESS_COLUMN, ProgressDelegate(self.offers_view)
        )
        self.offers_view.setAccessibleName(self.tr("Pooled offers"))
        self.offers_view.setAlternatingRowColors(True)
        self.offers_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.offers_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.offers_view.verticalHeader().hide()
        self.offers_view.setWordWrap(True)
        # Little side padding: the wrapped height is measured without it, and more would
        # elide the last line of a long title.
        self.offers_view.setStyleSheet("QTableView::item { padding: 4px 0px; }")
        self.offers_view.setTextElideMode(Qt.TextElideMode.ElideNone)
        # A scroll bar that comes and goes with the number of offers would change the
        # stretched columns' widths, and so every row's height, once more per refresh.
        self.offers_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        # Their height follows the wrapped text as columns resize (_RowHeightsFollowWidths:
        # measuring them in the header's ResizeToContents mode too would do it twice).
        self.offers_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header = self.offers_view.horizontalHeader()
        header.setHighlightSections(False)
        # Titles and states share the spare width but never shrink to a sliver: a
        # narrow window scrolls instead.
        header.setMinimumSectionSize(self.fontMetrics().averageCharWidth() * 16)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(OfferForecastModel.STATE_COLUMN, QHeaderView.ResizeMode.Stretch)
        # Figure columns as wide as their two-line headers ("Committed" / "(users / firms)");
        # the progress column also fits a bar beside "at least 10 / 10".
        metrics = header.fontMetrics()
        for column in range(1, OfferForecastModel.STATE_COLUMN):
            text = str(self.offers_model.headerData(column, Qt.Orientation.Horizontal, 0))
            widest = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
            header.resizeSection(column, widest + 24)
        longest = fill(self.trs.translate("Territory", "at least %1"), "888 / 888")
        header.resizeSection(
            OfferForecastModel.PROGRESS_COLUMN,
            max(
                header.sectionSize(OfferForecastModel.PROGRESS_COLUMN),
                ProgressDelegate.MIN_BAR
                + ProgressDelegate.GAP
                + metrics.horizontalAdvance(longest)
                + 24,
            ),
        )
        _RowHeightsFollowWidths(self.offers_view)

        # Need by area, and by municipality within a chosen area.
        self.needs_model = NeedAreaTableModel(self.trs, self)
        self.needs_view = _need_view(self.tr("Need by area"), self.needs_model)
        self.places_model = MunicipalityTableModel(self.trs, self)
        self.places_view = _need_view(self.tr("Need by municipality"), self.places_model)
        self.place_area = QComboBox()
        self.place_area.setAccessibleName(self.tr("Area:"))
        self.place_area.currentIndexChanged.connect(self._show_area)
        area_label_widget = QLabel(self.tr("A&rea:"))
        area_label_widget.setBuddy(self.place_area)
        places = QWidget()
        places_layout = QVBoxLayout(places)
        places_layout.setContentsMargins(0, 6, 0, 0)
        area_row = QHBoxLayout()
        area_row.addWidget(area_label_widget)
        area_row.addWidget(self.place_area)
        area_row.addStretch(1)
        places_layout.addLayout(area_row)
        places_layout.addWidget(self.places_view, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.offers_view, self.tr("&Pooled offers"))
        self.tabs.addTab(self.needs_view, self.tr("&Need by area"))
        self.tabs.addTab(places, self.tr("Need by &municipality"))

        # The firms assumed to join.
        self.firm_search = QLineEdit()
        self.firm_search.setPlaceholderText(self.tr("Filter the list"))
        self.firm_search.setClearButtonEnabled(True)
        self.firm_search.setAccessibleName(self.tr("Filter the firms"))
        self.firm_search.textChanged.connect(self._filter_firms)
        self.firms = QListWidget()
        self.firms.setAccessibleName(self.tr("Firms assumed to join"))
        self.firms.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Always there: a refresh empties and refills the list, and a scroll bar that
        # went and came back relaid the whole dialog out (~80 ms with 1,000 firms).
        self.firms.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.firms.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.firms.setUniformItemSizes(True)
        self.firms.itemChanged.connect(lambda _item: self._forecast())
        self.firms.currentItemChanged.connect(lambda item, _old: self._update_forget(item))
        firms_label = QLabel(self.tr("&Firms assumed to join:"))
        firms_label.setBuddy(self.firms)
        self.ticked_label = QLabel()
        select_all = QPushButton(self.tr("&All"))
        select_all.clicked.connect(lambda: self._check_all(True))
        select_none = QPushButton(self.tr("N&one"))
        select_none.clicked.connect(lambda: self._check_all(False))
        self.forget_button = QPushButton(self.tr("Remo&ve file…"))
        self.forget_button.setToolTip(self.tr("Forget the selected demand file"))
        self.forget_button.clicked.connect(self.forget_selected)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(firms_label)
        side_layout.addWidget(self.firm_search)
        side_layout.addWidget(self.firms, 1)
        side_layout.addWidget(self.ticked_label)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(select_all)
        buttons_row.addWidget(select_none)
        buttons_row.addWidget(self.forget_button)
        side_layout.addLayout(buttons_row)
        splitter = QSplitter()
        splitter.addWidget(side)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([280, 960])

        self.import_button = QPushButton(self.tr("&Import demand files…"))
        self.import_button.clicked.connect(self.import_files)
        # Shown while there is no catalogue: the pooled offers come from it.
        self.catalogue_button = QPushButton(self.tr("Import catalo&gue…"))
        self.catalogue_button.clicked.connect(self.import_catalogue)
        self.csv_button = QPushButton(self.tr("Export &CSV…"))
        self.csv_button.clicked.connect(self.export_csv)
        self.pdf_button = QPushButton(self.tr("Export P&DF…"))
        self.pdf_button.clicked.connect(self.export_pdf)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setToolTip(
            self.tr("Reload firms and demand files (F5): shows other users' changes")
        )
        self.refresh_button.clicked.connect(self.refresh)
        refresh = QAction(self)
        refresh.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        refresh.triggered.connect(self.refresh)
        self.addAction(refresh)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        self.busy_bar = QProgressBar()  # while the report is being made
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(160)
        self.busy_bar.setAccessibleName(self.tr("Making the report"))
        self.busy_bar.setVisible(False)
        bottom = QHBoxLayout()
        for button in (self.catalogue_button, self.import_button, self.csv_button, self.pdf_button):
            bottom.addWidget(button)
        bottom.addStretch(1)
        bottom.addWidget(self.busy_bar)
        bottom.addWidget(self.refresh_button)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addWidget(self.summary)
        layout.addWidget(self.states)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.privacy_note)
        layout.addLayout(bottom)
        # The first report starts once the dialog is on screen (its first paint), so
        # its first layout and paint do not share the GIL with the report's worker
        # thread; at the latest after FIRST_REPORT_LATEST_MS, painted or not (a dialog
        # opened behind a minimised window).
        self._first_refresh_due = True  # busy until it starts
        self._first_refresh_queued = False
        self._show_busy()
        QTimer.singleShot(FIRST_REPORT_LATEST_MS, self, self._start_first_report)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._first_refresh_due and not self._first_refresh_queued:
            self._first_refresh_queued = True
            in_a_later_turn(self._start_first_report)

    def _start_first_report(self) -> None:
        if self._first_refresh_due:  # not yet started (by the paint, the timer or F5)
            self.refresh()

    # --- data ---------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        """A report is being made or demand files are being checked."""
        return (
            self._first_refresh_due
            or self._loading is not None
            or self._loading_shown is not None
            or self._checking is not None
        )

    def refresh(self) -> None:
        """Reload every firm and received file, in a worker thread (``refreshed``
        follows); firms stay ticked as they were (new ones ticked)."""
        self._first_refresh_due = False
        unticked = self._unticked_keys()
        if self._loading is not None:  # a newer reload replaces the one running
            self._loading.cancel()
        app = self.app

        def work(_control: TaskControl) -> tuple[TerritoryReport, list[OfferForecast] | None]:
            report = app.territory.report()
            if report.catalogue is None:
                return report, None
            # The forecast for the firms that will be ticked, here rather than on the
            # GUI thread (hundreds of offers over a thousand firms).
            chosen = {d.key for d in report.demands if d.key not in unticked}
            rows = offer_forecast(report.catalogue, report.demands, report.threshold, chosen)
            return report, rows

        task = BackgroundTask(work, self)
        task.succeeded.connect(lambda made, t=task: self._on_report(t, *made, unticked))
        task.failed.connect(lambda error, t=task: self._on_report_failed(t, error))
        self._loading = task
        self._show_busy()
        task.start()

    def _show_busy(self) -> None:
        busy = self.busy
        self.busy_bar.setVisible(busy)
        for button in (self.refresh_button, self.import_button, self.catalogue_button):
            button.setEnabled(not busy)
        if busy:
            for button in (self.csv_button, self.pdf_button):
                button.setEnabled(False)
        elif self.report is not None:
            self._update_actions(self.report)

    def _on_report_failed(self, task: BackgroundTask, error: Exception) -> None:
        if task is not self._loading:
            return
        self._loading = None
        self._show_busy()
        self.dialogs.error(
            self.tr("Territorial demand"),
            fill(self.tr("The report could not be made: %1"), error),
        )
        self.refreshed.emit()

    def _on_report(
        self,
        task: BackgroundTask,
        report: TerritoryReport,
        forecast: list[OfferForecast] | None,
        unticked: set[str],
    ) -> None:
        if task is not self._loading:
            return  # replaced by a newer refresh
        self._loading = None
        self._loading_shown = task  # busy until its second half (_show_firms) is shown
        self.report = report
        network = report.catalogue.network.name if report.catalogue else self.tr("none")
        self.summary.setText(
            fill(
                self.tr(
                    "Network catalogue: %1 · firms in this database: %2 · demand files received: %3"
                ),
                network,
                report.firms_in_database,
                report.files_received,
            )
        )
        self.privacy_note.setText(
            fill(
                self.tr(
                    "Anonymity threshold %1: counts from 1 to %2 read \u201c< %1\u201d, and some "
                    "cells are hidden so that they cannot be worked out from the totals. "
                    "Demand files never carry names."
                ),
                report.threshold,
                report.threshold - 1,
            )
        )
        self.needs_model.set_table(report.by_area)
        self._fill_areas(report)
        # The list of firms and the forecast in the next turn of the event loop: each
        # half stays short with a thousand firms and hundreds of offers.
        in_a_later_turn(lambda: self._show_firms(task, report, forecast, unticked))

    def _show_firms(
        self,
        task: BackgroundTask,
        report: TerritoryReport,
        forecast: list[OfferForecast] | None,
        unticked: set[str],
    ) -> None:
        if task is not self._loading_shown:
            return  # a newer report came meanwhile
        self._loading_shown = None
        self.firms.blockSignals(True)
        self.firms.clear()
        # Looked up once, not per firm: each Qt enum value costs a Python object.
        flags = QListWidgetItem().flags() | Qt.ItemFlag.ItemIsUserCheckable
        ticked, unticked_state = Qt.CheckState.Checked, Qt.CheckState.Unchecked
        file_text = self.tr("Demand file %1 (%2, %3 employees)")
        for demand in report.demands:
            label = demand.label
            if demand.from_file:
                where = area_label(demand.territorial_area, self.trs)
                label = fill(file_text, demand.label, where, demand.employees_band)
            item = QListWidgetItem(label)
            item.setToolTip(label)
            item.setData(KEY_ROLE, demand.key)
            item.setData(FROM_FILE_ROLE, demand.from_file)
            item.setFlags(flags)
            item.setCheckState(unticked_state if demand.key in unticked else ticked)
            self.firms.addItem(item)
        self.firms.blockSignals(False)
        self._filter_firms(self.firm_search.text())
        self._update_forget(None)  # the list was rebuilt: nothing is selected
        self._forecast(forecast)
        self._show_busy()
        self.refreshed.emit()

    def _update_actions(self, report: TerritoryReport) -> None:
        """An empty database has nothing to export; without a catalogue, offer to import one."""
        self.catalogue_button.setVisible(report.catalogue is None)
        has_content = report.catalogue is not None or bool(report.demands)
        nothing = self.tr("Nothing to export yet: no network catalogue, no firm, no demand file.")
        for button in (self.csv_button, self.pdf_button):
            button.setEnabled(has_content)
            button.setToolTip("" if has_content else nothing)

    def _unticked_keys(self) -> set[str]:
        return {
            self.firms.item(i).data(KEY_ROLE)
            for i in range(self.firms.count())
            if self.firms.item(i).checkState() != Qt.CheckState.Checked
        }

    def _fill_areas(self, report: TerritoryReport) -> None:
        current = self.place_area.currentData() if self.place_area.count() else None
        self.place_area.blockSignals(True)
        self.place_area.clear()
        for area in areas_with_municipalities(report.by_municipality):
            self.place_area.addItem(area_label(area, self.trs), area)
        index = self.place_area.findData(current) if current is not None else -1
        self.place_area.setCurrentIndex(max(index, 0))
        self.place_area.blockSignals(False)
        self._show_area()

    def _show_area(self) -> None:
        if self.report is None or self.place_area.count() == 0:
            return
        self.places_model.set_area(self.report.by_municipality, self.place_area.currentData())

    def chosen_keys(self) -> set[str]:
        return {
            self.firms.item(i).data(KEY_ROLE)
            for i in range(self.firms.count())
            if self.firms.item(i).checkState() == Qt.CheckState.Checked
        }

    def _filter_firms(self, text: str) -> None:
        needle = text.strip().casefold()
        for i in range(self.firms.count()):
            item = self.firms.item(i)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def _check_all(self, checked: bool) -> None:
        """Tick or untick every firm the filter shows (all of them without a filter)."""
        self.firms.blockSignals(True)
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for i in range(self.firms.count()):
            if not self.firms.item(i).isHidden():
                self.firms.item(i).setCheckState(state)
        self.firms.blockSignals(False)
        self._forecast()

    def _forecast(self, made: list[OfferForecast] | None = None) -> None:
        """The offers' forecast for the ticked firms (``made``: already worked out)."""
        report = self.report
        chosen = self.chosen_keys()
        self.ticked_label.setText(
            fill(self.tr("Ticked: %1 of %2"), len(chosen), self.firms.count())
        )
        if report is None or report.catalogue is None:
            self.offers_model.set_forecast([], 5)
            self.states.setText(
                self.tr(
                    "No network catalogue yet: import one with \u201cImport catalogue…\u201d "
                    "below, or open the demo from the File menu."
                )
            )
            return
        # Only the forecast changes with the ticks: computed here, no reload.
        rows = made
        if rows is None:
            rows = offer_forecast(report.catalogue, report.demands, report.threshold, chosen)
        self.offers_model.set_forecast(rows, report.threshold)
        self.states.setText(self._states_text(rows))

    def _states_text(self, rows: list[OfferForecast]) -> str:
        counts = {state: sum(f.state is state for f in rows) for state in OfferState}
        return fill(
            self.tr(
                "Pooled offers active already: %1 · activating with the ticked firms: %2 · "
                "still needing demand: %3"
            ),
            counts[OfferState.ACTIVE],
            counts[OfferState.ACTIVATES],
            counts[OfferState.NEEDS_MORE],
        )

    # --- import and export ------------------------------------------------------------------
    def import_catalogue(self) -> None:
        from wat_desktop.ui.catalogue_import import CatalogueImporter

        importer = CatalogueImporter(self.app.catalogues, self.dialogs, self.trs.language, self)
        if importer.run():
            self.refresh()

    def import_files(self) -> None:
        """Choose files; check them in a worker thread (progress, Cancel); then show
        what would change and store only after the user's yes."""
        title = self.tr("Import demand files")
        paths = self.dialogs.open_files(title, self.tr("Demand files (*.json)"))
        if not paths or self.busy:
            return
        app, files = self.app, list(paths)

        def work(control: TaskControl) -> object:
            def each() -> Iterator[Path]:  # read lazily by the check, file by file
                for done, path in enumerate(files):
                    control.check()
                    control.progress(done, len(files))
                    yield path

            return app.territory.preview_import(each())

        task = BackgroundTask(work, self)
        task.succeeded.connect(self._confirm_import)
        task.failed.connect(
            lambda error: self.dialogs.error(
                title, fill(self.tr("The files could not be checked: %1"), error)
            )
        )
        task.finished.connect(self._after_check)
        self._checking = task
        show_progress(task, self, title, self.tr("Checking the demand files…"), self.tr("Cancel"))
        self._show_busy()
        task.start()

    def _after_check(self) -> None:
        self._checking = None
        self._show_busy()

    def _confirm_import(self, preview: ImportPreview) -> None:
        from wat_desktop.services.territory_preview_text import preview_lines

        lines = preview_lines(preview, self.trs)
        summary = lines.pop()  # "To store: 3; ignored: 1; refused: 1."
        for rejected in preview.rejected:
            lines.append(fill(self.tr("%1 was refused:"), rejected.path.name))
            lines += [f"    {issue.text(self.trs)}" for issue in rejected.issues[:5]]
        if len(lines) > PREVIEW_LINES:
            rest = len(lines) - PREVIEW_LINES + 1
            lines = [*lines[: PREVIEW_LINES - 1], fill(self.tr("… other lines: %1"), rest)]
        text = summary + "\n\n" + "\n".join(lines)
        title = self.tr("Import demand files")
        if not preview.changes:
            show = self.dialogs.error if preview.rejected else self.dialogs.info
            show(title, text + "\n\n" + self.tr("Nothing was changed."))
            return
        question = text + "\n\n" + self.tr("Store them now? Refused files change nothing.")
        if not self.dialogs.confirm(title, question):
            return
        self.app.territory.apply(preview)  # on the GUI thread: the one writer
        self.refresh()

    def _update_forget(self, item: QListWidgetItem | None) -> None:
        self.forget_button.setEnabled(item is not None and bool(item.data(FROM_FILE_ROLE)))

    def forget_selected(self) -> None:
        item = self.firms.currentItem()
        if item is None or not item.data(FROM_FILE_ROLE):
            return
        title = self.tr("Remove demand file")
        question = fill(
            self.tr("Forget %1? Its demand no longer counts; you can import the file again."),
            item.text(),
        )
        if self.dialogs.confirm(title, question):
            self.app.territory.forget(item.data(KEY_ROLE))
            self.refresh()

    def _write(self, title: str, name: str, file_filter: str, data: bytes) -> Path | None:
        path = self.dialogs.save_file(title, Path.home() / name, file_filter)
        if path is None:
            return None
        try:
            write_bytes_atomic(path, data)
        except FileWriteError as error:
            self.dialogs.error(title, write_problem_message(error, self.trs))
            return None
        return path

    def export_csv(self) -> Path | None:
        from wat_desktop.services.territory_export import csv_bytes

        report = self._current_report()
        data = csv_bytes(report, self.trs)
        return self._write(
            self.tr("Export CSV"), "territorial-demand.csv", self.tr("CSV (*.csv)"), data
        )

    def export_pdf(self) -> Path | None:
        from wat_desktop.reports.territory_pdf import territory_pdf_bytes

        data = territory_pdf_bytes(self._current_report(), self.trs)
        return self._write(
            self.tr("Export PDF"), "territorial-demand.pdf", self.tr("PDF (*.pdf)"), data
        )

    def _current_report(self) -> TerritoryReport:
        """The report with the forecast for the ticked firms."""
        return self.app.territory.report(chosen=self.chosen_keys())

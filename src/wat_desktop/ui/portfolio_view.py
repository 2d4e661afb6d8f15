"""The consultant's portfolio: every firm in one sortable, filterable table, with
open, duplicate as a template, archive and delete (after a confirmation and a copy).

On a shared database another office PC may change firms meanwhile: Refresh (F5)
reloads, and an action on a firm someone else has just deleted says so instead
of failing.

The firms load in a worker thread (``refresh``): the worker runs the portfolio's
one query and makes the rows ready for the table (sorted, labelled, measured), and
the GUI thread only swaps them in, so the window stays live with thousands of
firms. The worker owns no widget; its query takes the one database connection for
as long as it lasts (a GUI-thread save meanwhile waits for it, never the other
way round). While it runs a busy bar shows; nothing is blocked, so there is
nothing to cancel: another refresh simply replaces it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wat_desktop.domain.ateco import ATECO_SECTIONS
from wat_desktop.domain.ccnl import CcnlId
from wat_desktop.domain.firm import TerritorialArea
from wat_desktop.domain.steps import StepId
from wat_desktop.services.dossier_service import DossierService
from wat_desktop.services.portfolio_service import (
    PLAN_COST_BAND_LABELS,
    SIZE_BAND_LABELS,
    PlanCostBand,
    PortfolioRow,
    PortfolioService,
    SizeBand,
)
from wat_desktop.ui.dialogs import Dialogs
from wat_desktop.ui.domain_text import step_title, translate
from wat_desktop.ui.portfolio_batch import BatchOutcome, DossierBatchExport
from wat_desktop.ui.portfolio_table_model import (
    COL_COST,
    COL_NAME,
    COLUMN_CHARS,
    TEXT_COLUMNS,
    PortfolioFilter,
    PortfolioFilterProxy,
    PortfolioTableModel,
    PreparedRows,
    area_text,
    ccnl_text,
    prepare_rows,
)
from wat_desktop.ui.task_runner import BackgroundTask

ANY = ""  # the data of a filter's "any" entry (a string, like every other entry's)
DOSSIER_LANGUAGE = "it"  # a dossier goes to an Italian network, as on the dossier page


def share_width(needs: dict[int, int], room: int, minimum: int) -> dict[int, int]:
    """Widths for columns that need ``needs`` pixels, within ``room``.

    Everything fits: each column gets its need and the first one the spare.
    Otherwise the widest columns are cut to one common width (the largest that
    fits), so a short column never loses space to a long one; none goes below
    ``minimum`` (the table then scrolls)."""
    if sum(needs.values()) <= room:
        widths = dict(needs)
        first = next(iter(widths))
        widths[first] += room - sum(needs.values())
        return widths
    cap = max(needs.values())
    ordered = sorted(needs.values(), reverse=True)
    for count in range(1, len(ordered) + 1):
        rest = sum(ordered[count:])
        cap = (room - rest) // count  # the ``count`` widest share what the rest leave
        if count == len(ordered) or cap >= ordered[count]:
            break
    return {column: max(minimum, min(need, cap)) for column, need in needs.items()}


class PortfolioView(QWidget):
    open_requested = Signal(int)  # firm id
    firms_changed = Signal()  # a firm was added, archived or deleted
    loaded = Signal()  # the firms of a refresh are in the table

    def __init__(
        self,
        portfolio: PortfolioService,
        dialogs: Dialogs,
        language: str,
        dossiers: DossierService | None = None,
    ) -> None:
        super().__init__()
        self._portfolio = portfolio
        self._dialogs = dialogs
        self._dossiers = dossiers
        self._language = language
        self.batch: DossierBatchExport | None = None
        self._load: BackgroundTask | None = None  # the refresh running, if any
        self.model = PortfolioTableModel(language)
        self.proxy = PortfolioFilterProxy(self.model)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name or municipality"))
        self.search.setClearButtonEnabled(True)
        self.area_filter = self._combo(
            self.tr("Any area"), [(a.value, area_text(a.value)) for a in TerritorialArea]
        )
        self.size_filter = self._combo(
            self.tr("Any size"),
            [(b, translate("SizeBand", SIZE_BAND_LABELS[b])) for b in SizeBand],
        )
        self.sector_filter = self._combo(
            self.tr("Any sector"),
            [(s.letter, f"{s.letter} – {s.name(language)}") for s in ATECO_SECTIONS],
        )
        self.ccnl_filter = self._combo(
            self.tr("Any CCNL"), [(c.value, ccnl_text(c.value)) for c in CcnlId]
        )
        self.step_filter = self._combo(
            self.tr("Any step"), [(int(s), step_title(s)) for s in StepId]
        )
        self.cost_filter = self._combo(
            self.tr("Any plan cost"),
            [(b, translate("PlanCostBand", PLAN_COST_BAND_LABELS[b])) for b in PlanCostBand],
        )
        self.show_archived = QCheckBox(self.tr("Show &archived firms"))
        self.clear_filters_button = QPushButton(self.tr("C&lear filters"))
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setToolTip(
            self.tr("Reload the firms (F5): on a shared database, shows other users' changes")
        )

        # The search on its own row; the six filters in two rows of three below it.
        top = QHBoxLayout()
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search)
        self.search.setAccessibleName(self.tr("Search:"))
        top.addWidget(search_label)
        top.addWidget(self.search, 1)
        top.addWidget(self.refresh_button)
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        cells = (
            (self.tr("&Territory:"), self.area_filter),
            (self.tr("Si&ze:"), self.size_filter),
            (self.tr("S&ector:"), self.sector_filter),
            (self.tr("CC&NL:"), self.ccnl_filter),
            (self.tr("Completed up to:"), self.step_filter),
            (self.tr("&Plan cost:"), self.cost_filter),
        )
        for index, (text, widget) in enumerate(cells):
            row, pair = divmod(index, 3)
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", ""))
            grid.addWidget(label, row, pair * 2)
            grid.addWidget(widget, row, pair * 2 + 1)
        for column in (1, 3, 5):
            grid.setColumnStretch(column, 1)
        extra = QHBoxLayout()
        extra.addWidget(self.show_archived)
        extra.addStretch(1)
        extra.addWidget(self.clear_filters_button)

        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Firms"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Several rows (Ctrl/Shift+click) for the dossiers; the other actions need one.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        # Fixed row height and no per-row content sizing: fast with thousands of rows.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The figures keep their width; the text columns share the rest by their content
        # (see _fit_columns), so no column is cut short next to a half-empty one.
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self._size_columns()
        self._longest: dict[int, str] = {}
        self.table.viewport().installEventFilter(self)
        self.table.setAlternatingRowColors(True)

        self.count_label = QLabel()
        self.loading_bar = QProgressBar()  # busy while the firms load
        self.loading_bar.setRange(0, 0)
        self.loading_bar.setMaximumWidth(160)
        self.loading_bar.setAccessibleName(self.tr("Loading the firms"))
        self.loading_bar.setVisible(False)
        self.open_button = QPushButton(self.tr("&Open"))
        self.duplicate_button = QPushButton(self.tr("D&uplicate as template"))
        self.archive_button = QPushButton(self.tr("Ar&chive"))
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.dossiers_button = QPushButton()
        self.dossiers_button.setToolTip(
            self.tr(
                "A membership dossier (PDF, in Italian) for each selected firm, or for every "
                "firm shown when fewer than two are selected, into a folder you choose"
            )
        )
        self.dossiers_button.setVisible(dossiers is not None)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label, 1)
        buttons.addWidget(self.loading_bar)
        buttons.addWidget(self.dossiers_button)
        for button in (
            self.open_button,
            self.duplicate_button,
            self.archive_button,
            self.delete_button,
        ):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        title = QLabel(self.tr("Firms"))
        title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        subtitle = QLabel(
            self.tr(
                "Every firm in this database. Double-click (or Enter) opens a firm in the "
                "self-assessment; a template copies a firm's answers for a similar client."
            )
        )
        subtitle.setWordWrap(True)
        subtitle.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addLayout(top)
        layout.addLayout(grid)
        layout.addLayout(extra)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.search.textChanged.connect(self._apply_filter)
        for combo in (
            self.area_filter,
            self.size_filter,
            self.sector_filter,
            self.ccnl_filter,
            self.step_filter,
            self.cost_filter,
        ):
            combo.currentIndexChanged.connect(self._apply_filter)
        self.show_archived.toggled.connect(self._apply_filter)
        self.clear_filters_button.clicked.connect(self.clear_filters)
        self.refresh_button.clicked.connect(lambda: self.refresh())
        # Double-click and Enter both "activate" a row (one signal, so never two opens).
        self.table.activated.connect(self._on_activated)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.open_button.clicked.connect(self.open_selected)
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.archive_button.clicked.connect(self.toggle_archive_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.dossiers_button.clicked.connect(self.export_dossiers)
        self._add_shortcuts()
        self._update_buttons()

    @staticmethod
    def _combo(any_text: str, items: list[tuple[object, str]]) -> QComboBox:
        combo = QComboBox()
        combo.addItem(any_text, ANY)
        for value, text in items:
            combo.addItem(text, value)
        # Not as wide as the longest sector name: the list opens wider when needed.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(16)
        combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
        return combo

    def _size_columns(self) -> None:
        """Each column wide enough for its header and typical content (no per-row sizing)."""
        header = self.table.horizontalHeader()
        metrics = header.fontMetrics()
        average = self.table.fontMetrics().averageCharWidth()
        for column in range(COL_COST + 1):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal, 0))
            needed = max(metrics.horizontalAdvance(title) + 28, COLUMN_CHARS[column] * average)
            self.table.setColumnWidth(column, needed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return False

    def _fit_columns(self) -> None:
        """Give the text columns (name, place, sector, CCNL) the width the figures
        leave, by what their longest texts need: all of it when it fits (the name
        takes the spare), else the longest ones are shortened first, to a common
        width, never below a readable one (the tooltip has the whole text)."""
        if not self._longest:
            return
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        titles = header.fontMetrics()
        needs = {}
        for column, text in self._longest.items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal, 0))
            needs[column] = max(
                titles.horizontalAdvance(title) + 36, metrics.horizontalAdvance(text) + 16
            )
        fixed = sum(header.sectionSize(c) for c in range(header.count()) if c not in TEXT_COLUMNS)
        room = self.table.viewport().width() - fixed
        widths = share_width(needs, room, metrics.averageCharWidth() * 12)
        for column, width in widths.items():
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)

    def _add_shortcuts(self) -> None:
        # Enter opens through the view's own activated signal.
        delete = QAction(self.table)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.delete_selected)
        self.table.addAction(delete)
        # F5 is the main window's View > Refresh, which refreshes this view too.

    # Loading and filtering -------------------------------------------------------------

    @property
    def loading(self) -> bool:
        return self._load is not None

    def refresh(self, select_id: int | None = None) -> None:
        """Reload every firm (one query, in a worker thread); keep (or move) the
        selection. ``loaded`` tells when the table shows them."""
        current = self.selected()
        keep = select_id if select_id is not None else (current.id if current else None)
        if self._load is not None:  # a newer reload replaces the one running
            self._load.cancel()
        portfolio, model, sort = self._portfolio, self.model, self.model.sort_order
        task = BackgroundTask(lambda _control: prepare_rows(model, portfolio.rows(), sort), self)
        task.succeeded.connect(lambda prepared, t=task: self._on_loaded(t, prepared, keep))
        task.failed.connect(lambda error, t=task: self._on_load_failed(t, error))
        self._load = task
        self.loading_bar.setVisible(True)
        self.count_label.setText(self.tr("Loading the firms…"))
        task.start()

    def _on_loaded(self, task: BackgroundTask, prepared: PreparedRows, keep: int | None) -> None:
        if task is not self._load:
            return  # replaced by a newer refresh
        self._load = None
        self.loading_bar.setVisible(False)
        self.model.set_prepared(prepared)
        self._longest = self.model.longest_texts()
        self._fit_columns()
        self._update_count()
        if keep is not None:
            self.select_firm(keep)
        self._update_buttons()
        self.loaded.emit()

    def _on_load_failed(self, task: BackgroundTask, error: Exception) -> None:
        if task is not self._load:
            return
        self._load = None
        self.loading_bar.setVisible(False)
        self._update_count()
        self._dialogs.error(
            self.tr("Firms"),
            self.tr("The firms could not be loaded: %1").replace("%1", str(error)),
        )
        self.loaded.emit()

    def clear_filters(self) -> None:
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        for combo in (
            self.area_filter,
            self.size_filter,
            self.sector_filter,
            self.ccnl_filter,
            self.step_filter,
            self.cost_filter,
        ):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self._apply_filter()

    def _apply_filter(self) -> None:
        size = self.size_filter.currentData()
        step = self.step_filter.currentData()
        cost = self.cost_filter.currentData()
        self.proxy.set_filter(
            PortfolioFilter(
                text=self.search.text(),
                area=self.area_filter.currentData(),
                size=SizeBand(size) if size != ANY else None,
                sector=self.sector_filter.currentData(),
                ccnl=self.ccnl_filter.currentData(),
                min_step=StepId(step) if step != ANY else None,
                plan_cost=PlanCostBand(cost) if cost != ANY else None,
                show_archived=self.show_archived.isChecked(),
            )
        )
        self._update_count()
        self._update_buttons()

    def _update_count(self) -> None:
        # "Label: n of m" reads right for one firm as for many (no plural forms).
        self.count_label.setText(
            self.tr("Firms shown: %1 of %2")
            .replace("%1", str(self.proxy.rowCount()))
            .replace("%2", str(self.model.rowCount()))
        )

    # Selection -------------------------------------------------------------------------

    def selected(self) -> PortfolioRow | None:
        """The one selected firm; None when none or several are selected."""
        rows = self.table.selectionModel().selectedRows()
        if len(rows) != 1:
            return None
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row())

    def dossier_firms(self) -> list[PortfolioRow]:
        """The firms a batch of dossiers is for: the selected ones when two or more
        are, else every firm the filters show, in the table's order."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        if len(rows) < 2:
            rows = list(range(self.proxy.rowCount()))
        return [
            self.model.row_at(self.proxy.mapToSource(self.proxy.index(row, COL_NAME)).row())
            for row in rows
        ]

    def select_firm(self, firm_id: int) -> bool:
        source_row = self.model.row_of(firm_id)
        if source_row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(source_row, COL_NAME))
        if not index.isValid():  # filtered out
            return False
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def _update_buttons(self) -> None:
        firm = self.selected()
        for button in (
            self.open_button,
            self.duplicate_button,
            self.archive_button,
            self.delete_button,
        ):
            button.setEnabled(firm is not None)
        archived = firm is not None and firm.archived
        self.archive_button.setText(self.tr("Unar&chive") if archived else self.tr("Ar&chive"))
        chosen = len(self.table.selectionModel().selectedRows())
        several = chosen >= 2
        count = chosen if several else self.proxy.rowCount()  # as dossier_firms() counts
        text = (
            self.tr("E&xport dossiers of the selected firms (%1)…")
            if several
            else self.tr("E&xport dossiers of the firms shown (%1)…")
        )
        self.dossiers_button.setText(text.replace("%1", str(count)))
        self.dossiers_button.setEnabled(count > 0 and not (self.batch and self.batch.running))

    # Actions ---------------------------------------------------------------------------

    def export_dossiers(self) -> bool:
        """Choose a folder, confirm, then write the dossiers with a progress dialog;
        False when nothing was started."""
        firms = self.dossier_firms()
        if self._dossiers is None or not firms or (self.batch and self.batch.running):
            return False
        title = self.tr("Export dossiers")
        folder = self._dialogs.choose_folder(
            self.tr("Choose the folder for the dossiers"), Path.home()
        )
        if folder is None:
            return False
        count = len(firms)  # a plain name: lupdate skips a count written as len(...)
        question = self.tr(
            "Write %n membership dossiers, in Italian, into %1? A file of the same name "
            "already there is replaced.",
            "",
            count,
        ).replace("%1", str(folder))
        if not self._dialogs.confirm(title, question):
            return False
        self.batch = DossierBatchExport(self._dossiers, self._language, self)
        self.batch.finished.connect(lambda outcome: self._on_dossiers_done(folder, outcome))
        self.batch.start([(f.id, f.name) for f in firms], folder, DOSSIER_LANGUAGE)
        self._update_buttons()
        return True

    def _on_dossiers_done(self, folder: Path, outcome: BatchOutcome) -> None:
        title = self.tr("Export dossiers")
        written = len(outcome.written)
        if outcome.error:
            text = (
                self.tr("Dossiers written: %1 of %2. The export stopped: %3")
                .replace("%1", str(written))
                .replace("%2", str(outcome.total))
                .replace("%3", outcome.error)
            )
            self._dialogs.error(title, text)
        elif outcome.cancelled:
            text = (
                self.tr("Cancelled. Dossiers written: %1 of %2, in %3.")
                .replace("%1", str(written))
                .replace("%2", str(outcome.total))
                .replace("%3", str(folder))
            )
            self._dialogs.info(title, text)
        else:
            text = self.tr("Dossiers written: %1 of %2, in %3.")
            self._dialogs.info(
                title,
                text.replace("%1", str(written))
                .replace("%2", str(outcome.total))
                .replace("%3", str(folder)),
            )
        self._update_buttons()

    def _gone(self, title: str) -> None:
        """Another user deleted the firm meanwhile (shared database)."""
        self._dialogs.info(
            title,
            self.tr(
                "This firm is no longer in the database: another user has just deleted it. "
                "The list has been refreshed."
            ),
        )
        self.refresh()
        self.firms_changed.emit()

    def _on_activated(self, index: QModelIndex) -> None:
        self.table.selectRow(index.row())
        self.open_selected()

    def open_selected(self) -> None:
        firm = self.selected()
        if firm is None:
            return
        if firm.archived:  # the wizard works on active firms: opening one brings it back
            try:
                self._portfolio.set_archived(firm.id, False)
            except LookupError:
                self._gone(self.tr("Open firm"))
                return
            self.firms_changed.emit()
        self.open_requested.emit(firm.id)

    def duplicate_selected(self) -> None:
        firm = self.selected()
        if firm is None:
            return
        try:
            copy = self._portfolio.duplicate(firm.id, self.tr("(copy)"))
        except LookupError:
            self._gone(self.tr("Duplicate as template"))
            return
        self.refresh(copy.id)
        self.firms_changed.emit()

    def toggle_archive_selected(self) -> None:
        firm = self.selected()
        if firm is None:
            return
        try:
            self._portfolio.set_archived(firm.id, not firm.archived)
        except LookupError:
            self._gone(self.tr("Archive"))
            return
        self.refresh(firm.id)
        self.firms_changed.emit()

    def delete_selected(self) -> None:
        firm = self.selected()
        if firm is None:
            return
        name = firm.name or self.tr("(unnamed firm)")
        title = self.tr("Delete firm")
        if self._portfolio.backs_up_before_delete:
            question = self.tr(
                'Delete "%1" and all its answers, plan and survey results? A backup of '
                "the database is taken first, so it can be restored from Tools > Backups."
            )
        elif self._portfolio.keeps_copy_before_delete:
            question = self.tr(
                'Delete "%1" and all its answers, plan and survey results for every user of '
                "this shared database? A copy is first saved as a firm file in the backups "
                "folder, so it can be brought back with File > Import firm."
            )
        else:
            question = self.tr(
                'Delete "%1" and all its answers, plan and survey results? This cannot be undone.'
            )
        if not self._dialogs.confirm(title, question.replace("%1", name)):
            return
        try:
            self._portfolio.delete(firm.id)
        except LookupError:
            self._gone(title)
            return
        except (OSError, RuntimeError) as error:  # FileWriteError, BackupError
            self._dialogs.error(
                title,
                self.tr("The copy could not be made, so nothing was deleted: %1").replace(
                    "%1", str(error)
                ),
            )
            return
        self.refresh()
        self.firms_changed.emit()

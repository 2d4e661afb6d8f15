"""The main window: firm selector, step navigator and one page per step.

Start-up comes in two steps: ``MainWindow(..., defer_workspace=True)`` is only the
frame (title, size, "Opening…"), cheap enough to paint at once; ``build_workspace``
then makes the selector, the steps and the menus. It needs the database open (the
launcher opens it in a worker thread meanwhile, ``ui/database_opener``). Each step's
page is built the first time it is shown (``page``): a placeholder holds its place
in the stack, so the stack index stays the step, and the page's imports (the rules,
ReportLab, the catalogue's models) wait until then. ``MainWindow(app, language)``
builds the workspace at once, as tests and tools expect.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

# Only what the frame painted first needs: every other Qt class is imported where it
# is used, after the paint (making each class's Python type costs a few ms).
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QVBoxLayout, QWidget

from wat_desktop import APP_NAME

if TYPE_CHECKING:
    from PySide6.QtGui import QResizeEvent
    from PySide6.QtWidgets import QMenu

    from wat_desktop.app import AppContext
    from wat_desktop.ui.dialogs import Dialogs
    from wat_desktop.ui.pages.budget_page import BudgetPage
    from wat_desktop.ui.pages.dossier_page import DossierPage
    from wat_desktop.ui.pages.needs_page import NeedsPage
    from wat_desktop.ui.pages.needs_profile_page import NeedsProfilePage
    from wat_desktop.ui.pages.offers_page import OffersPage
    from wat_desktop.ui.pages.plan_page import PlanPage
    from wat_desktop.ui.pages.profile_page import ProfilePage
    from wat_desktop.ui.pages.relevance_page import RelevancePage
    from wat_desktop.ui.pages.welcome_page import WelcomePage
    from wat_desktop.ui.pages.workforce_page import WorkforcePage


def _page(name: str) -> property:
    """``window.<step>_page``: the step's page, built on first use (``MainWindow.page``)."""

    def get(self: MainWindow) -> QWidget:
        from wat_desktop.domain.steps import StepId

        return self.page(StepId[name])

    return property(get, doc=f"The page of step {name}, built when first needed.")


class MainWindow(QMainWindow):
    profile_page: ProfilePage = _page("PROFILE")  # type: ignore[assignment]
    workforce_page: WorkforcePage = _page("WORKFORCE")  # type: ignore[assignment]
    needs_page: NeedsPage = _page("NEEDS")  # type: ignore[assignment]
    relevance_page: RelevancePage = _page("RELEVANCE")  # type: ignore[assignment]
    budget_page: BudgetPage = _page("BUDGET")  # type: ignore[assignment]
    needs_profile_page: NeedsProfilePage = _page("NEEDS_PROFILE")  # type: ignore[assignment]
    offers_page: OffersPage = _page("OFFERS")  # type: ignore[assignment]
    plan_page: PlanPage = _page("PLAN")  # type: ignore[assignment]
    dossier_page: DossierPage = _page("DOSSIER")  # type: ignore[assignment]

    def __init__(
        self,
        app: AppContext,
        language: str,
        dialogs: Dialogs | None = None,
        *,
        defer_workspace: bool = False,
    ) -> None:
        super().__init__()
        self.app = app
        self.language = language
        self._dialogs = dialogs
        self.workspace: QWidget | None = None  # until build_workspace
        self._built_pages: dict[int, QWidget] = {}
        self._made_pages: dict[int, QWidget] = {}  # made, not yet in the window
        self._welcome: WelcomePage | None = None
        self.setWindowTitle(APP_NAME)
        self.resize(1280, 760)  # the launcher shrinks it to a smaller screen
        # The frame painted first: "Opening…" in the middle. No Qt enum and no style
        # sheet here: the first use of an enum makes PySide6 build the Qt namespace's
        # enum classes (~40 ms), and a style sheet its style machinery; both can wait.
        self.opening_label: QLabel | None = QLabel(self.tr("Opening…"))
        frame = QWidget()
        middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addWidget(self.opening_label)
        middle.addStretch(1)
        column = QVBoxLayout(frame)
        column.addStretch(1)
        column.addLayout(middle)
        column.addStretch(1)
        self.setCentralWidget(frame)
        if not defer_workspace:
            self.build_workspace()

    @property
    def dialogs(self) -> Dialogs:
        """Message boxes and file choosers (a test's fakes, or the real ones)."""
        if self._dialogs is None:
            from wat_desktop.ui.dialogs import Dialogs

            self._dialogs = Dialogs(self)
        return self._dialogs

    def build_workspace(self) -> None:
        """Everything but the frame: selector, steps, help, menus; the database must
        open here (the launcher has it opened in a worker thread already)."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QComboBox, QPushButton, QSplitter, QStackedWidget

        from wat_desktop.ui.firm_session import FirmSession
        from wat_desktop.ui.help_panel import HelpPanel
        from wat_desktop.ui.step_navigator import StepNavigator

        app = self.app
        self.session = FirmSession(app.firms, self)

        self.firm_selector = QComboBox()
        self.firm_selector.setAccessibleName(self.tr("Firm"))
        self.firm_selector.setMinimumWidth(320)
        selector_label = QLabel(self.tr("&Firm:"))
        selector_label.setBuddy(self.firm_selector)
        self.new_firm_button = QPushButton(self.tr("&New firm…"))
        top = QHBoxLayout()
        top.addWidget(selector_label)
        top.addWidget(self.firm_selector, 1)
        top.addWidget(self.new_firm_button)

        self.navigator = StepNavigator()
        self.pages = QStackedWidget()
        # One placeholder per step (the stack index is the step): ``page`` puts the
        # real page in its place when the step is first shown.
        for step in range(self.navigator.count()):
            placeholder = QWidget()
            placeholder.setObjectName(f"step_placeholder_{step}")
            # Takes focus only to mark its place in the Tab order (``_build_page``);
            # never shown, so Tab never stops on it.
            placeholder.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            self.pages.addWidget(placeholder)
        self.help_panel = HelpPanel()
        steps_column = QWidget()
        steps_layout = QVBoxLayout(steps_column)
        steps_layout.setContentsMargins(0, 0, 0, 0)
        steps_layout.addWidget(self.navigator.progress)
        steps_layout.addWidget(self.navigator, 1)
        steps_column.setMaximumWidth(self.navigator.maximumWidth())
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(steps_column)
        splitter.addWidget(self.pages)
        splitter.addWidget(self.help_panel)
        splitter.setStretchFactor(1, 1)
        # The help panel folds away when the window is too narrow for it next to the
        # widest page (a 1366×768 laptop at 125% is 1093 px wide): it must not set the
        # window's minimum width. View > Help panel hides or shows it.
        self.splitter, self.steps_column = splitter, steps_column
        self.help_panel.setMinimumWidth(1)
        splitter.setCollapsible(2, True)
        # The steps as wide as their longest title: the page gets the rest.
        splitter.setSizes([steps_column.minimumSizeHint().width(), 10_000, self.HELP_PANEL_WIDTH])

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        # First run: a welcome page (``welcome_page``, built when first needed) stands
        # in for the workspace while there is no firm.
        self.workspace = central
        self.root_stack = QStackedWidget()
        self.root_stack.addWidget(self.workspace)
        self.setCentralWidget(self.root_stack)  # the frame's "Opening…" label goes
        self.opening_label = None
        self._build_menu()
        self.statusBar().showMessage(self.tr("Everything you type is saved automatically."))

        self.navigator.step_chosen.connect(self.go_to_step)
        self.firm_selector.currentIndexChanged.connect(self._on_firm_chosen)
        self.new_firm_button.clicked.connect(self.new_firm)
        self.session.firm_changed.connect(self._update_steps)
        self.session.firm_edited.connect(self._on_firm_edited)
        self.session.save_failed.connect(self._on_save_failed)
        self.session.conflict_resolved.connect(self._on_conflict)
        self.session.deleted_elsewhere.connect(self._on_deleted_elsewhere)
        self._add_step_shortcuts()

    def show_start_failure(self, detail: str) -> None:
        """The database did not open at start-up: say so in the frame (the crash
        reporter shows the details)."""
        if self.opening_label is not None:
            self.opening_label.setText(
                self.tr("The database could not be opened: %1").replace("%1", detail)
            )

    @property
    def welcome_page(self) -> WelcomePage:
        """The first-run page, built the first time there is no firm to show."""
        if self._welcome is None:
            from wat_desktop.ui.pages.welcome_page import WelcomePage

            welcome = WelcomePage()
            welcome.create_firm_requested.connect(self.new_firm)
            welcome.demo_requested.connect(self.open_demo)
            welcome.import_requested.connect(self.import_catalogue)
            welcome.consultant_requested.connect(self._on_consultant)
            self.root_stack.addWidget(welcome)
            self._welcome = welcome
        return self._welcome

    # Pages, each built on its first visit -------------------------------------------------

    def page(self, step: int) -> QWidget:
        """The page of ``step``, built (and filled with the open firm) if it is not yet."""
        page = self._built_pages.get(int(step))
        if page is None:
            page = self._build_page(int(step))
        return page

    def make_page(self, step: int) -> None:
        """Make the page of ``step`` outside the window, for ``page`` to put in later:
        a start splits the work in two turns, so neither keeps the window busy long."""
        if int(step) not in self._built_pages and int(step) not in self._made_pages:
            self._made_pages[int(step)] = self._page_makers()[int(step)]()

    def build_all_pages(self) -> None:
        """Every step's page now (a tool that walks them all, or a test)."""
        for step in range(self.pages.count()):
            self.page(step)

    def _build_page(self, step: int) -> QWidget:
        from wat_desktop.ui.pages.step_page import StepPage

        placeholder = self.pages.widget(step)
        page = self._made_pages.pop(step, None) or self._page_makers()[step]()
        self._built_pages[step] = page
        current = self.pages.currentIndex()
        self.pages.removeWidget(placeholder)
        self.pages.insertWidget(step, page)
        self.pages.setCurrentIndex(current)
        _follow_in_focus_chain(page, placeholder)
        placeholder.setParent(None)  # out of the window and its focus chain
        placeholder.deleteLater()
        if isinstance(page, StepPage):  # what the firm_changed it missed would have done
            page._load_guarded()
        return page

    def _page_makers(self) -> list[Callable[[], QWidget]]:
        """How to make each step's page, in step order; each imports what it needs."""
        session, language, dialogs = self.session, self.language, self.dialogs

        def profile() -> QWidget:
            from wat_desktop.ui.pages.profile_page import ProfilePage

            page = ProfilePage(session)
            page.set_language(language)
            return page

        def workforce() -> QWidget:
            from wat_desktop.ui.pages.workforce_page import WorkforcePage

            return WorkforcePage(session)

        def needs() -> QWidget:
            from wat_desktop.ui.pages.needs_page import NeedsPage

            page = NeedsPage(session)
            page.survey_requested.connect(self.open_survey)
            return page

        def relevance() -> QWidget:
            from wat_desktop.ui.pages.relevance_page import RelevancePage

            return RelevancePage(session)

        def budget() -> QWidget:
            from wat_desktop.ui.pages.budget_page import BudgetPage

            return BudgetPage(session, language)

        def needs_profile() -> QWidget:
            from wat_desktop.ui.pages.needs_profile_page import NeedsProfilePage

            return NeedsProfilePage(session)

        def offers() -> QWidget:
            from wat_desktop.ui.pages.offers_page import OffersPage

            return OffersPage(session, self.app.catalogues, language, dialogs)

        def plan() -> QWidget:
            from wat_desktop.ui.pages.plan_page import PlanPage

            return PlanPage(session, self.app.catalogues, language)

        def dossier() -> QWidget:
            from wat_desktop.ui.pages.dossier_page import DossierPage

            return DossierPage(session, self.app.dossiers, dialogs, language)

        return [
            profile,
            workforce,
            needs,
            relevance,
            budget,
            needs_profile,
            offers,
            plan,
            dossier,
        ]

    def _build_menu(self) -> None:
        from PySide6.QtGui import QAction, QKeySequence

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        new_action = QAction(self.tr("&New firm…"), self)
        new_action.setShortcut(QKeySequence.StandardKey.New)
        new_action.triggered.connect(self.new_firm)
        import_action = QAction(self.tr("&Import catalogue…"), self)
        import_action.triggered.connect(self.import_catalogue)
        demo_action = QAction(self.tr("Open the &demo"), self)
        demo_action.triggered.connect(self.open_demo)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        for action in (new_action, import_action, demo_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        self._add_survey_and_firm_file_actions(file_menu)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

        self._add_view_menu()

        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        language_menu = settings_menu.addMenu(self.tr("&Language"))
        for code, label in (
            ("auto", self.tr("System language")),
            ("it", "Italiano"),
            ("en", "English"),
        ):
            action = QAction(label, self, checkable=True)
            action.setChecked(self.app.settings.language == code)
            action.triggered.connect(lambda _checked, code=code: self.set_language(code))
            language_menu.addAction(action)

        tools_menu = self.menuBar().addMenu(self.tr("&Tools"))
        self.simulator_action = QAction(self.tr("&Simulator…"), self)
        self.simulator_action.triggered.connect(self.open_simulator)
        tools_menu.addAction(self.simulator_action)
        self.territory_action = QAction(self.tr("&Territorial demand…"), self)
        self.territory_action.triggered.connect(self.open_territory)
        tools_menu.addAction(self.territory_action)
        self.backups_action = QAction(self.tr("&Backups…"), self)
        self.backups_action.triggered.connect(self.open_backups)
        self.check_action = QAction(self.tr("&Check database"), self)
        self.check_action.triggered.connect(self.check_database)
        # A shared PostgreSQL database is backed up by its administrator, not here.
        self.backups_action.setEnabled(self.app.backups.supported)
        self.check_action.setEnabled(self.app.backups.supported)
        self.privacy_action = QAction(self.tr("&Privacy…"), self)
        self.privacy_action.triggered.connect(self.open_privacy)
        tools_menu.addSeparator()
        tools_menu.addAction(self.backups_action)
        tools_menu.addAction(self.check_action)
        tools_menu.addAction(self.privacy_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about_action = QAction(self.tr("&About WAT Desktop"), self)
        about_action.triggered.connect(self.about)
        help_menu.addAction(about_action)

    # Portfolio ---------------------------------------------------------------------------

    def _add_view_menu(self) -> None:
        """View menu and toolbar: the firms portfolio and back to the self-assessment."""
        from PySide6.QtGui import QAction, QKeySequence

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.portfolio_action = QAction(self.tr("&Firms (portfolio)"), self)
        self.portfolio_action.setShortcut(QKeySequence("Ctrl+Shift+F"))
        self.portfolio_action.triggered.connect(self.show_portfolio)
        self.wizard_action = QAction(self.tr("&Self-assessment"), self)
        self.wizard_action.setShortcut(QKeySequence("Ctrl+Shift+W"))
        self.wizard_action.triggered.connect(self.show_wizard)
        view_menu.addAction(self.portfolio_action)
        view_menu.addAction(self.wizard_action)
        self.help_panel_action = QAction(self.tr("&Help panel"), self, checkable=True)
        self.help_panel_action.setChecked(True)
        self.help_panel_action.setToolTip(
            self.tr("Show the help beside each step (hidden anyway when the window is narrow)")
        )
        self.help_panel_action.toggled.connect(lambda _on: self._fit_help_panel())
        view_menu.addAction(self.help_panel_action)
        # Shared database: shows what other users changed (the list and the open firm).
        self.refresh_action = QAction(self.tr("&Refresh"), self)
        self.refresh_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_action.triggered.connect(self.refresh_view)
        view_menu.addSeparator()
        view_menu.addAction(self.refresh_action)
        toolbar = self.addToolBar(self.tr("Views"))
        toolbar.setObjectName("views_toolbar")
        toolbar.addAction(self.portfolio_action)
        toolbar.addAction(self.wizard_action)

    HELP_PANEL_WIDTH = 200  # px: narrower, its text wraps into a column too thin to read
    # Window width from which the help panel shows: below it the pages' forms (some
    # wider than their scroll areas' minimum says) need the room.
    HELP_PANEL_FROM = 1220

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.workspace is not None:  # the frame painted first has no help panel
            self._fit_help_panel()

    def _fit_help_panel(self) -> None:
        """Show the help panel when asked for and when it has its width beside the
        steps and the widest page; else the pages take the room."""
        # A page's minimum is known once it has been laid out: keep the widest seen.
        page_minimum = max(
            self.pages.minimumSizeHint().width(),
            self.pages.currentWidget().minimumSizeHint().width(),
            getattr(self, "_widest_page", 0),
        )
        self._widest_page = page_minimum
        needed = (
            self.steps_column.minimumSizeHint().width()
            + page_minimum
            + self.HELP_PANEL_WIDTH
            + 2 * self.splitter.handleWidth()
        )
        wide = self.width() >= self.HELP_PANEL_FROM and self.splitter.width() >= needed
        show = self.help_panel_action.isChecked() and wide
        if show != self.help_panel.isHidden() or self.splitter.width() == 0:
            return  # already so, or not laid out yet
        steps = self.splitter.sizes()[0] or self.steps_column.minimumSizeHint().width()
        self.help_panel.setVisible(show)
        # The page takes or gives the room, never the list of steps.
        help_width = self.HELP_PANEL_WIDTH if show else 0
        page = self.splitter.width() - steps - help_width - 2 * self.splitter.handleWidth()
        self.splitter.setSizes([steps, page, help_width])

    def show_portfolio(self) -> None:
        from wat_desktop.ui.portfolio_view import PortfolioView

        # Built on first use, so start-up stays light.
        if getattr(self, "portfolio_view", None) is None:
            self.portfolio_view = PortfolioView(
                self.app.portfolio, self.dialogs, self.language, self.app.dossiers
            )
            self.portfolio_view.open_requested.connect(self._open_from_portfolio)
            self.portfolio_view.firms_changed.connect(self._after_portfolio_change)
            self.root_stack.addWidget(self.portfolio_view)
        current = self.session.firm.id if self.session.firm else None
        self.portfolio_view.refresh(current)
        self.root_stack.setCurrentWidget(self.portfolio_view)
        self.portfolio_view.table.setFocus()

    def refresh_view(self) -> None:
        """View > Refresh (F5): reload the firms and the open firm from the database."""
        portfolio = getattr(self, "portfolio_view", None)
        showing = self.root_stack.currentWidget()
        current = self.session.firm.id if self.session.firm else None
        self.reload_firms(current)
        if portfolio is not None and showing is portfolio:
            portfolio.refresh()
            self.root_stack.setCurrentWidget(portfolio)

    def show_wizard(self) -> None:
        self._set_pages_enabled(self.firm_selector.count() > 0)

    def _open_from_portfolio(self, firm_id: int) -> None:
        self.reload_firms(firm_id)  # also switches back to the workspace

    def _after_portfolio_change(self) -> None:
        # Keep the firm selector in step without leaving the portfolio.
        current = self.session.firm.id if self.session.firm else None
        showing = self.root_stack.currentWidget()
        self.reload_firms(current)
        self.root_stack.setCurrentWidget(showing)

    # Firms -------------------------------------------------------------------------------

    def reload_firms(self, select_id: int | None = None) -> None:
        firms = self.app.firms.list_firms()
        self.firm_selector.blockSignals(True)
        self.firm_selector.clear()
        for firm in firms:
            self.firm_selector.addItem(firm.name or self.tr("(unnamed firm)"), firm.id)
        self.firm_selector.blockSignals(False)
        if select_id is None:
            select_id = self.app.settings.last_firm_id
        index = self.firm_selector.findData(select_id) if select_id is not None else -1
        if index < 0 and firms:
            index = 0
        if index >= 0:
            self.firm_selector.setCurrentIndex(index)
            self._on_firm_chosen(index)
        else:
            self.session.open(None)
        self._set_pages_enabled(bool(firms))
        if not getattr(self, "_start_checked", False):
            self._start_checked = True
            self._report_unclean_start()

    def _on_firm_chosen(self, index: int) -> None:
        firm_id = self.firm_selector.itemData(index)
        self.session.open(firm_id)
        if firm_id is not None and self.app.settings.last_firm_id != firm_id:
            self.app.settings.last_firm_id = firm_id
            self.app.save_settings()
        row = self.navigator.currentRow()
        self.go_to_step(row if row >= 0 else 0)  # the first step (profile) after a start

    def new_firm(self) -> None:
        name = self.dialogs.ask_text(self.tr("New firm"), self.tr("Company name:"))
        if name:
            firm = self.app.firms.create_firm(name)
            self.reload_firms(firm.id)
            self.go_to_step(0)  # the profile, step 1

    def _add_survey_and_firm_file_actions(self, menu: QMenu) -> None:
        from PySide6.QtGui import QAction

        from wat_desktop.ui.firm_file_actions import FirmFileActions

        self.firm_file_actions = FirmFileActions(self.app, self.dialogs, self.language, self)
        self.survey_action = QAction(self.tr("Employee &survey…"), self)
        self.survey_action.triggered.connect(self.open_survey)
        self.export_firm_action = QAction(self.tr("&Export firm…"), self)
        self.export_firm_action.triggered.connect(
            lambda: self.firm_file_actions.export_firm(
                self.session.firm.id if self.session.firm else None,
                self.session.firm.name if self.session.firm else "",
            )
        )
        self.import_firm_action = QAction(self.tr("Import &firm…"), self)
        self.import_firm_action.triggered.connect(self.import_firm)
        for action in (self.survey_action, self.export_firm_action, self.import_firm_action):
            menu.addAction(action)

    def open_survey(self) -> None:
        from wat_desktop.ui.survey_dialog import SurveyDialog

        if self.session.firm is None:
            return
        dialog = SurveyDialog(self.session, self.app.surveys, self.dialogs, self.language, self)
        dialog.exec()
        self.session.open(self.session.firm.id if self.session.firm else None)

    def import_firm(self) -> None:
        firm_id = self.firm_file_actions.import_firm()
        if firm_id is not None:
            self.reload_firms(firm_id)

    def open_demo(self) -> None:
        from wat_desktop.services.demo_service import install_demo

        firm = install_demo(self.app.firms, self.app.catalogues)
        self.reload_firms(firm.id)

    def import_catalogue(self) -> None:
        # The offers page validates, shows what changes and asks before applying.
        self.offers_page.import_catalogue()

    # Steps -------------------------------------------------------------------------------

    def go_to_step(self, step: int) -> None:
        from wat_desktop.domain.steps import StepId

        if step < 0:
            return
        self.page(step)  # built on the first visit, before it is shown
        self.pages.setCurrentIndex(step)
        self.help_panel.show_step(StepId(step))
        if self.navigator.currentRow() != step:
            self.navigator.setCurrentRow(step)
        page = self.pages.currentWidget()
        if hasattr(page, "refresh"):
            page.refresh()
        self._fit_help_panel()  # this page may need more width than the others

    def _add_step_shortcuts(self) -> None:
        """Ctrl+PgDown / Ctrl+PgUp move between steps without the mouse."""
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QAction, QKeySequence

        for key, delta in (("Ctrl+PgDown", 1), ("Ctrl+PgUp", -1)):
            action = QAction(self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _checked=False, d=delta: self._step_by(d))
            self.addAction(action)

    def _step_by(self, delta: int) -> None:
        step = self.pages.currentIndex() + delta
        if 0 <= step < self.pages.count() and self.pages.isEnabled():
            self.go_to_step(step)

    def _update_steps(self) -> None:
        self.navigator.show_completed(self.session.completed())

    def _on_firm_edited(self) -> None:
        self._update_steps()
        firm = self.session.firm
        index = self.firm_selector.currentIndex()
        if firm and index >= 0 and firm.name and self.firm_selector.itemText(index) != firm.name:
            self.firm_selector.setItemText(index, firm.name)
        self.statusBar().showMessage(self.tr("Saved."), 2000)

    def _on_conflict(self, copy_id: int, copy_name: str) -> None:
        current = self.session.firm.id if self.session.firm else None
        self.reload_firms(current)
        self.dialogs.info(
            self.tr("Changed by someone else"),
            self.tr(
                "Another user saved this firm while you were editing it. Nothing was "
                'overwritten: their version is shown now, and yours was kept as "%1".'
            ).replace("%1", copy_name),
        )

    def _on_deleted_elsewhere(self, copy_id: int, copy_name: str) -> None:
        self.reload_firms(copy_id)
        self.dialogs.info(
            self.tr("Deleted by someone else"),
            self.tr(
                "Another user deleted this firm while you were editing it. Nothing you "
                'typed is lost: your version was kept as "%1".'
            ).replace("%1", copy_name),
        )

    def _on_save_failed(self, detail: str) -> None:
        self.statusBar().showMessage(self.tr("Not saved: %1").replace("%1", detail))

    def _set_pages_enabled(self, enabled: bool) -> None:
        self.pages.setEnabled(enabled)
        self.navigator.setEnabled(enabled)
        self.root_stack.setCurrentWidget(self.workspace if enabled else self.welcome_page)
        # With no firm yet these lead nowhere (an empty list, an empty wizard): the
        # welcome page offers the ways to start instead.
        for action in (
            self.portfolio_action,
            self.wizard_action,
            self.survey_action,
            self.export_firm_action,
        ):
            action.setEnabled(enabled)

    def _on_consultant(self) -> None:
        self.dialogs.info(
            self.tr("Working for several firms"),
            self.tr(
                "Each client firm gets its own self-assessment, plan and dossier in this "
                "database; choose the firm in the list at the top of the window. Start now "
                "with your first client."
            ),
        )
        self.new_firm()

    # Settings and help -------------------------------------------------------------------

    def set_language(self, code: str) -> None:
        self.app.settings.language = code
        self.app.save_settings()
        self.dialogs.info(
            self.tr("Language"),
            self.tr("The new language will be used the next time WAT Desktop starts."),
        )

    # Data safety --------------------------------------------------------------------------

    def open_backups(self) -> None:
        """Tools > Backups: list, take now, restore (with confirmation and the data date)."""
        from wat_desktop.ui.backups_dialog import BackupsDialog

        self.backups_dialog = BackupsDialog(self.app.backups, self.dialogs, self.language, self)
        self.backups_dialog.restored.connect(self._after_restore)
        self.backups_dialog.open()

    def open_privacy(self) -> None:
        """Tools > Privacy: the firm's archive, erasing it, purging backups, encryption."""
        from wat_desktop.ui.privacy_dialog import PrivacyDialog

        firm_id = self.session.firm.id if self.session.firm else None
        self.privacy_dialog = PrivacyDialog(self.app, firm_id, self.dialogs, self.language, self)
        self.privacy_dialog.erased.connect(lambda: self.reload_firms(None))
        self.privacy_dialog.open()

    def check_database(self) -> None:
        """Tools > Check database: full integrity and foreign-key check."""
        from wat_desktop.ui.database_check import report_check

        if report_check(self.app, self.app.backups.check(), self.dialogs, self.language):
            self._after_restore()

    def _report_unclean_start(self) -> None:
        from wat_desktop.ui.database_check import report_unclean_start

        outcome = report_unclean_start(self.app, self.dialogs, self.language)
        if outcome is False:
            self.statusBar().showMessage(
                self.tr("Not closed properly last time: the database was checked and is intact.")
            )
        elif outcome:
            self._after_restore()

    def _after_restore(self) -> None:
        self.reload_firms()

    def open_simulator(self) -> None:
        """Tools > Simulator: salary vs welfare vs productivity bonus (rules engine)."""
        from wat_desktop.ui.simulator_view import SimulatorDialog

        self.simulator_dialog = SimulatorDialog(self.language, self)
        self.simulator_dialog.open()

    def open_territory(self) -> None:
        """Tools > Territorial demand: needs and pooled offers across firms and files."""
        from wat_desktop.ui.territory_view import TerritoryDialog

        self.territory_dialog = TerritoryDialog(self.app, self.language, self.dialogs, self)
        self.territory_dialog.open()

    def about(self) -> None:
        from wat_desktop.ui.about_dialog import AboutDialog

        # open(), not exec(): window-modal without a nested event loop (tests can see it).
        self.about_dialog = AboutDialog(self.app.paths.root, self)
        self.about_dialog.open()


# Keyboard order of a page built late -----------------------------------------------------
# Qt appends a widget that joins a window to the end of the window's focus chain, so a
# page built on its first visit would be reached by Tab after the help panel. This puts
# its inputs where the page's placeholder was (after the steps and the pages before it,
# before the help panel), as if it had been built with the window.


def _follow_in_focus_chain(page: QWidget, anchor: QWidget) -> None:
    """Move ``page``'s focusable widgets, in their own order, right after ``anchor``
    (which takes focus: Qt orders only widgets that do)."""
    from PySide6.QtCore import Qt

    # A page that has just joined the window is one run of the chain: itself, then its
    # widgets in the order they were made. Only that run is walked (walking the whole
    # window would make Python objects for every widget of it, ~30 ms).
    inside: list[QWidget] = []
    widget = page.nextInFocusChain()
    while widget is not None and widget is not page and page.isAncestorOf(widget):
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
            inside.append(widget)
        widget = widget.nextInFocusChain()
    previous = anchor
    for widget in inside:
        proxy = widget.focusProxy()
        if proxy is not None and proxy.isAncestorOf(widget):
            continue  # a spin box's or combo box's own line edit: Qt moves it with its box
        QWidget.setTabOrder(previous, widget)
        previous = widget

"""Step 8: the plan builder.

The recommended plan, offers added or removed, quantities changed in spin
boxes, take-up rates changed; every change is saved and, in the same event, the
live figures are recomputed: cost to the firm, value to employees, the same
money as salary, warnings, and a progress bar per pooled offer toward its
activation. Under the figures: the tax year they use (an estimate, not tax
advice) and how the budget, the CCNL's welfare and the bonus fit together.
"""

from __future__ import annotations

import re
from html import escape

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QTextCharFormat, QTextCursor, QValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from wat_desktop.domain.catalogue import Catalogue
from wat_desktop.domain.firm import Firm
from wat_desktop.domain.need_counts import NeedKey
from wat_desktop.domain.plan.figures import PlanFigures
from wat_desktop.domain.plan.funding import Funding
from wat_desktop.domain.plan.reasons import Reason, render
from wat_desktop.domain.plan.recommendation import explain
from wat_desktop.domain.pooling import DEFAULT_TAKE_UP_PERCENT, PoolStatus
from wat_desktop.domain.rules import DISCLAIMER, TaxYearError, load_tax_year
from wat_desktop.domain.steps import StepId
from wat_desktop.formatting import MoneyParseError, format_money, parse_money
from wat_desktop.services.catalogue_service import CatalogueService
from wat_desktop.services.plan_service import NoCatalogueError, PlanService, apply_recommendation
from wat_desktop.translations import QtTranslate
from wat_desktop.ui.firm_session import FirmSession
from wat_desktop.ui.form_helpers import note_label
from wat_desktop.ui.offers_table_model import pool_state_text, price_with_unit
from wat_desktop.ui.pages.step_page import StepPage, heading_label
from wat_desktop.ui.plan_table_model import (
    COL_COST,
    COL_POOL,
    COL_QUANTITY,
    COL_TITLE,
    COL_UNIT_PRICE,
    OFFER_ID_ROLE,
    PlanTableModel,
)
from wat_desktop.ui.take_up_editor import TakeUpEditor

MAX_BUDGET_EUROS = 10_000_000
FITTED_COLUMNS = (COL_QUANTITY, COL_UNIT_PRICE, COL_COST, COL_POOL)
WARNING_STYLE = "color: #8a4b00;"
TAB_REASONS, TAB_POOLS, TAB_TAKE_UP = range(3)
_HTML_SPACES = re.compile(r"[ \t\n\r\f]+")
_DIGIT = re.compile(r"\d")


def _as_html_shows(text: str) -> str:
    """``text`` as a paragraph of HTML shows it: runs of spaces and line breaks are one
    space (no-break spaces, as in "12,00 €", stay)."""
    return _HTML_SPACES.sub(" ", text)


def chars(widget: QWidget, count: int) -> int:
    return widget.fontMetrics().averageCharWidth() * count


class MoneySpinBox(QSpinBox):
    """An amount in cents, written as every other amount is ("12.000,00 €"), typed
    in the same format; the arrows step by 100 €."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self.setRange(0, MAX_BUDGET_EUROS * 100)
        self.setSingleStep(100_00)

    def textFromValue(self, value: int) -> str:
        return format_money(value, self._language)

    def valueFromText(self, text: str) -> int:
        try:
            return parse_money(text, self._language)
        except MoneyParseError:
            return self.value()

    def validate(self, text: str, pos: int) -> object:
        try:
            cents = parse_money(text, self._language)
        except MoneyParseError:
            return QValidator.State.Intermediate, text, pos
        if not self.minimum() <= cents <= self.maximum():
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Acceptable, text, pos


class AmountLabel(QLabel):
    """A one-line amount whose size is fixed to its text's. Qt lays the whole window
    out again when a label of free size changes its text (~0.6 ms per figure at every
    edit); a label of fixed size is only repainted. Digits are all as wide, so the size
    (and the layout) changes only when an amount gains or loses a digit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fitted: str | None = None  # the text (digits as 0) the size was fitted to
        self._same_digits = self._digits_alike()

    def set_text(self, text: str) -> None:
        if text != self.text():
            self.setText(text)
            self._fit()

    def _fit(self) -> None:
        text = self.text()
        # Asking a selectable label its size hint costs ~0.25 ms: only for a new shape.
        shape = _DIGIT.sub("0", text) if self._same_digits else text
        if shape == self._fitted:
            return
        self._fitted = shape
        hint = self.sizeHint()
        if self.minimumSize() != hint or self.maximumSize() != hint:
            self.setFixedSize(hint)

    def _digits_alike(self) -> bool:
        """Every digit as wide in this font (as in almost every font)."""
        metrics = self.fontMetrics()
        return len({metrics.horizontalAdvance(digit) for digit in "0123456789"}) == 1

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._same_digits = self._digits_alike()
            self._fitted = None
            self._fit()  # the same text takes another size


class FigureBox(QFrame):
    """One live figure: a short caption over a bold amount."""

    def __init__(self, caption: str, tip: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        self.value = AmountLabel()
        font = self.value.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.value.setFont(font)
        self.value.setAccessibleName(caption)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if tip:
            self.setToolTip(tip)
            self.value.setAccessibleDescription(tip)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addStretch(1)  # amounts line up even when a caption wraps
        layout.addWidget(self.value)

    def set_text(self, text: str) -> None:
        self.value.set_text(text)

    def text(self) -> str:
        return self.value.text()


class PlanPage(StepPage):
    step = StepId.PLAN

    def __init__(
        self,
        session: FirmSession,
        catalogues: CatalogueService,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, parent)
        self.plans = PlanService(session.firms, catalogues)
        self.language = language
        self._tr = QtTranslate(language)
        self.figures: PlanFigures | None = None
        self._reason_texts: dict[str, str] = {}
        # Read once per update: every part of the page uses the same catalogue.
        self._catalogue: Catalogue | None = None
        # The offers the add list was filled for (catalogue, offers in the plan): most
        # edits change a quantity, not which offers are in the plan.
        self._add_choice_for: tuple[Catalogue, frozenset[str]] | None = None
        # The reasons shown, one paragraph (title, reason) per plan line; None: not yet.
        self._reason_rows: list[tuple[str, str]] | None = None

        intro = QLabel(
            self.tr(
                "Recommend the plan that covers the most weighted need within your budget, "
                "then add, remove or change offers: the figures follow every change."
            )
        )
        intro.setWordWrap(True)
        # In cents, formatted by the app's formatter: "12.000,00 €" in Italian whatever
        # the machine's locale, as on every other screen.
        self.budget = MoneySpinBox(language)
        self.budget.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.budget.setMinimumWidth(chars(self.budget, 18))
        budget_label = QLabel(self.tr("Yearly &budget:"))
        budget_label.setBuddy(self.budget)
        self.budget.setAccessibleName(self.tr("Yearly budget"))
        self.budget.setToolTip(self.tr("Euros a year for the plan"))
        self.recommend_button = QPushButton(self.tr("&Recommend the best plan"))
        top = QHBoxLayout()
        top.addWidget(budget_label)
        top.addWidget(self.budget)
        top.addWidget(self.recommend_button)
        top.addStretch(1)

        self.model = PlanTableModel(language)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Plan lines"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        # Fitted to their contents by ``_fit_columns`` when the lines change, not in
        # ResizeToContents mode: that measures every cell again at every edit (~2 ms).
        self._fitted: dict[int, int] = {}  # column -> longest text it was fitted to
        self._refit = True
        self.model.modelReset.connect(lambda: setattr(self, "_refit", True))
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)

        self.add_choice = QComboBox()
        self.add_choice.setAccessibleName(self.tr("Offer to add"))
        self.add_choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.add_choice.setMinimumContentsLength(30)
        self.add_button = QPushButton(self.tr("&Add"))
        self.remove_button = QPushButton(self.tr("Re&move selected"))
        edit_row = QHBoxLayout()
        edit_row.addWidget(self.add_choice, 1)
        edit_row.addWidget(self.add_button)
        edit_row.addWidget(self.remove_button)

        self.total = FigureBox(self.tr("Cost to the firm"))
        self.value = FigureBox(
            self.tr("Value to employees"), self.tr("The services they receive, at their price")
        )
        self.salary = FigureBox(
            self.tr("Same money as salary, net"),
            self.tr("What employees would net if the plan's cost were paid as salary"),
        )
        self.remaining = FigureBox(self.tr("Budget left"))
        self.ccnl = FigureBox(
            self.tr("CCNL welfare already due"),
            self.tr("Compulsory welfare of your collective agreement, due on top of this plan"),
        )
        figures = QGridLayout()
        figures.setHorizontalSpacing(6)
        for column, box in enumerate(
            (self.total, self.value, self.salary, self.remaining, self.ccnl)
        ):
            figures.addWidget(box, 0, column)
            figures.setColumnStretch(column, 1)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(WARNING_STYLE)
        self.warnings.setAccessibleName(self.tr("Warnings"))
        self.funding_note = QLabel()
        self.funding_note.setWordWrap(True)
        self.funding_note.setAccessibleName(self.tr("How the budget, the CCNL and the bonus fit"))
        self.rules_note = note_label()
        self.rules_note.setAccessibleName(self.tr("Tax rules used"))

        self.reasons = QTextBrowser()
        self.reasons.setAccessibleName(self.tr("Why these offers"))
        self.reasons.document().setDefaultStyleSheet("p { margin-top: 0; margin-bottom: 6px; }")
        self.reasons.document().setUndoRedoEnabled(False)  # paragraphs are replaced in place
        self.pools_widget = QWidget()
        self.pools_box = QVBoxLayout(self.pools_widget)
        self.pools_box.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.no_pools = QLabel(self.tr("The plan has no pooled network offer."))
        self.pools_box.addWidget(self.no_pools)
        pools_scroll = QScrollArea()
        pools_scroll.setWidgetResizable(True)
        pools_scroll.setWidget(self.pools_widget)
        self.pool_bars: dict[str, QProgressBar] = {}
        self.pool_labels: dict[str, QLabel] = {}
        self.take_up = TakeUpEditor()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.reasons, self.tr("Why these offers"))
        self.tabs.addTab(pools_scroll, self.tr("Pooled offers"))
        self.tabs.addTab(self.take_up, self.tr("Take-up rates"))

        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(self.step))  # as steps 1-6: heading, intro, status
        layout.addWidget(intro)
        layout.addWidget(self.status_label)
        layout.addLayout(top)
        layout.addWidget(self.table, 3)
        layout.addLayout(edit_row)
        layout.addLayout(figures)
        layout.addWidget(self.warnings)
        layout.addWidget(self.funding_note)
        layout.addWidget(self.rules_note)
        layout.addWidget(self.tabs, 2)

        self.model.quantity_changed.connect(self._on_quantity)
        self.recommend_button.clicked.connect(self.recommend)
        self.add_button.clicked.connect(self.add_selected_offer)
        self.remove_button.clicked.connect(self.remove_selected)
        self.budget.valueChanged.connect(self._on_budget)
        self.take_up.rate_changed.connect(self._on_rate)
        self.take_up.reset_requested.connect(self.restore_default_rates)
        session.firm_changed.connect(self.refresh)
        session.firm_edited.connect(self.update_figures)
        session.firm_edited.connect(self.show_issues)

    # Reading -------------------------------------------------------------------------

    def refresh(self) -> None:
        firm = self.session.firm
        self.budget.blockSignals(True)
        self.budget.setValue(firm.budget.yearly_budget_cents if firm else 0)
        self.budget.blockSignals(False)
        self.update_figures()

    def update_figures(self) -> None:
        """Recompute every figure from the firm's plan, now (same event as the edit)."""
        firm = self.session.firm
        self.take_up.show_firm(firm)
        try:
            catalogue = self.plans.catalogue()
        except NoCatalogueError:
            catalogue = None
        self._catalogue = catalogue
        if firm is None or catalogue is None:
            self.figures = None
            self.model.set_lines([])
            self._show_totals(None, firm)
            return
        self.figures = self.plans.figures(firm, firm.selected_offers, catalogue=catalogue)
        self._reason_texts = self._line_reasons(firm)
        self.model.set_lines(list(self.figures.lines), self._reason_texts)
        self._fit_columns()
        self._fill_add_choice(firm, catalogue)
        self._show_totals(self.figures, firm)

    def _fit_columns(self) -> None:
        """Columns as wide as their contents: measured again when the plan's offers
        change (the model was reset) or a column's longest text grows (a cost passing
        1.000,00 €), not at every edit."""
        for column in FITTED_COLUMNS:
            longest = self.model.longest_text(column)
            if self._refit or longest > self._fitted.get(column, -1):
                self.table.resizeColumnToContents(column)
                self._fitted[column] = longest
        self._refit = False

    def _text(self, reason: Reason) -> str:
        return render(reason, self._tr, self._money)

    def _money(self, cents: int) -> str:
        return format_money(cents, self.language)

    def _line_reasons(self, firm: Firm) -> dict[str, str]:
        assert self.figures is not None
        return {
            line.offer.id: self._text(explain(firm, line.offer, line.users, line.pool))
            for line in self.figures.lines
        }

    def _fill_add_choice(self, firm: Firm, catalogue: Catalogue) -> None:
        chosen = frozenset(firm.selected_offers)
        filled = self._add_choice_for
        if filled is not None and filled[0] is catalogue and filled[1] == chosen:
            return  # the same offers are left to add, at the same prices
        # Another catalogue (its prices may differ for the same offers) or other offers
        # in the plan: fill the list again.
        self._add_choice_for = (catalogue, chosen)
        wanted = [o for o in catalogue.offers if o.id not in chosen]
        picked = self.add_choice.currentData()
        self.add_choice.clear()
        for offer in wanted:
            price = price_with_unit(offer.price_cents, offer, self.language)
            self.add_choice.addItem(f"{offer.title} — {price}", offer.id)
        if picked is not None:  # the offer the user had picked stays picked
            self.add_choice.setCurrentIndex(max(0, self.add_choice.findData(picked)))

    def _show_totals(self, figures: PlanFigures | None, firm: Firm | None) -> None:
        money = self._money
        cost = figures.cost_cents if figures else 0
        self.total.set_text(money(cost))
        self.value.set_text(money(figures.value_cents if figures else 0))
        self.salary.set_text(money(figures.salary_net_cents if figures else 0))
        budget = figures.budget_cents if figures else 0
        self.remaining.set_text(money(budget - cost) if budget else self.tr("no budget set"))
        floor = self.plans.ccnl_floor_cents(firm)[0] if firm else 0
        self.ccnl.set_text(money(floor) if floor else self.tr("none"))
        warnings = [self._text(w) for w in figures.warnings] if figures else []
        self.warnings.setText("\n".join(f"⚠ {w}" for w in warnings))
        self.warnings.setVisible(bool(warnings))
        funding = self.plans.funding(firm) if firm and figures else None
        self.funding_note.setText(self._funding_text(funding, figures) if funding else "")
        self.funding_note.setVisible(bool(self.funding_note.text()))
        self.rules_note.setText(self._rules_text(figures.year) if figures else "")
        lines = figures.lines if figures else ()
        rows = [(line.offer.title, self._reason_texts.get(line.offer.id, "")) for line in lines]
        if rows != self._reason_rows:  # laying the text out again costs a repaint
            shown, self._reason_rows = self._reason_rows, rows
            same_lines = shown is not None and len(shown) == len(rows)
            if not (rows and same_lines and self._replace_reasons(shown, rows)):
                self._set_reasons(self._reasons_html(rows))
        self._show_pools(figures.pools if figures else ())

    def _reasons_html(self, rows: list[tuple[str, str]]) -> str:
        return (
            "".join(f"<p><b>{escape(title)}</b>: {escape(reason)}</p>" for title, reason in rows)
            or f"<p>{escape(self.tr('No offer in the plan yet.'))}</p>"
        )

    def _replace_reasons(self, shown: list[tuple[str, str]], rows: list[tuple[str, str]]) -> bool:
        """Replace only the paragraphs that changed (a quantity edit: usually one) with
        what ``_reasons_html`` would show: laying out and repainting the whole text again
        costs ~2 ms at every edit. The scroll position stays where it was. False (nothing
        done) if the text is not one paragraph per line shown."""
        document = self.reasons.document()
        if document.blockCount() != len(shown):
            return False
        bold, plain = QTextCharFormat(), QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        cursor = QTextCursor(document)
        cursor.beginEditBlock()  # one layout for every paragraph replaced
        for number, (old, new) in enumerate(zip(shown, rows, strict=True)):
            if old == new:
                continue
            cursor.setPosition(document.findBlockByNumber(number).position())
            cursor.movePosition(
                QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor
            )
            title, reason = new
            cursor.insertText(_as_html_shows(title), bold)
            cursor.insertText(_as_html_shows(f": {reason}"), plain)
        cursor.endEditBlock()
        return True

    def _set_reasons(self, html: str) -> None:
        """New reasons, read from where the user was: the scroll bar neither jumps to
        the top nor blinks away (and back) while the text is replaced, which would lay
        out and repaint the text twice more at every edit."""
        bar = self.reasons.verticalScrollBar()
        policy = self.reasons.verticalScrollBarPolicy()
        position = bar.value()
        if bar.isVisible():
            self.reasons.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.reasons.setHtml(html)
        self.reasons.setVerticalScrollBarPolicy(policy)
        bar.setValue(position)

    def _rules_text(self, year: int) -> str:
        """Which year's rules, whether they were final, and that it is an estimate."""
        try:
            status = load_tax_year(year).status_in(self.language)
        except TaxYearError:
            status = ""
        text = self.tr("Figures use the %1 tax rules").replace("%1", str(year))
        if status:
            text += f" ({status})"
        return f"{text}. {self._tr('Rules', DISCLAIMER)}"

    def _funding_text(self, funding: Funding, figures: PlanFigures | None) -> str:
        """How the plan, the CCNL's welfare and the productivity bonus fit together."""
        money = self._money
        cost = figures.cost_cents if figures else 0
        parts = []
        if funding.ccnl:
            total = cost + funding.ccnl_cents
            parts.append(
                self.tr(
                    "This plan (%1) comes on top of the welfare your CCNL already makes due "
                    "(%2): %3 a year in all."
                )
                .replace("%1", money(cost))
                .replace("%2", money(funding.ccnl_cents))
                .replace("%3", money(total))
            )
        if funding.flexible_cents:
            parts.append(
                self.tr(
                    "The CCNL's flexible benefits (%1) cannot be paid in cash: employees may "
                    "spend them on services such as these, and what they spend on the plan's "
                    "services lowers that total."
                ).replace("%1", money(funding.flexible_cents))
            )
        if funding.bonus_welfare_cents:
            parts.append(
                self.tr(
                    "Of the %1 productivity bonus, %2% is expected to be taken as welfare: %3 "
                    "that reach employees whole, on which the firm saves about %4 of "
                    "employer contributions."
                )
                .replace("%1", money(funding.bonus_cents))
                .replace("%2", str(funding.bonus_percent))
                .replace("%3", money(funding.bonus_welfare_cents))
                .replace("%4", money(funding.contributions_saved_cents))
            )
        return " ".join(parts)

    def _show_pools(self, pools: tuple[PoolStatus, ...]) -> None:
        ids = [p.offer_id for p in pools]
        if ids != list(self.pool_bars):
            for widget in (*self.pool_labels.values(), *self.pool_bars.values()):
                self.pools_box.removeWidget(widget)
                widget.deleteLater()
            self.pool_bars.clear()
            self.pool_labels.clear()
            for offer_id in ids:
                label, bar = QLabel(), QProgressBar()
                label.setWordWrap(True)
                self.pools_box.addWidget(label)
                self.pools_box.addWidget(bar)
                self.pool_labels[offer_id], self.pool_bars[offer_id] = label, bar
        self.no_pools.setVisible(not pools)
        tab_text = (
            self.tr("Pooled offers (%1)").replace("%1", str(len(pools)))
            if pools
            else self.tr("Pooled offers")
        )
        if self.tabs.tabText(TAB_POOLS) != tab_text:  # a new text lays out the tab bar again
            self.tabs.setTabText(TAB_POOLS, tab_text)
        catalogue = self._catalogue
        for pool in pools:
            offer = catalogue.offer(pool.offer_id) if catalogue else None
            title = offer.title if offer else pool.offer_id
            text = (
                self.tr("%1 — %2. Users: %3 (threshold %4); firms: %5 (threshold %6).")
                .replace("%1", title)
                .replace("%2", pool_state_text(pool))
                .replace("%3", str(pool.pooled_users))
                .replace("%4", str(pool.min_users))
                .replace("%5", str(pool.pooled_firms))
                .replace("%6", str(pool.min_firms))
            )
            value, maximum = pool.progress
            bar = self.pool_bars[pool.offer_id]
            bar.setRange(0, maximum)
            bar.setValue(value)
            bar.setFormat(
                self.tr("%1 / %2 users")
                .replace("%1", str(pool.pooled_users))
                .replace("%2", str(pool.min_users))
            )
            bar.setAccessibleName(text)
            self.pool_labels[pool.offer_id].setText(text)

    # Editing -------------------------------------------------------------------------

    def recommend(self) -> None:
        """Replace the plan with the exact best one for the budget."""
        firm = self.session.firm
        if firm is None:
            return
        try:
            plan = self.plans.recommend(firm, self.budget.value())
        except NoCatalogueError:
            return
        self.session.edit(lambda f: apply_recommendation(f, plan))
        self.tabs.setCurrentIndex(TAB_REASONS)

    def add_selected_offer(self) -> None:
        offer_id = self.add_choice.currentData()
        if offer_id:
            self.session.edit(lambda f: f.selected_offers.setdefault(offer_id, 1))

    def remove_selected(self) -> None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        ids = [self.model.index(row, 0).data(OFFER_ID_ROLE) for row in sorted(rows)]
        if ids:
            self.session.edit(lambda f: [f.selected_offers.pop(i, None) for i in ids])

    def _on_quantity(self, offer_id: str, quantity: int) -> None:
        self.session.edit(lambda firm: firm.selected_offers.__setitem__(offer_id, quantity))

    def _on_budget(self, cents: int) -> None:
        def change(firm: Firm) -> None:
            firm.budget.yearly_budget_cents = cents

        self.session.edit(change)

    def _on_rate(self, key_value: str, percent: int) -> None:
        """A rate equal to the default is not stored: the default (or the network's
        estimate for an offer) applies again."""
        key = NeedKey(key_value)

        def change(firm: Firm) -> None:
            if percent == DEFAULT_TAKE_UP_PERCENT[key]:
                firm.take_up.pop(key, None)
            else:
                firm.take_up[key] = percent

        self.session.edit(change)

    def restore_default_rates(self) -> None:
        self.session.edit(lambda firm: firm.take_up.clear())

"""Step 5: budget and funding, with the CCNL's compulsory welfare already due."""

from __future__ import annotations

from datetime import date
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from wat_desktop.domain.firm import CoFundingSource, Firm
from wat_desktop.domain.glossary import Term
from wat_desktop.domain.step_checks import budget_issues
from wat_desktop.domain.steps import StepId
from wat_desktop.domain.validation import FieldIssue
from wat_desktop.formatting import MoneyParseError, format_money, parse_money
from wat_desktop.ui.firm_session import FirmSession
from wat_desktop.ui.form_helpers import (
    add_row,
    align_label_columns,
    chars_wide,
    error_label,
    new_form,
    note_label,
    set_chars_width,
    set_field_description,
    show_error,
)
from wat_desktop.ui.pages.step_page import StepPage, build_page, term_tip

if TYPE_CHECKING:
    from wat_desktop.domain.rules.ccnl_floor import CcnlObligation

MONEY_FIELDS = ("yearly_budget_cents", "productivity_bonus_cents", "co_funding_cents")


class BudgetPage(StepPage):
    step = StepId.BUDGET

    def __init__(
        self, session: FirmSession, language: str = "it", parent: QWidget | None = None
    ) -> None:
        super().__init__(session, parent)
        self.language = language
        self.year = QSpinBox()
        self.year.setRange(2024, 2100)
        self.year.setFixedWidth(chars_wide(self.year, 6) + 28)
        self.money: dict[str, QLineEdit] = {}
        self.money_errors: dict[str, QLabel] = {}
        for name in MONEY_FIELDS:
            self.money[name] = line = QLineEdit()
            line.setPlaceholderText(format_money(0, language))
            line.setAlignment(Qt.AlignmentFlag.AlignRight)
            set_chars_width(line, 16)
            line.textEdited.connect(lambda text, name=name: self._set_money(name, text))
            self.money_errors[name] = error_label()
            self.money_errors[name].setMinimumWidth(chars_wide(line, 56))
        self.convertible = QCheckBox(self.tr("Employees may take the bonus as welfare"))
        self.conversion = QSpinBox()
        self.conversion.setRange(0, 100)
        self.conversion.setSuffix(" %")
        self.conversion.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.conversion.setFixedWidth(chars_wide(self.conversion, 6) + 28)
        self.co_funding_source = QComboBox()
        for source, label in (
            # The source ("la fonte") is feminine: "Nessuna", not the shared "Nessuno".
            (CoFundingSource.NONE, self.tr("None", "co-funding source")),
            (CoFundingSource.REGIONAL, self.tr("Regional call (e.g. Piemonte WeCaRe)")),
            (CoFundingSource.NETWORK, self.tr("Territorial network or bilateral body")),
            (CoFundingSource.OTHER, self.tr("Other")),
        ):
            self.co_funding_source.addItem(label, source.value)
        self.ccnl_floor = QLabel()
        self.ccnl_floor.setWordWrap(True)
        self.ccnl_floor.setTextFormat(Qt.TextFormat.RichText)
        self.ccnl_floor_note = note_label()
        self._build_layout()
        self.year.valueChanged.connect(self._set_year)
        self.convertible.toggled.connect(self._set_convertible)
        self.conversion.valueChanged.connect(
            lambda v: self._edit(lambda f: setattr(f.budget, "bonus_conversion_percent", v))
        )
        self.co_funding_source.currentIndexChanged.connect(
            lambda i: self._edit(
                lambda f: setattr(f.budget, "co_funding_source", self.co_funding_source.itemData(i))
            )
        )

    def _build_layout(self) -> None:
        form = new_form()
        add_row(form, self.tr("&Year"), self.year)
        add_row(form, self.tr("Yearly welfare &budget"), self.money["yearly_budget_cents"])
        form.addRow("", self.money_errors["yearly_budget_cents"])
        self.budget_error = self.error_row(form, "budget", self.money["yearly_budget_cents"])
        budget = QGroupBox(self.tr("Budget"))
        budget.setLayout(form)

        bonus_form = new_form()
        add_row(
            bonus_form,
            self.tr("Yearly productivity &bonus (all employees)"),
            self.money["productivity_bonus_cents"],
            term_tip(Term.PRODUCTIVITY_BONUS),
        )
        bonus_form.addRow("", self.money_errors["productivity_bonus_cents"])
        add_row(bonus_form, self.tr("Conversion"), self.convertible)
        add_row(bonus_form, self.tr("Share expected as &welfare"), self.conversion)
        bonus = QGroupBox(self.tr("Productivity bonus"))
        bonus.setToolTip(term_tip(Term.PRODUCTIVITY_BONUS))
        bonus.setLayout(bonus_form)

        co_form = new_form()
        add_row(co_form, self.tr("Co-&funding per year"), self.money["co_funding_cents"])
        co_form.addRow("", self.money_errors["co_funding_cents"])
        add_row(co_form, self.tr("&Source"), self.co_funding_source)
        co_funding = QGroupBox(self.tr("Regional or network co-funding"))
        co_funding.setLayout(co_form)
        align_label_columns((form, bonus_form, co_form))

        floor = QGroupBox(self.tr("Compulsory welfare of your CCNL (already due)"))
        floor.setToolTip(term_tip(Term.CCNL))
        floor_layout = QVBoxLayout(floor)
        floor_layout.addWidget(self.ccnl_floor)
        floor_layout.addWidget(self.ccnl_floor_note)

        terms = QGroupBox(self.tr("Tax terms in brief"))
        terms_layout = QVBoxLayout(terms)
        self.term_labels: dict[Term, QLabel] = {}
        for term in (Term.LETT_F, Term.FRINGE_BENEFIT):
            self.term_labels[term] = label = QLabel(term_tip(term))
            label.setWordWrap(True)
            label.setToolTip(term_tip(term))
            terms_layout.addWidget(label)

        build_page(
            self,
            StepId.BUDGET,
            self.tr(
                "What you can spend on welfare in a year, and the money that may come from a "
                "productivity bonus or from co-funding. Amounts in euros, e.g. %1."
            ).replace("%1", format_money(1_200_000, self.language)),
            (budget, bonus, co_funding, floor, terms),
        )

    def _set_money(self, name: str, text: str) -> None:
        try:
            cents = parse_money(text, self.language) if text.strip() else 0
        except MoneyParseError:
            message = self.tr("Write an amount in euros, for example %1.").replace(
                "%1", format_money(123456, self.language)
            )
            show_error(self.money_errors[name], message)
            set_field_description(self.money[name], message)
            return
        show_error(self.money_errors[name], "")
        set_field_description(self.money[name], "")
        self._edit(lambda firm: setattr(firm.budget, name, cents))

    def _set_year(self, year: int) -> None:
        self._edit(lambda firm: setattr(firm.budget, "year", year))
        self._show_ccnl_floor()

    def _set_convertible(self, on: bool) -> None:
        self.conversion.setEnabled(on)
        self._edit(lambda firm: setattr(firm.budget, "bonus_convertible", on))

    def _show_ccnl_floor(self) -> None:
        """Figures from the rules engine's year files; no figure rather than a guess."""
        firm = self.session.firm
        self.ccnl_floor_note.setText("")
        if firm is None:
            self.ccnl_floor.setText("")
            return
        try:
            from wat_desktop.domain.rules.ccnl_floor import ccnl_floor

            # Each item counts only the categories it is due for (not the dirigenti).
            obligations = ccnl_floor(self.year.value(), firm.profile.ccnl, firm.profile.headcount)
        except Exception:  # unknown CCNL or no year file: say so, never invent a number
            self.ccnl_floor.setText(
                self.tr("No compulsory welfare figure is known for this CCNL and year.")
            )
            return
        if not obligations:
            self.ccnl_floor.setText(self.tr("Your CCNL carries no compulsory welfare."))
            return
        self.ccnl_floor.setText(self._floor_table(obligations))
        covered = max(item.headcount for item in obligations)
        left_out = min(item.left_out for item in obligations)
        note = (
            self.tr("Employees covered: %1; rule year %2.")
            .replace("%1", str(covered))
            .replace("%2", str(self.year.value()))
        )
        if left_out:
            note += " " + self.tr(
                "Not counted (other categories, such as dirigenti, with a contract and a "
                "fund of their own): %1."
            ).replace("%1", str(left_out))
        if any(item.solidarity for item in obligations):
            note += " " + self.tr(
                "Health fund amounts include the employer's 10% solidarity contribution."
            )
        references = dict.fromkeys(self._local(item.citation.ref) for item in obligations)
        note += "\n" + self.tr("References: %1.").replace("%1", "; ".join(references))
        self.ccnl_floor_note.setText(note)

    def _local(self, text: object) -> str:
        """A year file's text in the interface language (plain strings read as they are)."""
        in_language = getattr(text, "in_language", None)
        return in_language(self.language) if callable(in_language) else str(text)

    def _floor_table(self, obligations: list[CcnlObligation]) -> str:
        """One row per item: what it is, per employee, for the firm; then the total."""
        cell = '<td style="padding: 2px 12px 2px 0">%s</td>'
        right = '<td align="right" style="padding: 2px 0 2px 12px">%s</td>'
        rows = []
        for item in obligations:
            what = QCoreApplication.translate("CcnlObligation", item.label)
            what += f" ({self._local(item.name)})"  # a proper name: Metasalute, Federmeccanica
            per_employee = self.tr("%1 per employee").replace(
                "%1", format_money(item.per_employee, self.language, cents=False)
            )
            if item.solidarity_rate:  # 156,00 € + 10% = 171,60 €: the figures add up
                per_employee = (
                    self.tr("%1 + %2% = %3 per employee")
                    .replace("%1", format_money(item.per_employee, self.language, cents=False))
                    .replace("%2", str(int(item.solidarity_rate * 100)))
                    .replace("%3", format_money(item.per_employee_cost, self.language, cents=False))
                )
            rows.append(
                "<tr>"
                + cell % escape(what)
                + right % escape(per_employee)
                + right % escape(format_money(item.firm_cost_cents, self.language))
                + "</tr>"
            )
        total = sum(item.firm_cost_cents for item in obligations)
        total_label = self.tr("Total already due")
        rows.append(
            "<tr>"
            + cell % f"<b>{escape(total_label)}</b>"
            + right % ""
            + right % f"<b>{escape(format_money(total, self.language))}</b>"
            + "</tr>"
        )
        return "<table>" + "".join(rows) + "</table>"

    def load(self) -> None:
        firm = self.session.firm
        budget = firm.budget if firm else None
        self.year.setValue(budget.year if budget and budget.year else date.today().year)
        for name, line in self.money.items():
            cents = getattr(budget, name) if budget else 0
            line.setText(format_money(cents, self.language) if cents else "")
            show_error(self.money_errors[name], "")
        self.convertible.setChecked(bool(budget and budget.bonus_convertible))
        self.conversion.setValue(budget.bonus_conversion_percent if budget else 0)
        self.conversion.setEnabled(self.convertible.isChecked())
        source = budget.co_funding_source if budget else CoFundingSource.NONE.value
        self.co_funding_source.setCurrentIndex(max(0, self.co_funding_source.findData(source)))
        self._show_ccnl_floor()

    def refresh(self) -> None:
        self._show_ccnl_floor()  # CCNL and headcount come from the profile page
        self.show_issues()

    def should_show(self, issue: FieldIssue) -> bool:
        return self.started

    def issues(self, firm: Firm) -> list[FieldIssue]:
        return budget_issues(firm)

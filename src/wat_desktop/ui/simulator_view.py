"""The "Simulatore": the same amount as gross salary, as welfare and as a
productivity bonus in cash, side by side, with the rule year and sources of
every figure. Same calculation as ``wat-desktop simulate`` (``rules.simulate``)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from wat_desktop.domain.benefit_types import BENEFIT_TREATMENTS, BenefitType
from wat_desktop.domain.rules import (
    COLUMN_LABELS,
    DISCLAIMER,
    ROUNDING_RULE,
    Citation,
    Simulation,
    TaxYearError,
    available_years,
    load_tax_year,
    region_label,
    simulate,
)
from wat_desktop.formatting import MoneyParseError, format_money, parse_money
from wat_desktop.services.simulation_text import bonus_note, welfare_note
from wat_desktop.translations import QtTranslate
from wat_desktop.ui.domain_text import translate
from wat_desktop.ui.form_helpers import chars_wide, error_label, show_error
from wat_desktop.ui.simulator_chart import SimulatorChart

ROWS = ("employee_value", "firm_cost", "efficiency")
WARNING_COLOUR = "#8a4b00"  # dark amber: readable on the light palette, not an error red


class SimulatorDialog(QDialog):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.trs = QtTranslate(language)  # for the texts shared with the command line
        self.result: Simulation | None = None
        self.setWindowTitle(self.tr("Simulator"))
        self.resize(860, 760)

        self.year = QComboBox()
        self.year_errors = error_label()  # a year file someone broke: say which and where
        broken = []
        for year in available_years():
            try:
                load_tax_year(year)
            except TaxYearError as error:
                broken.append(str(error))
                continue
            self.year.addItem(str(year), year)
        if broken:
            show_error(
                self.year_errors,
                self.tr("Tax-year files not valid, their years are left out: %1").replace(
                    "%1", "; ".join(broken)
                ),
            )
        this_year = self.year.findData(date.today().year)
        self.year.setCurrentIndex(this_year if this_year >= 0 else self.year.count() - 1)
        self.region = QComboBox()
        self.ral = self._money_field(2_800_000)
        self.amount = self._money_field(100_000)
        self.network_fee = self._money_field(0)
        self.network_fee.setPlaceholderText(format_money(0, language).replace("€", "").strip())
        self.ral_error = error_label()
        self.amount_error = error_label()
        self.fee_error = error_label()
        self.benefit = QComboBox()
        for benefit in BenefitType:
            treatment = BENEFIT_TREATMENTS[benefit]
            label = translate("BenefitType", treatment.label)
            self.benefit.addItem(f"{label} ({treatment.legal_basis})", benefit.value)
        self.benefit.setCurrentIndex(self.benefit.findData(BenefitType.SERVICES_IN_KIND.value))
        self.benefit.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.children = QCheckBox(self.tr("Employee with fiscally dependent &children"))
        self.children.setToolTip(
            self.tr("Raises the fringe-benefit ceiling; needs the employee's self-declaration.")
        )

        # One grid for all inputs, so the labels of both columns line up.
        inputs = QGridLayout()
        inputs.setHorizontalSpacing(10)
        inputs.setColumnMinimumWidth(2, 18)
        inputs.setColumnStretch(4, 1)
        _input(inputs, 0, 0, self.tr("Tax &year:"), self.year)
        _input(
            inputs,
            1,
            0,
            self.tr("Gross annual &salary (RAL), €:"),
            self.ral,
            self.tr("The employee's yearly gross pay before this amount."),
        )
        inputs.addWidget(self.ral_error, 2, 1)
        _input(
            inputs, 3, 0, self.tr("&Amount, €:"), self.amount, self.tr("The yearly amount to pay.")
        )
        inputs.addWidget(self.amount_error, 4, 1)
        _input(
            inputs,
            0,
            3,
            self.tr("&Region:"),
            self.region,
            self.tr("Which regional income-tax surcharge applies."),
        )
        _input(
            inputs,
            1,
            3,
            self.tr("&Network fee, €:"),
            self.network_fee,
            self.tr("A per-firm fee of the territorial network, added to the welfare cost."),
        )
        inputs.addWidget(self.fee_error, 2, 4)
        _input(
            inputs,
            5,
            0,
            self.tr("&Welfare as:"),
            self.benefit,
            self.tr("The benefit type of art. 51 TUIR the amount is paid as."),
            span=4,
        )
        inputs.addWidget(self.children, 6, 1, 1, 4)

        self.cells: dict[tuple[str, str], QLabel] = {}
        self.headers: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setColumnStretch(0, 1)
        row_labels = (
            self.tr("To the employee"),
            self.tr("Cost to the firm"),
            self.tr("Value per euro"),
        )
        for row, text in enumerate(row_labels, start=1):
            grid.addWidget(QLabel(f"<b>{text}</b>"), row, 0)
        for column, key in enumerate(COLUMN_LABELS, start=1):
            header = QLabel(f"<b>{translate('Rules', COLUMN_LABELS[key])}</b>")
            header.setWordWrap(True)
            header.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
            header.setMinimumWidth(chars_wide(header, 20))
            self.headers[key] = header
            grid.addWidget(header, 0, column)
            grid.setColumnStretch(column, 1)
            for row, field in enumerate(ROWS, start=1):
                cell = QLabel()
                cell.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
                cell.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # keyboard users can read it
                self.cells[(key, field)] = cell
                grid.addWidget(cell, row, column)

        self.chart = SimulatorChart(language)
        self.welfare_note = QLabel()
        self.welfare_note.setWordWrap(True)
        self.welfare_note.setStyleSheet(f"color: {WARNING_COLOUR};")
        self.welfare_note.setVisible(False)
        self.bonus_note = QLabel()
        self.bonus_note.setWordWrap(True)
        self.rules_note = QLabel()
        self.rules_note.setWordWrap(True)
        self.rules_note.setTextFormat(Qt.TextFormat.RichText)
        self.rules_note.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.rules_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rules_note.setContentsMargins(6, 4, 6, 4)
        self.disclaimer = QLabel()
        self.disclaimer.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.year_errors)
        layout.addLayout(inputs)
        layout.addSpacing(6)
        layout.addLayout(grid)
        layout.addWidget(self.chart)
        layout.addWidget(self.welfare_note)
        layout.addWidget(self.bonus_note)
        sources_area = QScrollArea()  # the sources list grows with the rules used
        sources_area.setWidget(self.rules_note)
        sources_area.setWidgetResizable(True)
        sources_area.setMinimumHeight(190)
        sources_area.setAccessibleName(self.tr("Rules and sources"))
        self.sources_area = sources_area
        layout.addWidget(sources_area, 1)
        layout.addWidget(self.disclaimer)
        layout.addWidget(buttons)

        self._fill_regions()
        self.year.currentIndexChanged.connect(self._on_year)
        for combo in (self.region, self.benefit):
            combo.currentIndexChanged.connect(self.recalculate)
        for line in (self.ral, self.amount, self.network_fee):
            line.textChanged.connect(self.recalculate)
        self.children.toggled.connect(self.recalculate)
        self.recalculate()

    def _money_field(self, cents: int) -> QLineEdit:
        text = format_money(cents, self.language).replace("€", "").strip() if cents else ""
        field = QLineEdit(text)
        field.setAlignment(Qt.AlignmentFlag.AlignRight)
        field.setMaximumWidth(chars_wide(field, 16))
        return field

    def _fill_regions(self) -> None:
        current = self.region.currentData() or "piemonte"
        self.region.blockSignals(True)
        self.region.clear()
        year = self.year.currentData()
        for region in load_tax_year(year).regions if year is not None else []:
            self.region.addItem(translate("Rules", region_label(region)), region)
        index = self.region.findData(current)
        self.region.setCurrentIndex(max(0, index))
        self.region.blockSignals(False)

    def _on_year(self) -> None:
        self._fill_regions()
        self.recalculate()

    def _money(
        self, field: QLineEdit, error: QLabel, *, empty_is_zero: bool = False
    ) -> Decimal | None:
        if empty_is_zero and not field.text().strip():
            show_error(error, "")
            return Decimal(0)
        try:
            cents = parse_money(field.text(), self.language)
        except MoneyParseError:
            show_error(error, self.tr("Enter an amount in euros, e.g. 1.000,00."))
            return None
        show_error(error, "")
        return Decimal(cents) / 100

    def recalculate(self) -> None:
        ral = self._money(self.ral, self.ral_error)
        amount = self._money(self.amount, self.amount_error)
        fee = self._money(self.network_fee, self.fee_error, empty_is_zero=True)
        benefit = BenefitType(self.benefit.currentData())
        self.children.setEnabled(BENEFIT_TREATMENTS[benefit].counts_to_fringe_ceiling)
        if ral is None or amount is None or fee is None or self.year.currentData() is None:
            self.result = None
            self._show_empty()
            return
        self.result = simulate(
            self.year.currentData(),
            ral,
            amount,
            self.region.currentData(),
            fee,
            benefit,
            self.children.isChecked() and self.children.isEnabled(),
        )
        self._show(self.result)

    def _show_empty(self) -> None:
        for cell in self.cells.values():
            cell.setText("—")
            cell.setToolTip("")
        self.chart.set_bars([], "", "")
        self.welfare_note.setVisible(False)

    def _rule_line(self, citation: Citation) -> str:
        lang = self.language
        text = f"{escape(citation.ref_in(lang))} — <i>{escape(citation.source_in(lang))}</i>"
        if citation.assumption:
            text += " " + escape(translate("Rules", "[assumption]"))
        return text

    def _show(self, result: Simulation) -> None:
        lang = self.language
        year_text = (
            self.tr("Estimate with the rules of tax year %1 (%2):")
            .replace("%1", str(result.year))
            .replace("%2", result.file_name)
        )
        bars = []
        for key, outcome in result.columns:
            label = translate("Rules", COLUMN_LABELS[key])
            rules = "\n".join("• " + c.ref_in(lang) for c in result.column_citations(key))
            where = f"{year_text}\n{rules}"
            texts = {
                "employee_value": format_money(outcome.employee_value, lang),
                "firm_cost": format_money(outcome.firm_cost, lang),
                "efficiency": _ratio(outcome.efficiency, lang),
            }
            for field, text in texts.items():
                cell = self.cells[(key, field)]
                cell.setText(text)
                cell.setToolTip(where)
                cell.setAccessibleName(f"{label}: {text}")
                cell.setAccessibleDescription(where)
            self.headers[key].setToolTip(where)
            bars.append((label, outcome.employee_value, outcome.firm_cost))
        value_text, cost_text = self.tr("To the employee"), self.tr("Cost to the firm")
        self.chart.set_bars(bars, value_text, cost_text)
        self.chart.setAccessibleName(self.tr("Chart: to the employee and cost to the firm"))
        self.chart.setAccessibleDescription(
            "; ".join(
                f"{name}: {value_text} {format_money(v, lang)}, {cost_text} {format_money(c, lang)}"
                for name, v, c in bars
            )
        )
        note = welfare_note(result, self.trs)  # names the ceiling it is about
        self.welfare_note.setText(note)
        self.welfare_note.setVisible(bool(note))
        self.bonus_note.setText(bonus_note(result, self.trs))
        parts = [
            escape(
                self.tr("Rules of tax year %1 (%2): %3")
                .replace("%1", str(result.year))
                .replace("%2", result.file_name)
                .replace("%3", result.year_status.in_language(lang))
            )
        ]
        for key, _outcome in result.columns:
            parts.append(f"<br><b>{escape(translate('Rules', COLUMN_LABELS[key]))}</b>")
            parts += [f"<br>• {self._rule_line(c)}" for c in result.column_citations(key)]
        parts.append("<br>" + escape(translate("Rules", ROUNDING_RULE)))
        self.rules_note.setText("<small>" + "".join(parts) + "</small>")
        self.disclaimer.setText(f"<b>{escape(translate('Rules', DISCLAIMER))}</b>")


def _input(
    grid: QGridLayout,
    row: int,
    column: int,
    label_text: str,
    widget: QWidget,
    help_text: str = "",
    span: int = 1,
) -> None:
    """A labelled input in ``grid``: the label is the widget's buddy (Alt+key) and
    its accessible name, as ``form_helpers.add_row`` does for forms."""
    label = QLabel(label_text)
    label.setBuddy(widget)
    widget.setAccessibleName(label_text.replace("&", ""))
    if help_text:
        widget.setToolTip(help_text)
        widget.setAccessibleDescription(help_text)
        label.setToolTip(help_text)
    grid.addWidget(label, row, column)
    alignment = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    grid.addWidget(widget, row, column + 1, 1, span, alignment)


def _ratio(value: Decimal, language: str) -> str:
    text = f"{value:.2f}"
    return text.replace(".", ",") if language == "it" else text

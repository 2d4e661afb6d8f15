"""Step 4: how much each need matters (1-5) and the measures already in place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QWidget,
)

from wat_desktop.domain.firm import Firm, Measure
from wat_desktop.domain.need_areas import WELFARE_INDEX_LABELS, NeedArea, WelfareIndexArea
from wat_desktop.domain.step_checks import relevance_issues
from wat_desktop.domain.steps import StepId
from wat_desktop.domain.validation import FieldIssue
from wat_desktop.ui.domain_text import area_label
from wat_desktop.ui.firm_session import FirmSession
from wat_desktop.ui.form_helpers import (
    add_row,
    chars_wide,
    error_label,
    new_form,
)
from wat_desktop.ui.pages.step_page import StepPage, build_page


class RatingSpin(QSpinBox):
    """A 1-5 rating that says what each number means ("4 - very relevant"); arrows,
    Page Up/Down or typing the digit change it, 0 reads "not rated"."""

    def __init__(self, labels: list[str], not_rated: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._labels = labels
        self.setRange(0, len(labels))
        self.setSpecialValueText(not_rated)
        longest = max((*labels, not_rated), key=len)
        self.setFixedWidth(chars_wide(self, len(longest) + 4) + 28)

    def textFromValue(self, value: int) -> str:
        return self._labels[value - 1] if 1 <= value <= len(self._labels) else str(value)

    def valueFromText(self, text: str) -> int:
        digits = [ch for ch in text if ch.isdigit()]
        return int(digits[0]) if digits else 0

    def validate(self, text: str, pos: int) -> object:
        digits = [ch for ch in text if ch.isdigit()]
        if text in self._labels or (digits and int(digits[0]) <= len(self._labels)):
            return (QValidator.State.Acceptable, text, pos)
        return (QValidator.State.Intermediate, text, pos)


class RelevancePage(StepPage):
    step = StepId.RELEVANCE

    def __init__(self, session: FirmSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.ratings: dict[NeedArea, QSpinBox] = {}
        self.in_place: dict[WelfareIndexArea, QCheckBox] = {}
        self.shares: dict[WelfareIndexArea, QSpinBox] = {}
        levels = [
            self.tr("1 - not relevant"),
            self.tr("2 - slightly relevant"),
            self.tr("3 - fairly relevant"),
            self.tr("4 - very relevant"),
            self.tr("5 - essential"),
        ]

        ratings_form = new_form()
        for area in NeedArea:
            self.ratings[area] = spin = RatingSpin(levels, self.tr("not rated"))
            spin.valueChanged.connect(lambda value, area=area: self._rate(area, value))
            add_row(
                ratings_form,
                area_label(area),
                spin,
                self.tr("1 = not relevant, 5 = essential"),
            )
        self.rating_error = self.error_row(ratings_form, "relevance", None)
        ratings = QGroupBox(self.tr("How relevant is each need to your firm? (1-5)"))
        ratings.setLayout(ratings_form)

        measures = QGroupBox(self.tr("Welfare measures you already have (Welfare Index PMI areas)"))
        grid = QGridLayout(measures)
        grid.setColumnStretch(3, 1)
        for row, area in enumerate(WelfareIndexArea):
            self._add_measure(grid, 2 * row, area)
        # The tick boxes start where the ratings above start: one column down the page.
        labels = [
            ratings_form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
            for row in range(len(NeedArea))
        ]
        titles = [grid.itemAtPosition(2 * row, 0).widget() for row in range(len(WelfareIndexArea))]
        width = max(widget.sizeHint().width() for widget in (*labels, *titles))
        for label in labels:
            label.setMinimumWidth(width)
        grid.setHorizontalSpacing(max(ratings_form.horizontalSpacing(), 6))
        grid.setColumnMinimumWidth(0, width)

        build_page(
            self,
            StepId.RELEVANCE,
            self.tr(
                "Rate every need, then tick the welfare measures your firm already offers and "
                "say what share of the staff each one reaches."
            ),
            (ratings, measures),
        )

    def _add_measure(self, grid: QGridLayout, row: int, area: WelfareIndexArea) -> None:
        label = QCoreApplication.translate("WelfareIndexArea", WELFARE_INDEX_LABELS[area])
        title = QLabel(label)
        check = QCheckBox(self.tr("in place"))
        title.setBuddy(check)
        check.setAccessibleName(self.tr("%1: in place").replace("%1", label))
        share = QSpinBox()
        share.setRange(0, 100)
        share.setSuffix(self.tr(" % of staff"))
        share.setSpecialValueText("—")  # nothing in place, nobody reached
        share.setAlignment(Qt.AlignmentFlag.AlignRight)
        share.setFixedWidth(chars_wide(share, len(share.suffix()) + 6) + 28)
        share.setAccessibleName(self.tr("%1: share of staff reached").replace("%1", label))
        share.setToolTip(self.tr("Share of the staff this measure reaches"))
        check.toggled.connect(lambda on, area=area: self._set_in_place(area, on))
        share.valueChanged.connect(lambda value, area=area: self._set_share(area, value))
        grid.addWidget(title, row, 0)
        grid.addWidget(check, row, 1)
        grid.addWidget(share, row, 2)
        error = error_label()
        grid.addWidget(error, row + 1, 0, 1, 4)
        self.in_place[area], self.shares[area] = check, share
        self.register_error(f"measure_{area.value}", error, share)

    def _rate(self, area: NeedArea, value: int) -> None:
        def change(firm: Firm) -> None:
            if value:
                firm.relevance[area] = value
            else:
                firm.relevance.pop(area, None)

        self._edit(change)

    def _measure(self, firm: Firm, area: WelfareIndexArea) -> Measure:
        return firm.measures.setdefault(area, Measure())

    def _set_in_place(self, area: WelfareIndexArea, on: bool) -> None:
        self.shares[area].setEnabled(on)
        self._edit(lambda firm: setattr(self._measure(firm, area), "in_place", on))

    def _set_share(self, area: WelfareIndexArea, value: int) -> None:
        self._edit(lambda firm: setattr(self._measure(firm, area), "staff_share", value))

    def load(self) -> None:
        firm = self.session.firm
        for area, spin in self.ratings.items():
            spin.setValue(firm.relevance.get(area, 0) if firm else 0)
        for area, check in self.in_place.items():
            measure = firm.measures.get(area, Measure()) if firm else Measure()
            check.setChecked(measure.in_place)
            self.shares[area].setValue(measure.staff_share)
            self.shares[area].setEnabled(measure.in_place)

    def issues(self, firm: Firm) -> list[FieldIssue]:
        return relevance_issues(firm)

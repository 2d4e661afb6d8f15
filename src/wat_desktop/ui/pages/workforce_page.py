"""Step 2: the workforce in broad bands (age, gender, shifts, commuting)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QSpinBox, QWidget

from wat_desktop.domain.firm import AGE_FIELDS, COMMUTE_FIELDS, GENDER_FIELDS, Firm
from wat_desktop.domain.step_checks import MSG_BANDS_SHORT, workforce_issues
from wat_desktop.domain.steps import StepId
from wat_desktop.domain.validation import FieldIssue
from wat_desktop.ui.firm_session import FirmSession
from wat_desktop.ui.form_helpers import (
    add_row,
    align_label_columns,
    count_spin,
    new_form,
    note_label,
)
from wat_desktop.ui.pages.step_page import StepPage, build_page

# Bands that must add up to the headcount show a running "n of N" under them.
SUMMED_GROUPS = {"age": AGE_FIELDS, "gender": GENDER_FIELDS, "commute": COMMUTE_FIELDS}


class WorkforcePage(StepPage):
    step = StepId.WORKFORCE

    def __init__(self, session: FirmSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.spins: dict[str, QSpinBox] = {}
        self.sums: dict[str, QLabel] = {}
        groups = (
            (
                "age",
                self.tr("Age"),
                (
                    ("age_under_30", self.tr("&Under 30")),
                    ("age_30_44", self.tr("30 to &44")),
                    ("age_45_54", self.tr("45 to &54")),
                    ("age_55_plus", self.tr("55 and &over")),
                ),
            ),
            (
                "gender",
                self.tr("Gender"),
                (
                    ("women", self.tr("&Women")),
                    ("men", self.tr("&Men")),
                    ("gender_not_stated", self.tr("&Not stated")),
                ),
            ),
            (
                "commute",
                self.tr("Distance from home to work"),
                (
                    ("commute_under_10km", self.tr("Less than &10 km")),
                    ("commute_10_30km", self.tr("&From 10 to 30 km")),
                    ("commute_over_30km", self.tr("More than &30 km")),
                ),
            ),
            ("shift", self.tr("Working time"), (("shift_workers", self.tr("&Shift workers")),)),
        )
        forms: list[QFormLayout] = []
        boxes: list[QWidget] = []
        for group, title, rows in groups:
            form = new_form()
            for name, label in rows:
                self.spins[name] = spin = count_spin()
                spin.valueChanged.connect(lambda value, name=name: self._set(name, value))
                add_row(form, label, spin)
            if group in SUMMED_GROUPS:
                self.sums[group] = note_label(wrap=False)
                form.addRow("", self.sums[group])
            first = self.spins[rows[0][0]]
            field = "shift_workers" if group == "shift" else group
            self.error_row(form, field, first, title if group != "shift" else "")
            box = QGroupBox(title)
            box.setLayout(form)
            forms.append(form)
            boxes.append(box)
        align_label_columns(forms)
        self.headcount_note = build_page(self, StepId.WORKFORCE, "", boxes)

    def _set(self, name: str, value: int) -> None:
        group = next((g for g, names in SUMMED_GROUPS.items() if name in names), name)
        self._edit(lambda firm: setattr(firm.workforce, name, value), group)
        self._update_note()

    def should_show(self, issue: FieldIssue) -> bool:
        # "Only 9 of 24 so far" is news once the user is filling that group in; the
        # running count and the status line say it quietly before then.
        return issue.message != MSG_BANDS_SHORT or issue.field in self.touched

    def _update_note(self) -> None:
        firm = self.session.firm
        total = firm.profile.headcount.total if firm else 0
        self.headcount_note.setText(
            self.tr("Employees in your firm: %1 (from the company profile).").replace(
                "%1", str(total)
            )
            + " "
            + self.tr("Count people, never write names.")
        )
        self.headcount_note.setVisible(True)
        for group, names in SUMMED_GROUPS.items():
            counted = sum(self.spins[name].value() for name in names)
            self.sums[group].setText(
                self.tr("Counted: %1 of %2").replace("%1", str(counted)).replace("%2", str(total))
            )

    def load(self) -> None:
        firm = self.session.firm
        for name, spin in self.spins.items():
            spin.setValue(getattr(firm.workforce, name) if firm else 0)
        self._update_note()

    def refresh(self) -> None:
        self._update_note()
        self.show_issues()

    def issues(self, firm: Firm) -> list[FieldIssue]:
        return workforce_issues(firm)

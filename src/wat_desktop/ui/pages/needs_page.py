"""Step 3: aggregate need counts (never names), with the anonymous survey's figures
beside them once a survey is imported ("< 5", "almeno 11" for a hidden one), a note
on what the counts hold then, and a warning while the plan predates the survey."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from wat_desktop.domain.firm import Firm
from wat_desktop.domain.need_areas import NeedArea
from wat_desktop.domain.need_counts import NeedKey, keys_of_area
from wat_desktop.domain.step_checks import need_issues
from wat_desktop.domain.steps import StepId
from wat_desktop.domain.survey.after_import import plan_predates_survey
from wat_desktop.domain.survey.result import CellStatus, SurveyResult
from wat_desktop.domain.validation import FieldIssue
from wat_desktop.formatting import format_date
from wat_desktop.ui.domain_text import InstalledTranslate, area_label, need_label
from wat_desktop.ui.firm_session import FirmSession
from wat_desktop.ui.form_helpers import align_label_columns, count_spin, new_form, note_label
from wat_desktop.ui.pages.step_page import StepPage, build_page


class NeedsPage(StepPage):
    step = StepId.NEEDS
    survey_requested = Signal()

    def __init__(self, session: FirmSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.spins: dict[NeedKey, QSpinBox] = {}
        self.errors: dict[NeedKey, QLabel] = {}
        self.survey_notes: dict[NeedKey, QLabel] = {}
        self.survey_button = QPushButton(self.tr("Anonymous employee &survey…"))
        self.survey_button.clicked.connect(self.survey_requested.emit)
        self.survey_status = note_label()
        survey_row = QWidget()
        survey_layout = QHBoxLayout(survey_row)
        survey_layout.setContentsMargins(0, 0, 0, 0)
        survey_layout.addWidget(self.survey_button)
        survey_layout.addWidget(self.survey_status, 1)
        # What "< 5" and "almeno 11" mean, and what the count beside them holds.
        self.survey_legend = note_label()
        self.survey_legend.setVisible(False)
        # The saved plan was chosen for the counts before the latest survey.
        self.plan_warning = QLabel()
        self.plan_warning.setWordWrap(True)
        self.plan_warning.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # read by screen readers
        self.plan_warning.setStyleSheet(
            "QLabel { background: rgba(230, 160, 0, 45); border-radius: 3px; padding: 4px 8px; }"
        )
        self.plan_warning.setVisible(False)

        # One form for every count, with the need areas as headings: the fields
        # line up down the page and nothing is boxed in on its own.
        form = new_form()
        form.setVerticalSpacing(6)
        for number, area in enumerate(NeedArea):
            heading = QLabel(f"<b>{escape(area_label(area))}</b>")
            if number:
                heading.setContentsMargins(0, 10, 0, 0)
            form.addRow(heading)
            for key in keys_of_area(area):
                self._add_count(form, key)
        counts = QGroupBox(self.tr("Need counts"))
        counts.setLayout(form)
        align_label_columns([form])
        boxes: list[QWidget] = [survey_row, self.survey_legend, self.plan_warning, counts]
        self.intro = build_page(self, StepId.NEEDS, self._intro_text(), boxes)

    def _intro_text(self) -> str:
        return self.tr(
            "How many of your employees have each need? Enter totals only: no names, "
            "no personal data. Children are counted one by one."
        )

    def _add_count(self, form: QFormLayout, key: NeedKey) -> None:
        spin = count_spin()
        spin.valueChanged.connect(lambda value, key=key: self._on_changed(key, value))
        label = QLabel(need_label(key))
        label.setContentsMargins(12, 0, 0, 0)  # under its area's heading
        label.setBuddy(spin)
        spin.setAccessibleName(need_label(key))
        note = note_label(wrap=False)  # a short figure: wrapped, it split in two lines
        note.setVisible(False)
        field = QWidget()
        row = QHBoxLayout(field)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(spin)
        row.addWidget(note)
        row.addStretch(1)
        form.addRow(label, field)
        self.spins[key] = spin
        self.survey_notes[key] = note
        self.errors[key] = self.error_row(form, key.value, spin)

    def _on_changed(self, key: NeedKey, value: int) -> None:
        self._edit(lambda firm: firm.needs.__setitem__(key, value))

    def load(self) -> None:
        firm = self.session.firm
        for key, spin in self.spins.items():
            spin.setValue(firm.need(key) if firm else 0)
        self._show_survey(SurveyResult.from_dict(firm.survey) if firm else None)
        self._show_headcount()

    def _show_headcount(self) -> None:
        firm = self.session.firm
        total = firm.profile.headcount.total if firm else 0
        self.intro.setText(
            self._intro_text()
            + " "
            + self.tr("Employees in your firm: %1.").replace("%1", str(total))
        )

    def _show_survey(self, result: SurveyResult | None) -> None:
        """Beside each count, what the survey published for it (or its marker)."""
        tr = InstalledTranslate()
        for key, note in self.survey_notes.items():
            row = result.rows.get(key) if result else None
            text = explained = ""
            if result is not None and row is not None:
                text = self.tr("survey: %1").replace("%1", result.need_text(key, tr))
                explained = f"{text}. {self._marker_help(result, key)}".strip()
            note.setText(text)
            note.setVisible(bool(text))
            note.setToolTip(explained)
            spin = self.spins[key]
            spin.setToolTip(explained)
            spin.setAccessibleDescription(explained)
        self._show_plan_warning()
        self.survey_legend.setVisible(result is not None and not result.pooling_advised)
        if result is None:
            self.survey_status.setText(
                self.tr(
                    "You can also collect the answers with the anonymous questionnaire and "
                    "import them here."
                )
            )
            return
        status = self.tr("Survey of %1: %2 of %3 employees answered.")
        imported = _date_text(result.imported_on)
        status = (
            status.replace("%1", imported)
            .replace("%2", str(result.respondents))
            .replace("%3", str(result.headcount))
        )
        if result.pooling_advised:
            status += " " + self.tr(
                "Too few answers to show any figure: pool the survey with other firms of "
                "your territorial network."
            )
        self.survey_status.setText(status)
        self.survey_legend.setText(
            self.tr(
                '"< %1": fewer than %1 people, so the exact figure is not shown. "at least N": '
                "hidden, because together with the other totals it would give away a figure "
                "about fewer than %1 people. In both cases the count holds the least the "
                "published figures prove, and the plan uses it; you can change it. A question "
                "the survey does not publish keeps your own figure."
            ).replace("%1", str(result.threshold))
        )

    def _marker_help(self, result: SurveyResult, key: NeedKey) -> str:
        """One sentence on what a marker means and what the count beside it holds."""
        row = result.rows[key]
        floor = result.need_floor(key)
        status = row.need.status
        if status is CellStatus.SMALL:
            text = self.tr(
                "Fewer than %1 people: the exact figure is not shown, to protect anonymity. "
                "The count holds %2, the least the survey proves."
            )
        elif status is CellStatus.HIDDEN:
            text = self.tr(
                "Hidden: with the other totals it would give away a figure about fewer than "
                "%1 people. The count holds %2, the least the published figures prove."
            )
        elif status is CellStatus.WITHHELD:
            text = self.tr(
                "Not published: the survey gives no figure for this question (fewer than %1 "
                "answers, or one that would give someone away), so the count keeps your own "
                "figure."
            )
        else:
            return ""
        return text.replace("%1", str(result.threshold)).replace("%2", str(floor or 0))

    def _show_plan_warning(self) -> None:
        """Say so while the saved plan is the one made before the latest survey."""
        firm = self.session.firm
        outdated = firm is not None and plan_predates_survey(firm)
        self.plan_warning.setVisible(outdated)
        self.plan_warning.setText(
            self.tr(
                "The plan of step 8 was made before this survey changed the counts: its "
                "quantities are for the old figures. Update it in step 8."
            )
            if outdated
            else ""
        )

    def refresh(self) -> None:
        self._show_headcount()  # the headcount may have changed on the profile page
        self._show_plan_warning()  # the plan may have changed on step 8
        self.show_issues()

    def issues(self, firm: Firm) -> list[FieldIssue]:
        return need_issues(firm)


def _date_text(iso: str) -> str:
    try:
        return format_date(date.fromisoformat(iso))
    except ValueError:
        return iso or "—"

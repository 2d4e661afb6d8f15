"""The anonymous employee survey: print the questionnaire, hand out the CSV
template, import the answers (previewing rejected rows) and show the result
with suppressed cells reading "< 5".

The import runs on the task runner (``ui/task_runner``), so the window stays live
with a busy bar, and a progress dialog with Cancel when it lasts: the worker reads,
validates, counts and suppresses (``SurveyService.prepare_import``: the file and
the release ledger, never the database). The firm is read before the worker starts
and the release is recorded and saved after it returns, both on the GUI thread,
the database's one user; a Cancel drops the result, so nothing changes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wat_desktop.domain.i18n_markers import fill
from wat_desktop.domain.need_counts import NEED_KEYS
from wat_desktop.domain.survey.after_import import plan_predates_survey
from wat_desktop.domain.survey.result import SurveyResult
from wat_desktop.formatting import format_number
from wat_desktop.safety_text import write_problem_message
from wat_desktop.services.survey_service import (
    ParsedSurvey,
    PreparedImport,
    RejectedRowsError,
    SurveyFileError,
    SurveyService,
)
from wat_desktop.translations import QtTranslate
from wat_desktop.ui.dialogs import Dialogs
from wat_desktop.ui.firm_session import FirmSession
from wat_desktop.ui.form_helpers import NOTE_STYLE, error_label, note_label, show_error
from wat_desktop.ui.task_runner import BackgroundTask, TaskControl, show_progress

MAX_PREVIEW = 200  # rejected rows listed; the count says how many there are in all
SMALL_FIRM = 10  # below about ten employees a firm's own survey can hardly stay anonymous


class SurveyDialog(QDialog):
    import_ended = Signal()  # an import came back: stored, refused or cancelled

    def __init__(
        self,
        session: FirmSession,
        surveys: SurveyService,
        dialogs: Dialogs,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.surveys = surveys
        self.dialogs = dialogs
        self.tr_ = QtTranslate(language)
        self.pending: Path | None = None
        self._task: BackgroundTask | None = None  # the import being read, if any
        self.setWindowTitle(self.tr("Anonymous employee survey"))
        self.resize(760, 700)

        intro = QLabel(
            self.tr(
                "Print the anonymous questionnaire, or send the empty CSV template to whoever "
                "types in the answers (one row per form, no names). Then import the file: "
                "only totals are kept, and any figure about fewer than %1 people is hidden."
            ).replace("%1", str(surveys.threshold))
        )
        intro.setWordWrap(True)
        template_help = QLabel(
            self.tr(
                "The template has one column per question, numbered as on the paper "
                "questionnaire (d01_figli_0_2 … d15_orario_flessibile), and one row per "
                "form. Answers: sì, no or empty; for children 0, 1, 2, 3+ or empty. No other "
                "column is accepted, so a file with names is refused. Files with the older "
                "English column names (children_0_2 …) are read too."
            )
        )
        template_help.setWordWrap(True)
        template_help.setStyleSheet(NOTE_STYLE)
        self.small_firm = QLabel()
        self.small_firm.setWordWrap(True)
        self.small_firm.setVisible(False)
        self.print_button = QPushButton(self.tr("&Print questionnaire…"))
        self.template_button = QPushButton(self.tr("Export empty &template…"))
        self.import_button = QPushButton(self.tr("&Import answers…"))
        self.busy_bar = QProgressBar()  # while the answers are being read
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(120)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setAccessibleName(self.tr("Importing the answers…"))
        self.busy_bar.setVisible(False)
        self.status = note_label()  # "Importing…", or that a Cancel changed nothing
        self.status.setVisible(False)
        buttons = QHBoxLayout()
        for button in (self.print_button, self.template_button, self.import_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.busy_bar)
        progress_row.addWidget(self.status, 1)

        self.message = error_label()
        self.rejected_label = QLabel()
        self.rejected_label.setWordWrap(True)
        self.rejected = QTableWidget(0, 2)
        self.rejected.setAccessibleName(self.tr("Rejected rows"))
        self.rejected.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Problem")])
        self.rejected.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.rejected.verticalHeader().setVisible(False)
        self.accept_valid_button = QPushButton()
        for widget in (self.rejected_label, self.rejected, self.accept_valid_button):
            widget.setVisible(False)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.results = QTableWidget(0, 2)
        self.results.setAccessibleName(self.tr("Survey results"))
        self.results.setHorizontalHeaderLabels([self.tr("Need"), self.tr("Count")])
        self.results.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.results.verticalHeader().setVisible(False)
        # The table scrolls; the explanations above it must never be squeezed.
        self.results.setMinimumHeight(self.results.verticalHeader().defaultSectionSize() * 5)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(template_help)
        layout.addWidget(self.small_firm)
        layout.addLayout(buttons)
        layout.addLayout(progress_row)
        layout.addWidget(self.message)
        layout.addWidget(self.rejected_label)
        layout.addWidget(self.rejected)
        layout.addWidget(self.accept_valid_button)
        layout.addWidget(self.summary)
        layout.addWidget(self.results, 1)
        layout.addWidget(close)

        self.print_button.clicked.connect(self.print_questionnaire)
        self.template_button.clicked.connect(self.export_template)
        self.import_button.clicked.connect(self.choose_file)
        self.accept_valid_button.clicked.connect(self.import_valid_rows)
        self._advise_small_firm()
        self.show_result()

    def _advise_small_firm(self) -> None:
        firm = self.session.firm
        headcount = firm.profile.headcount.total if firm else 0
        if 0 < headcount < max(SMALL_FIRM, 2 * self.surveys.threshold):
            self.small_firm.setText(
                self.tr(
                    "Employees in your firm: %1, too few for an anonymous survey of its own. "
                    "Ask your territorial network to run it together with other firms "
                    "(pooled at network level)."
                ).replace("%1", str(headcount))
            )
            self.small_firm.setVisible(True)

    # Actions ------------------------------------------------------------------------------

    def print_questionnaire(self) -> None:
        firm = self.session.firm
        if firm is None or firm.id is None:
            return
        path = self.dialogs.save_file(
            self.tr("Print questionnaire"),
            Path(self.tr("questionnaire.pdf")),
            self.tr("PDF files (*.pdf)"),
        )
        if path is not None:
            self._report_write(lambda: self.surveys.export_questionnaire(firm.id, path, self.tr_))

    def export_template(self) -> None:
        path = self.dialogs.save_file(
            self.tr("Export empty template"),
            Path(self.tr("survey-answers.csv")),
            self.tr("CSV files (*.csv)"),
        )
        if path is not None:
            self._report_write(lambda: self.surveys.export_template(path))

    def choose_file(self) -> None:
        path = self.dialogs.open_file(self.tr("Import answers"), self.tr("CSV files (*.csv)"))
        if path is not None:
            self.import_file(path)

    @property
    def importing(self) -> bool:
        return self._task is not None

    def import_file(self, path: Path, accept_valid: bool = False) -> None:
        """Read the file in a worker; store its survey when it comes back (``import_ended``)."""
        firm = self.session.firm
        if firm is None or firm.id is None or self.importing:
            return
        self._show_rejected(None, None)
        loaded = self.session.firms.load(firm.id)  # on the GUI thread, as the save after
        surveys = self.surveys

        def work(control: TaskControl) -> PreparedImport:
            def step(done: int, total: int) -> None:
                control.check()  # a Cancel stops the reading here, nothing stored
                control.progress(done, total)

            return surveys.prepare_import(loaded, path, accept_valid, step)

        task = BackgroundTask(work, self)
        task.succeeded.connect(self._store)
        task.failed.connect(lambda error: self._refused(path, error))
        task.cancelled.connect(self._cancelled)
        task.finished.connect(self.import_ended)  # after the outcome's slot has run
        self._task = task
        title = self.tr("Import answers")
        show_progress(task, self, title, self.tr("Importing the answers…"), self.tr("Cancel"))
        self._show_busy(self.tr("Importing the answers…"))
        task.start()

    def cancel_import(self) -> None:
        """What the progress dialog's Cancel does: the worker stops at its next rows."""
        if self._task is not None:
            self._task.cancel()

    def _store(self, prepared: PreparedImport) -> None:
        self._end_import("")
        # The GUI thread is the database's one user: record the release and save here.
        self.surveys.apply_import(prepared)
        show_error(self.message, "")
        self.session.open(prepared.firm.id)  # reload the firm's new revision
        self.show_result()

    def _refused(self, path: Path, error: object) -> None:
        self._end_import("")
        if isinstance(error, RejectedRowsError):
            self._show_rejected(path, error.parsed)
            return
        if not isinstance(error, SurveyFileError):
            raise error  # type: ignore[misc]  # unexpected: the crash dialog, as before
        issue = error.issues[0] if error.issues else None
        text = (
            fill(self.tr_.translate("SurveyCsv", issue.message), *issue.args)
            if issue
            else fill(self.tr_.translate("SurveyImport", error.message), *error.args_)
        )
        show_error(self.message, self.tr("Nothing was imported. %1").replace("%1", text))

    def _cancelled(self, _partial: object) -> None:
        self._end_import(self.tr("Import cancelled: nothing was changed."))

    def _end_import(self, note: str) -> None:
        self._task = None
        self._show_busy(note)

    def _show_busy(self, note: str) -> None:
        self.busy_bar.setVisible(self.importing)
        self.import_button.setEnabled(not self.importing)
        self.status.setText(note)
        self.status.setVisible(bool(note))

    def done(self, result: int) -> None:
        """Closed while importing: the import is cancelled, nothing is stored."""
        self.cancel_import()
        super().done(result)

    def import_valid_rows(self) -> None:
        if self.pending is not None:
            self.import_file(self.pending, accept_valid=True)

    # Display ------------------------------------------------------------------------------

    def _show_rejected(self, path: Path | None, parsed: ParsedSurvey | None) -> None:
        self.pending = path
        visible = parsed is not None
        for widget in (self.rejected_label, self.rejected, self.accept_valid_button):
            widget.setVisible(visible)
        if parsed is None:
            return
        self.rejected_label.setText(
            self.tr(
                "Rows with errors: %1 (listed below by line number), so nothing was imported. "
                "Correct them in the file and import it again, or import only the valid "
                "rows (%2)."
            )
            .replace("%1", str(len(parsed.rejected)))
            .replace("%2", str(len(parsed.responses)))
        )
        shown = parsed.rejected[:MAX_PREVIEW]
        self.rejected.setRowCount(len(shown))
        for row, issue in enumerate(shown):
            problem = fill(self.tr_.translate("SurveyCsv", issue.message), *issue.args)
            self.rejected.setItem(row, 0, QTableWidgetItem(str(issue.line)))
            self.rejected.setItem(row, 1, QTableWidgetItem(problem))
        self.accept_valid_button.setText(
            self.tr("Import only the valid rows (%1)").replace("%1", str(len(parsed.responses)))
        )
        self.accept_valid_button.setEnabled(bool(parsed.responses))

    def show_result(self) -> None:
        firm = self.session.firm
        result = SurveyResult.from_dict(firm.survey) if firm else None
        self.results.setRowCount(0)
        if result is None:
            self.summary.setText(self.tr("No survey imported yet."))
            return
        self.summary.setText(self._summary_text(result))
        self.results.setRowCount(len(result.rows))
        for row, key in enumerate(result.rows):
            label = self.tr_.translate("NeedKey", NEED_KEYS[key].label)
            self.results.setItem(row, 0, QTableWidgetItem(label))
            item = QTableWidgetItem(result.need_text(key, self.tr_))
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.results.setItem(row, 1, item)
        self.results.resizeColumnToContents(1)

    def _summary_text(self, result: SurveyResult) -> str:
        rate = result.response_rate
        text = (
            self.tr("%1 of %2 employees answered (%3%).")
            .replace("%1", format_number(result.respondents, self.tr_.language))
            .replace("%2", format_number(result.headcount, self.tr_.language))
            .replace("%3", str(round(rate * 100)) if rate is not None else "—")
        )
        text += " " + self.tr(
            '"< %1": fewer than %1 people, so the exact figure is not shown. "at least N": '
            "hidden, because together with the other totals it would give away a figure "
            "about fewer than %1 people."
        ).replace("%1", str(result.threshold))
        if not result.pooling_advised:
            text += " " + self.tr(
                "The counts of step 3 (Needs) now come from this survey: the figure shown, "
                'or for "< %1" and "at least N" the least the published figures prove. A '
                "question the survey does not publish keeps your own figure."
            ).replace("%1", str(result.threshold))
        firm = self.session.firm
        if firm is not None and plan_predates_survey(firm):
            text += "\n\n" + self.tr(
                "The plan of step 8 was made before this survey changed the counts: update "
                "it in step 8."
            )
        if result.pooling_advised:
            text += "\n\n" + self.tr(
                "Too few answers to show any figure without identifying someone. Run the "
                "survey together with other firms of your territorial network (pooled at "
                "network level), so that every figure covers at least %1 people."
            ).replace("%1", str(result.threshold))
        return text

    def _report_write(self, write: Callable[[], Path]) -> None:
        from wat_desktop.infra.atomic_file import FileWriteError

        try:
            path = write()
        except FileWriteError as error:
            show_error(self.message, write_problem_message(error, self.tr_))
            return
        show_error(self.message, "")
        self.summary.setText(self.tr("Written to %1").replace("%1", str(path)))

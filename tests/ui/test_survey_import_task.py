"""The survey import runs off the GUI thread: the dialog stays live while the answers
are read, a Cancel (or closing the dialog) stores nothing, and what is stored and
shown is what the one-step import of the command line stores.

Slowness is injected through the import's ``step`` seam: the worker waits at its
first step until the test lets it go, so nothing here depends on timing."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressDialog, QPushButton

from tests.ui.fake_dialogs import FakeDialogs
from tests.ui.test_survey_ui import DATA, _column, _dialog, _import, _window_with_firm
from wat_desktop.domain.firm import CompanyProfile, Firm, Headcount
from wat_desktop.domain.survey.csv_schema import COLUMNS
from wat_desktop.services.survey_service import SurveyService
from wat_desktop.services.synth_files import survey_csv_bytes


class _Held:
    """``SurveyService.prepare_import`` held at its first step until ``release``, and
    the thread each part of the import ran in."""

    def __init__(self, monkeypatch) -> None:
        self.reached, self.released = threading.Event(), threading.Event()
        self.prepared_in: list[threading.Thread] = []
        self.applied_in: list[threading.Thread] = []
        self.steps: list[tuple[int, int]] = []
        prepare, apply = SurveyService.prepare_import, SurveyService.apply_import

        def held_prepare(service, firm, path, accept_valid=False, step=None):
            self.prepared_in.append(threading.current_thread())

            def held_step(done: int, total: int) -> None:
                if not self.reached.is_set():
                    self.reached.set()
                    assert self.released.wait(30), "the test never let the import go"
                self.steps.append((done, total))
                if step is not None:
                    step(done, total)

            return prepare(service, firm, path, accept_valid, held_step)

        def spied_apply(service, prepared):
            self.applied_in.append(threading.current_thread())
            return apply(service, prepared)

        monkeypatch.setattr(SurveyService, "prepare_import", held_prepare)
        monkeypatch.setattr(SurveyService, "apply_import", spied_apply)

    def wait_until_reading(self) -> None:
        assert self.reached.wait(30), "the import never started reading"


def _ledger(window) -> bytes | None:
    path = window.app.release_guard._ledger.path
    return path.read_bytes() if path.exists() else None


def test_the_window_stays_live_while_the_answers_are_read(
    open_window, dialogs: FakeDialogs, qtbot, monkeypatch, tmp_path: Path
) -> None:
    window = _window_with_firm(open_window)
    dialog = _dialog(window, dialogs, qtbot)
    held = _Held(monkeypatch)
    dialogs.open_paths.append(DATA / "twenty_answers_it.csv")
    dialog.import_button.click()
    held.wait_until_reading()  # the worker is inside the import, and stays there

    # The GUI thread is free meanwhile: its event loop runs a timer and repaints.
    ticks: list[int] = []
    QTimer.singleShot(0, lambda: ticks.append(1))
    qtbot.waitUntil(lambda: ticks == [1], timeout=10_000)
    assert dialog.importing and dialog.busy_bar.isVisible()
    assert dialog.status.text() == "Importazione delle risposte in corso…"
    assert not dialog.import_button.isEnabled()  # nothing to start twice
    assert window.app.firms.load(window.session.firm.id).survey == {}  # nothing stored yet
    # A lasting import shows the progress dialog with its Cancel, in Italian.
    qtbot.waitUntil(lambda: _progress(dialog) is not None, timeout=10_000)
    progress = _progress(dialog)
    assert progress.labelText() == "Importazione delle risposte in corso…"
    assert progress.windowTitle() == "Importa risposte"
    dialog.grab().save(str(tmp_path / "survey-importing.png"))
    progress.grab().save(str(tmp_path / "survey-importing-progress.png"))

    with qtbot.waitSignal(dialog.import_ended, timeout=60_000):
        held.released.set()
    assert not dialog.importing and not dialog.busy_bar.isVisible()
    assert dialog.import_button.isEnabled() and not dialog.status.isVisible()
    assert _progress(dialog) is None  # closed with the task
    counts = dict(zip(COLUMNS, _column(dialog.results, 1), strict=True))
    assert counts["children_0_2"] == "almeno 11" and counts["caregivers_elderly"] == "7"
    assert window.session.firm.survey["respondents"] == 20
    # Read in a worker; stored on the GUI thread, the database's one user.
    assert held.prepared_in and held.prepared_in[0] is not threading.main_thread()
    assert held.applied_in == [threading.main_thread()]


def _progress(dialog) -> QProgressDialog | None:
    shown = [p for p in dialog.findChildren(QProgressDialog) if p.isVisible()]
    return shown[0] if shown else None


def test_cancel_leaves_the_survey_and_the_ledger_as_they_were(
    open_window, dialogs: FakeDialogs, qtbot, monkeypatch
) -> None:
    window = _window_with_firm(open_window)
    dialog = _dialog(window, dialogs, qtbot)
    _import(dialog, qtbot, DATA / "good_utf8.csv")  # an earlier survey, 20 answers
    before = window.app.firms.load(window.session.firm.id)
    ledger = _ledger(window)
    assert before.survey["respondents"] == 20 and ledger is not None
    shown = _column(dialog.results, 1)

    held = _Held(monkeypatch)
    dialog.import_file(DATA / "twenty_answers_it.csv")
    held.wait_until_reading()
    qtbot.waitUntil(lambda: _progress(dialog) is not None, timeout=10_000)
    with qtbot.waitSignal(dialog.import_ended, timeout=60_000):
        cancel = _progress(dialog).findChild(QPushButton)
        assert cancel.text() == "Annulla"
        cancel.click()
        held.released.set()
    assert held.steps == [held.steps[0]]  # it stopped at the step after the Cancel
    assert held.applied_in == []  # nothing stored
    after = window.app.firms.load(window.session.firm.id)
    assert after.survey == before.survey and after.needs == before.needs
    assert after.revision == before.revision
    assert _ledger(window) == ledger  # the dropped release was never recorded
    assert window.session.firm.survey == before.survey and _column(dialog.results, 1) == shown
    assert dialog.status.text() == "Importazione annullata: non è stato modificato nulla."
    assert not dialog.message.isVisible() and dialog.import_button.isEnabled()

    # The same file imported again, not cancelled, is stored.
    _import(dialog, qtbot, DATA / "twenty_answers_it.csv")
    assert not dialog.status.isVisible()
    assert window.app.firms.load(window.session.firm.id).survey != before.survey


def test_closing_the_dialog_while_importing_stores_nothing(
    open_window, dialogs: FakeDialogs, qtbot, monkeypatch
) -> None:
    window = _window_with_firm(open_window)
    dialog = _dialog(window, dialogs, qtbot)
    held = _Held(monkeypatch)
    dialog.import_file(DATA / "twenty_answers_it.csv")
    held.wait_until_reading()
    with qtbot.waitSignal(dialog.import_ended, timeout=60_000):
        dialog.reject()  # Chiudi, or Esc
        held.released.set()
    assert held.applied_in == [] and _ledger(window) is None
    assert window.app.firms.load(window.session.firm.id).survey == {}


def test_the_dialog_stores_what_the_command_line_import_stores(
    open_window, dialogs: FakeDialogs, qtbot, tmp_path: Path
) -> None:
    """A 1,200-answer file through the dialog (worker, then GUI thread) and through the
    one-step service import: the same published table and the same need counts."""
    path = tmp_path / "risposte.csv"
    path.write_bytes(survey_csv_bytes(1200, 11))
    window = open_window()
    firms = [
        window.app.firms.add_firm(
            Firm(profile=CompanyProfile(name=name, headcount=Headcount(operai=1400)))
        )
        for name in ("Dialogo S.r.l.", "Riga di comando S.r.l.")
    ]
    window.reload_firms(firms[0].id)
    dialog = _dialog(window, dialogs, qtbot)
    progress: list[tuple[int, int]] = []
    dialogs.open_paths.append(path)
    dialog.import_button.click()
    dialog._task.progressed.connect(lambda done, total: progress.append((done, total)))
    qtbot.waitUntil(lambda: not dialog.importing, timeout=60_000)
    by_dialog = window.app.firms.load(firms[0].id)
    window.app.surveys.import_file(firms[1].id, path)
    by_service = window.app.firms.load(firms[1].id)
    assert by_dialog.survey["respondents"] == 1200
    assert by_dialog.survey == by_service.survey
    assert by_dialog.needs == by_service.needs
    assert "Hanno risposto 1.200 dipendenti su 1.400 (86%)." in dialog.summary.text()
    assert progress and progress[-1][0] == progress[-1][1] > 0  # it ended at 100%
    assert all(done <= total for done, total in progress)


def test_an_invalid_file_still_gives_the_same_italian_error(
    open_window, dialogs: FakeDialogs, qtbot
) -> None:
    window = _window_with_firm(open_window)
    dialog = _dialog(window, dialogs, qtbot)
    _import(dialog, qtbot, DATA / "with_names.csv")
    assert dialog.message.isVisible()
    assert dialog.message.text() == (
        "Non è stato importato nulla. Colonne non previste: nome. Il file potrebbe "
        "contenere più delle sole risposte anonime."
    )
    assert not dialog.status.isVisible() and dialog.import_button.isEnabled()
    assert window.session.firm.survey == {} and _ledger(window) is None


def test_an_unexpected_error_in_the_worker_reaches_the_crash_dialog(
    open_window, dialogs: FakeDialogs, qtbot, monkeypatch
) -> None:
    """As when the import ran on the GUI thread: the error goes to the exception hook
    (the copyable crash dialog), and the dialog can import again."""

    def broken(*_args, **_kwargs):
        raise RuntimeError("disk on fire")

    window = _window_with_firm(open_window)
    dialog = _dialog(window, dialogs, qtbot)
    monkeypatch.setattr(SurveyService, "prepare_import", broken)
    with qtbot.capture_exceptions() as raised:
        _import(dialog, qtbot, DATA / "twenty_answers_it.csv")
    assert [str(error) for _kind, error, _trace in raised] == ["disk on fire"]
    assert not dialog.importing and dialog.import_button.isEnabled()
    assert window.session.firm.survey == {}

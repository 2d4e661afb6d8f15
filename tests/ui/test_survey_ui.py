"""Survey dialog and firm file menu actions, driven like a user would (fake dialogs)."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QLabel

from tests.ui.fake_dialogs import FakeDialogs
from wat_desktop.domain.firm import CompanyProfile, Firm, Headcount
from wat_desktop.domain.need_counts import NeedKey
from wat_desktop.domain.survey.csv_schema import COLUMNS, TEMPLATE_COLUMNS

DATA = Path(__file__).parent.parent / "data" / "survey"


def _window_with_firm(open_window):
    window = open_window()
    firm = window.app.firms.add_firm(
        Firm(profile=CompanyProfile(name="Prova S.r.l.", headcount=Headcount(operai=24)))
    )
    window.reload_firms(firm.id)
    return window


def _dialog(window, dialogs: FakeDialogs, qtbot):
    from wat_desktop.ui.survey_dialog import SurveyDialog

    dialog = SurveyDialog(window.session, window.app.surveys, dialogs, "it", window)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _import(dialog, qtbot, path: Path | None = None, accept_valid: bool = False) -> None:
    """Import ``path`` (or click what starts the import) and wait until the worker's
    result is stored, refused or dropped."""
    with qtbot.waitSignal(dialog.import_ended, timeout=60_000):
        if path is not None:
            dialog.import_file(path, accept_valid)
        elif accept_valid:
            dialog.accept_valid_button.click()
        else:
            dialog.import_button.click()


def _column(table, column: int) -> list[str]:
    return [table.item(row, column).text() for row in range(table.rowCount())]


def test_bad_rows_are_previewed_and_valid_rows_imported_on_request(
    open_window, dialogs: FakeDialogs, qtbot, tmp_path: Path
) -> None:
    window = _window_with_firm(open_window)
    dialog = _dialog(window, dialogs, qtbot)
    assert dialog.results.rowCount() == 0
    dialogs.open_paths.append(DATA / "bad_rows.csv")
    _import(dialog, qtbot)
    assert dialog.rejected.isVisible()
    assert _column(dialog.rejected, 0) == ["4", "9", "13"]
    assert "forse" in dialog.rejected.item(0, 1).text()
    assert window.session.firm.survey == {}  # nothing imported yet

    assert "3" in dialog.rejected_label.text() and "17" in dialog.accept_valid_button.text()
    _import(dialog, qtbot, accept_valid=True)
    assert not dialog.rejected.isVisible()
    assert window.session.firm.survey["respondents"] == 17
    counts = dict(zip(range(len(COLUMNS)), _column(dialog.results, 1), strict=True))
    rent = COLUMNS.index(NeedKey.ECONOMIC_RENT.value)
    assert counts[rent] == "< 5"
    assert counts[COLUMNS.index(NeedKey.TRAINING.value)] == "8"
    assert "17" in dialog.summary.text() and "24" in dialog.summary.text()
    assert "71%" in dialog.summary.text()  # the response rate, 17 of 24
    # The needs step shows the survey's figure beside each count, "< 5" included.
    window.go_to_step(2)
    notes = window.needs_page.survey_notes
    assert notes[NeedKey.ECONOMIC_RENT].text() == "questionario: < 5"
    assert notes[NeedKey.TRAINING].text() == "questionario: 8"
    assert window.needs_page.spins[NeedKey.TRAINING].value() == 8  # copied into the count
    rent = window.needs_page.spins[NeedKey.ECONOMIC_RENT]
    assert "< 5" in rent.accessibleDescription()  # a screen reader hears it too
    assert "17" in window.needs_page.survey_status.text()
    # The main window's session is the one the dialog reloaded: an edit saves cleanly.
    window.session.edit(lambda firm: setattr(firm.profile, "municipality", "Pinerolo"))
    assert window.app.firms.load(window.session.firm.id).survey["respondents"] == 17
    dialog.grab().save(str(tmp_path / "survey.png"))


def test_too_few_answers_tell_the_firm_to_pool(
    open_window, dialogs: FakeDialogs, qtbot, tmp_path: Path
) -> None:
    window = _window_with_firm(open_window)
    dialog = _dialog(window, dialogs, qtbot)
    lines = (DATA / "good_utf8.csv").read_text(encoding="utf-8").splitlines()[:4]
    few = tmp_path / "few.csv"
    few.write_text("\n".join(lines) + "\n", encoding="utf-8")
    _import(dialog, qtbot, few)
    pool = QCoreApplication.translate(
        "SurveyImport",
        "Fewer than %1 answers: no figure could be shown without the risk of identifying "
        "someone, so nothing was imported. Run the survey together with other firms of your "
        "territorial network (pooled at network level).",
    ).replace("%1", "5")
    assert dialog.message.isVisible() and pool in dialog.message.text()
    assert "rete" in dialog.message.text()
    assert window.session.firm.survey == {} and dialog.results.rowCount() == 0


def test_questionnaire_and_template_are_written(
    open_window, dialogs: FakeDialogs, qtbot, tmp_path: Path
) -> None:
    window = _window_with_firm(open_window)
    dialog = _dialog(window, dialogs, qtbot)
    dialogs.save_paths += [tmp_path / "q.pdf", tmp_path / "t.csv"]
    dialog.print_button.click()
    dialog.template_button.click()
    assert (tmp_path / "q.pdf").read_bytes().startswith(b"%PDF")
    template = (tmp_path / "t.csv").read_bytes()
    assert template.startswith(b"\xef\xbb\xbf" + TEMPLATE_COLUMNS[0].encode())
    assert b"d15_orario_flessibile" in template and b"children_0_2" not in template
    assert "d01_figli_0_2" in dialog.findChildren(QLabel)[1].text()  # the format is explained
    assert dialog.print_button.accessibleName() or dialog.print_button.text()


def test_file_menu_exports_and_imports_a_firm(
    open_window, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    window = _window_with_firm(open_window)
    out = tmp_path / "azienda.json"
    dialogs.save_paths.append(out)
    window.export_firm_action.trigger()
    assert json.loads(out.read_text(encoding="utf-8"))["profile"]["name"] == "Prova S.r.l."

    dialogs.open_paths.append(out)
    window.import_firm_action.trigger()
    assert window.firm_selector.count() == 2
    assert dialogs.shown[-1][0] == "info"

    broken = tmp_path / "rotto.json"
    broken.write_text(out.read_text(encoding="utf-8").replace('"operai": 24', '"operai": "24"'))
    dialogs.open_paths.append(broken)
    window.import_firm_action.trigger()
    kind, _title, text = dialogs.shown[-1]
    assert kind == "error" and "profile.headcount.operai" in text
    assert window.firm_selector.count() == 2


def test_a_small_firm_is_told_to_pool_its_survey_before_it_starts(
    open_window, dialogs: FakeDialogs, qtbot
) -> None:
    from wat_desktop.ui.survey_dialog import SurveyDialog

    window = open_window()
    firm = window.app.firms.add_firm(
        Firm(profile=CompanyProfile(name="Micro S.n.c.", headcount=Headcount(operai=6)))
    )
    window.reload_firms(firm.id)
    dialog = SurveyDialog(window.session, window.app.surveys, dialogs, "it", window)
    qtbot.addWidget(dialog)
    assert not dialog.small_firm.isHidden() and "rete" in dialog.small_firm.text()
    big = _window_with_firm(open_window)  # 24 employees: no such advice
    other = SurveyDialog(big.session, big.app.surveys, dialogs, "it", big)
    qtbot.addWidget(other)
    assert other.small_firm.isHidden()


def test_the_needs_step_opens_the_survey(open_window, monkeypatch) -> None:
    from wat_desktop.ui import survey_dialog

    opened: list[str] = []
    monkeypatch.setattr(
        survey_dialog.SurveyDialog, "exec", lambda self: opened.append(self.windowTitle()) or 0
    )
    window = _window_with_firm(open_window)
    window.go_to_step(2)
    window.needs_page.survey_button.click()
    assert opened == ["Questionario anonimo ai dipendenti"]


def _firm_with_plan(open_window):
    window = open_window()
    firm = Firm(profile=CompanyProfile(name="Con piano S.r.l.", headcount=Headcount(operai=24)))
    firm.needs = {NeedKey.TIME_FLEXIBILITY: 11, NeedKey.HEALTH_PREVENTION: 7}
    firm.selected_offers = {"checkup-prevenzione": 7}
    firm = window.app.firms.add_firm(firm)
    window.reload_firms(firm.id)
    return window


def test_after_a_survey_step_3_says_what_each_count_holds_and_flags_the_plan(
    open_window, dialogs: FakeDialogs, qtbot, tmp_path: Path
) -> None:
    """The review's survey of 20 answers, imported over a plan typed earlier: the counts
    now hold the survey's figures (or the least they can be), each marker is explained,
    and step 3 says that the plan of step 8 was made for the old counts."""
    window = _firm_with_plan(open_window)
    window.resize(1280, 1500)
    dialog = _dialog(window, dialogs, qtbot)
    _import(dialog, qtbot, DATA / "twenty_answers_it.csv")
    counts = dict(zip(COLUMNS, _column(dialog.results, 1), strict=True))
    assert counts["children_0_2"] == "almeno 11" and counts["caregivers_elderly"] == "7"
    assert "Il piano del passo 8 è stato preparato prima" in dialog.summary.text()
    QApplication.processEvents()
    assert dialog.summary.height() >= dialog.summary.heightForWidth(dialog.summary.width())
    dialog.grab().save(str(tmp_path / "survey-dialog.png"))

    window.go_to_step(2)
    QApplication.processEvents()  # lay the page out at the window's size
    page = window.needs_page
    notes, spins = page.survey_notes, page.spins
    assert notes[NeedKey.CHILDREN_0_2].text() == "questionario: almeno 11"
    assert spins[NeedKey.CHILDREN_0_2].value() == 11
    assert notes[NeedKey.TIME_FLEXIBILITY].text() == "questionario: < 5"
    assert spins[NeedKey.TIME_FLEXIBILITY].value() == 1  # not the 11 typed earlier
    assert spins[NeedKey.HEALTH_PREVENTION].value() == 5  # not the 7 typed earlier
    # The markers are explained in plain Italian: beside the field and in the legend.
    hidden_help = spins[NeedKey.CHILDREN_0_2].accessibleDescription()
    assert "Nascosto: insieme agli altri totali permetterebbe di ricavare" in hidden_help
    assert "riporta 11" in hidden_help
    assert "riporta 1, il minimo" in spins[NeedKey.TIME_FLEXIBILITY].toolTip()
    assert page.survey_legend.isVisible() and "«almeno N»" in page.survey_legend.text()
    # Each figure stays on one line beside its field.
    for note in notes.values():
        assert not note.wordWrap()
        assert note.width() >= note.sizeHint().width()
    assert page.plan_warning.isVisible() and "passo 8" in page.plan_warning.text()
    window.grab().save(str(tmp_path / "needs-after-survey.png"))

    # Once the plan changes, it is no longer out of date.
    window.session.edit(lambda firm: firm.selected_offers.__setitem__("checkup-prevenzione", 5))
    window.go_to_step(3)
    window.go_to_step(2)
    assert not page.plan_warning.isVisible()

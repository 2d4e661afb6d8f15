"""A new user goes the whole way once, thinly, and finds everything after a restart."""

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel

from tests.ui.wizard_steps import (
    fill_budget,
    fill_profile_classification,
    fill_relevance,
    fill_workforce,
    type_into,
)
from wat_desktop.domain.need_counts import NeedKey
from wat_desktop.domain.steps import StepId
from wat_desktop.services.demo_service import install_demo


def test_create_firm_fill_steps_export_and_restart(qtbot, open_window, dialogs, tmp_path: Path):
    window = open_window()
    install_demo(window.app.firms, window.app.catalogues)  # the network catalogue
    dialogs.texts.append("Rossi Meccanica")
    window.new_firm()
    assert window.firm_selector.currentText() == "Rossi Meccanica"
    demo_index = window.firm_selector.findText("Officine Meccaniche Val Chisone S.r.l.")
    assert demo_index >= 0

    profile = window.profile_page
    type_into(qtbot, profile.partita_iva, "05628710014")  # wrong check digit
    assert profile.vat_error.isVisible() or not profile.isVisible()
    assert "cifra di controllo" in profile.vat_error.text()
    profile.partita_iva.clear()
    type_into(qtbot, profile.partita_iva, "05628710013")
    assert profile.vat_error.text() == ""
    type_into(qtbot, profile.municipality, "Pinerolo")
    profile.headcount["operai"].setValue(7)
    profile.headcount["impiegati"].setValue(3)
    fill_profile_classification(qtbot, window)
    assert StepId.PROFILE in window.session.completed()
    fill_workforce(window)
    assert StepId.WORKFORCE in window.session.completed()

    window.go_to_step(StepId.NEEDS)
    needs = window.needs_page
    needs.spins[NeedKey.CAREGIVERS_ELDERLY].setValue(12)  # more than the 10 employees
    assert "10" in needs.errors[NeedKey.CAREGIVERS_ELDERLY].text()
    needs.spins[NeedKey.CAREGIVERS_ELDERLY].setValue(4)
    needs.spins[NeedKey.PSYCHOLOGICAL_SUPPORT].setValue(2)
    assert needs.errors[NeedKey.CAREGIVERS_ELDERLY].text() == ""
    assert StepId.NEEDS in window.session.completed()
    fill_relevance(window)
    fill_budget(qtbot, window)
    assert {StepId.RELEVANCE, StepId.BUDGET, StepId.NEEDS_PROFILE} <= window.session.completed()

    window.go_to_step(StepId.OFFERS)
    model = window.offers_page.model
    titles = [model.index(r, 0).data() for r in range(model.rowCount())]
    row = titles.index("Sportello caregiver familiari")
    model.setData(model.index(row, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)

    window.go_to_step(StepId.PLAN)
    plan = window.plan_page.model
    assert plan.rowCount() == 1
    plan.setData(plan.index(0, 1), 4)
    assert "120,00" in window.plan_page.total.text()

    window.go_to_step(StepId.DOSSIER)
    dialogs.folders.append(tmp_path)
    window.dossier_page.choose_folder()
    window.dossier_page.open_after.setChecked(False)
    with qtbot.waitSignal(window.dossier_page.export_finished, timeout=120_000) as export:
        assert window.dossier_page.export()
    out = export.args[0]
    # The file name is the dossier's to decide (review P3 #43): in the chosen folder,
    # a PDF named after the firm.
    assert out.parent == tmp_path and out.suffix == ".pdf" and "Rossi" in out.stem
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Rossi Meccanica" in text and "Sportello caregiver familiari" in text
    assert window.session.completed() == set(StepId)

    # Restart: a new window on the same data folder reopens the last firm, intact.
    window = open_window()
    assert window.firm_selector.currentText() == "Rossi Meccanica"
    assert window.profile_page.partita_iva.text() == "05628710013"
    assert window.needs_page.spins[NeedKey.CAREGIVERS_ELDERLY].value() == 4
    assert window.session.firm.selected_offers == {"sportello-caregiver": 4}


def test_demo_firm_appears_after_cli_demo(open_window, tmp_path: Path) -> None:
    from wat_desktop.__main__ import main

    assert main(["--data-dir", str(tmp_path / "data"), "demo"]) == 0
    window = open_window()
    assert window.firm_selector.currentText() == "Officine Meccaniche Val Chisone S.r.l."
    assert window.navigator.item(StepId.PROFILE).text().startswith("✓")


def _unnamed_inputs(window) -> list[str]:
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit

    return [
        widget.objectName() or type(widget).__name__
        for kind in (QLineEdit, QAbstractSpinBox, QComboBox, QAbstractButton)
        for widget in window.findChildren(kind)
        if not widget.accessibleName()
        and not (isinstance(widget, QAbstractButton) and widget.text())  # reads its own text
        and not isinstance(widget.parent(), (QAbstractSpinBox, QComboBox))
        and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
    ]


def test_every_input_has_an_accessible_name(open_window) -> None:
    window = open_window()
    assert _unnamed_inputs(window) == []
    assert window.profile_page.name.accessibleName() == "Ragione sociale"
    assert window.profile_page.rsu_present.accessibleName() == (
        "Rappresentanza sindacale: RSU o RSA presenti in azienda"
    )


def test_every_input_has_an_english_accessible_name_too(qtbot, tmp_path: Path) -> None:
    from PySide6.QtCore import QCoreApplication

    from tests.ui.fake_dialogs import FakeDialogs
    from wat_desktop.app import open_app
    from wat_desktop.ui.main_window import MainWindow

    # No Italian translator here: the interface speaks its English source.
    assert QCoreApplication.translate("ProfilePage", "Company &name") == "Company &name"
    app = open_app(tmp_path / "data")
    try:
        window = MainWindow(app, "en", FakeDialogs())
        qtbot.addWidget(window)
        window.reload_firms()
        assert _unnamed_inputs(window) == []
        assert window.profile_page.name.accessibleName() == "Company name"
        spin = window.needs_page.spins[NeedKey.CAREGIVERS_ELDERLY]
        assert spin.accessibleName() == "Employees caring for an elderly relative (75+)"
        # Review P3 #56: the bonus group kept its Italian title in the English UI.
        assert window.profile_page.productivity_bonus.accessibleName() == (
            "Productivity bonus: Productivity bonus agreement signed"
        )
        titles = [box.title() for box in window.budget_page.findChildren(QGroupBox)]
        assert "Productivity bonus" in titles and "Premio di risultato" not in titles
        labels = [label.text() for label in window.profile_page.findChildren(QLabel)]
        assert "Premio di risultato" not in labels and "&Legal representative" in labels
        window.close()
    finally:
        app.close()

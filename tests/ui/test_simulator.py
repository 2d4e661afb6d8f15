"""Tools > Simulator: the same numbers as the rules engine and the command line,
each figure with its rule year and sources, in Italian."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

from wat_desktop.__main__ import main
from wat_desktop.domain.benefit_types import BenefitType
from wat_desktop.domain.rules import load_tax_year, simulate
from wat_desktop.formatting import format_money
from wat_desktop.translations import QtTranslate

IT = QtTranslate("it")


def _open(open_window):
    window = open_window()
    window.simulator_action.trigger()
    dialog = window.simulator_dialog
    assert dialog.isVisible()
    return dialog


def _text(dialog, key: str, field: str) -> str:
    return dialog.cells[(key, field)].text().replace("\u00a0", " ")


def _money(value: str) -> str:
    return format_money(Decimal(value), "it").replace("\u00a0", " ")


def test_simulator_shows_the_worked_example(open_window) -> None:
    dialog = _open(open_window)
    dialog.year.setCurrentIndex(dialog.year.findData(2026))
    dialog.ral.setText("28.000,00")
    dialog.amount.setText("1.000,00")
    assert _text(dialog, "salary", "employee_value") == "589,49 €"
    assert _text(dialog, "salary", "firm_cost") == "1.374,08 €"
    assert _text(dialog, "welfare", "employee_value") == "1.000,00 €"
    assert _text(dialog, "bonus_cash", "employee_value") == "899,02 €"
    assert "589,49" in dialog.chart.accessibleDescription()
    # The estimate notice is always shown, in Italian.
    assert IT.translate("Rules", "Estimate, not tax advice.") in dialog.disclaimer.text()
    assert dialog.disclaimer.isVisible()


def test_every_figure_names_its_rule_year_and_sources_in_italian(open_window) -> None:
    dialog = _open(open_window)
    dialog.year.setCurrentIndex(dialog.year.findData(2026))
    ty = load_tax_year(2026)
    salary_tip = dialog.cells[("salary", "employee_value")].toolTip()
    assert "2026" in salary_tip and "2026.toml" in salary_tip
    assert ty.irpef.scale.citation.ref.it in salary_tip  # the salary's own rules
    welfare_tip = dialog.cells[("welfare", "firm_cost")].toolTip()
    assert ty.exemption.ref.it in welfare_tip and ty.irpef.scale.citation.ref.it not in welfare_tip
    bonus_tip = dialog.cells[("bonus_cash", "efficiency")].toolTip()
    assert ty.productivity.tax_rate.citation.ref.it in bonus_tip
    note = dialog.rules_note.text()
    assert "2026.toml" in note and ty.status.it in note
    assert "come modificato dalla L. 199/2025" in note
    for english in ("as amended", "Law in force", "derogation", "placeholder", "[assumption]"):
        assert english not in note
    assert IT.translate("Rules", "[assumption]") in note  # the municipal rate is a guess


def test_simulator_agrees_with_the_command_line(open_window, tmp_path: Path, capsys) -> None:
    dialog = _open(open_window)
    dialog.year.setCurrentIndex(dialog.year.findData(2025))
    dialog.ral.setText("35.000")
    dialog.amount.setText("2.500,50")
    dialog.benefit.setCurrentIndex(dialog.benefit.findData(BenefitType.HEALTH_FUND.value))
    dialog.network_fee.setText("40")
    args = ["--year", "2025", "--ral", "35000", "--amount", "2500.50", "--network-fee", "40"]
    args += ["--benefit", BenefitType.HEALTH_FUND.value, "--json"]
    code = main(["--data-dir", str(tmp_path / "cli"), "--lang", "it", "simulate", *args])
    assert code == 0
    data = json.loads(capsys.readouterr().out)
    for key in ("salary", "welfare", "bonus_cash"):
        cli = data["results"][key]
        assert _text(dialog, key, "employee_value") == _money(cli["employee_value"])
        assert _text(dialog, key, "firm_cost") == _money(cli["firm_cost"])
    assert dialog.result == simulate(
        2025, Decimal(35000), Decimal("2500.50"), "piemonte", Decimal(40), BenefitType.HEALTH_FUND
    )
    # 2,500.50 € of health fund + 10% solidarity + the 40 € fee.
    assert data["results"]["welfare"]["firm_cost"] == "2790.55"
    assert data["year_status"] in dialog.rules_note.text()


def test_the_fringe_ceiling_shows_with_and_without_children(open_window) -> None:
    dialog = _open(open_window)
    dialog.year.setCurrentIndex(dialog.year.findData(2026))
    dialog.benefit.setCurrentIndex(dialog.benefit.findData(BenefitType.FRINGE_BENEFIT.value))
    assert dialog.children.isEnabled()
    dialog.amount.setText("1.500,00")
    assert dialog.welfare_note.isVisible()
    # The warning names the ceiling it is about, and the higher one with children.
    note = dialog.welfare_note.text().replace("\u00a0", " ")
    assert note.startswith("Oltre la soglia dei fringe benefit di 1.000,00 € (2.000,00 € con figli")
    assert "l'intero importo è tassato come retribuzione" in note
    assert _text(dialog, "welfare", "employee_value") == _text(dialog, "salary", "employee_value")
    dialog.children.setChecked(True)  # ceiling 2,000 €
    assert not dialog.welfare_note.isVisible()
    assert _text(dialog, "welfare", "employee_value") == "1.500,00 €"
    dialog.benefit.setCurrentIndex(dialog.benefit.findData(BenefitType.SERVICES_IN_KIND.value))
    assert not dialog.children.isEnabled()  # children matter only for fringe benefits


def test_a_bad_amount_is_explained_next_to_the_field(open_window) -> None:
    dialog = _open(open_window)
    dialog.amount.setText("mille")
    assert dialog.result is None
    assert dialog.amount_error.isVisible() and dialog.amount_error.text()
    assert _text(dialog, "welfare", "employee_value") == "—"
    assert dialog.ral.accessibleName() and dialog.amount.accessibleName()
    assert dialog.network_fee.accessibleName() and dialog.benefit.accessibleName()
    dialog.amount.setText("10")
    assert not dialog.amount_error.isVisible()
    assert dialog.result is not None
    dialog.network_fee.setText("")  # empty means no fee
    assert dialog.result is not None and dialog.result.network_fee == 0
    dialog.network_fee.setText("-5")
    assert dialog.result is None and dialog.fee_error.isVisible()


def test_a_broken_year_file_is_left_out_and_named(open_window, tmp_path: Path, monkeypatch) -> None:
    from wat_desktop.domain.rules import year_files

    folder = tmp_path / "tax_years"
    folder.mkdir()
    good = (year_files._folder() / "2026.toml").read_text(encoding="utf-8")
    (folder / "2026.toml").write_text(good, encoding="utf-8")
    broken = good.replace("year = 2026", "year = 2028").replace("value = 9.19", "value = 919")
    (folder / "2028.toml").write_text(broken, encoding="utf-8")
    monkeypatch.setattr(year_files, "_folder", lambda: folder)
    year_files.load_tax_year.cache_clear()
    try:
        dialog = _open(open_window)
        assert [dialog.year.itemData(i) for i in range(dialog.year.count())] == [2026]
        assert dialog.year_errors.isVisible()
        assert "2028.toml: inps.employee.value" in dialog.year_errors.text()
        assert dialog.result is not None and dialog.result.year == 2026
    finally:
        year_files.load_tax_year.cache_clear()


def test_above_the_income_limit_the_bonus_is_plain_pay(open_window) -> None:
    """At 90.000 € the bonus has no substitute tax: the dialog says so instead of
    "0,00 € at the 1% substitute tax"."""
    dialog = _open(open_window)
    dialog.year.setCurrentIndex(dialog.year.findData(2026))
    dialog.ral.setText("90.000,00")
    dialog.amount.setText("1.000,00")
    note = dialog.bonus_note.text().replace("\u00a0", " ")
    assert note.startswith("Reddito di lavoro dipendente oltre 80.000,00 €: niente imposta")
    assert "0,00 €" not in note.split(":")[1]
    assert "non può essere convertito in welfare" in note
    # Taxed as ordinary pay: the employee gets what a salary rise would give.
    assert _text(dialog, "bonus_cash", "employee_value") == _text(
        dialog, "salary", "employee_value"
    )
    dialog.ral.setText("28.000,00")  # within the limit: the substitute tax again
    assert "aliquota 1%" in dialog.bonus_note.text()


def test_each_bar_of_the_chart_shows_its_amount(open_window, monkeypatch) -> None:
    from wat_desktop.ui.simulator_chart import SimulatorChart

    dialog = _open(open_window)
    dialog.year.setCurrentIndex(dialog.year.findData(2026))
    dialog.ral.setText("28.000,00")
    dialog.amount.setText("1.000,00")
    painted: list[str] = []
    original = SimulatorChart.amount_text

    def recording(chart, amount):
        painted.append(original(chart, amount).replace("\u00a0", " "))
        return painted[-1]

    monkeypatch.setattr(SimulatorChart, "amount_text", recording)
    assert not dialog.chart.grab().isNull()  # paints every bar with its amount
    cells = [
        _text(dialog, key, field)
        for key in ("salary", "welfare", "bonus_cash")
        for field in ("employee_value", "firm_cost")
    ]
    assert sorted(painted) == sorted(cells)  # "589,49 €" above its bar, and so on

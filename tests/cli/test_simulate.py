"""``wat-desktop simulate``: the same numbers as the rules engine, text or JSON."""

import json
from decimal import Decimal
from pathlib import Path

import pytest

from wat_desktop.__main__ import main
from wat_desktop.domain.rules import load_tax_year, simulate
from wat_desktop.translations import QtTranslate


def _run(tmp_path: Path, *args: str, lang: str = "it") -> int:
    return main(["--data-dir", str(tmp_path / "data"), "--lang", lang, "simulate", *args])


def test_json_output_has_the_worked_example(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(tmp_path, "--year", "2026", "--ral", "28000", "--amount", "1000", "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert data["year"] == 2026 and data["year_file"] == "2026.toml"
    assert data["ral"] == "28000.00" and data["region"] == "piemonte"
    assert data["results"]["salary"]["employee_value"] == "589.49"
    assert data["results"]["salary"]["firm_cost"] == "1374.08"
    assert data["results"]["welfare"]["employee_value"] == "1000.00"
    assert data["results"]["bonus_cash"]["employee_value"] == "899.02"
    assert data["productivity_bonus"]["tax_rate"] == "0.01"
    assert data["productivity_bonus"]["amount_at_substitute_tax"] == "1000.00"
    tr = QtTranslate("it")
    assert data["rounding"] == tr.translate(
        "Rules", "Each withholding is rounded to the cent, half up, as a payroll does."
    )
    assert data["disclaimer"] == tr.translate("Rules", "Estimate, not tax advice.")
    keys = {s["key"] for s in data["sources"]}
    assert {"irpef", "productivity.tax_rate", "inps.employer", "exemption"} <= keys
    assert data["results"]["welfare"]["sources"] == ["exemption"]
    assert "irpef" in data["results"]["salary"]["sources"]
    # The year file's texts in the language asked for (Italian here).
    ty = load_tax_year(2026)
    assert data["year_status"] == ty.status.it
    irpef = next(s for s in data["sources"] if s["key"] == "irpef")
    assert irpef["ref"] == ty.irpef.scale.citation.ref.it
    assert "come modificato dalla L. 199/2025" in irpef["ref"]
    # The same numbers and texts as the engine called directly.
    assert data == simulate(2026, Decimal(28000), Decimal(1000)).to_json(tr)


def test_json_in_english_has_the_english_texts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ("--year", "2027", "--ral", "28000", "--amount", "1000", "--json")
    assert _run(tmp_path, *args, lang="en") == 0
    data = json.loads(capsys.readouterr().out)
    assert "still before Parliament" in data["year_status"]
    assert data["disclaimer"] == "Estimate, not tax advice."
    refs = " ".join(s["ref"] for s in data["sources"])
    assert "as amended by L. 199/2025" in refs and "come modificato" not in refs


def test_benefit_type_children_and_network_fee(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    common = ("--year", "2026", "--ral", "28000", "--json")
    assert _run(tmp_path, *common, "--amount", "1000", "--benefit", "art51_c2_a") == 0
    health = json.loads(capsys.readouterr().out)
    assert health["results"]["welfare"]["firm_cost"] == "1100.00"  # + 10% solidarity
    assert "solidarity.health_and_pension" in health["results"]["welfare"]["sources"]
    assert _run(tmp_path, *common, "--amount", "1500", "--benefit", "art51_c3") == 0
    fringe = json.loads(capsys.readouterr().out)
    assert fringe["welfare_taxable"] == "1500.00"  # above the 1,000 € ceiling: all of it
    assert fringe["welfare_note"]
    args = ("--amount", "1500", "--benefit", "art51_c3", "--children", "--network-fee", "60")
    assert _run(tmp_path, *common, *args) == 0
    children = json.loads(capsys.readouterr().out)
    assert children["welfare_taxable"] == "0.00"  # 2,000 € ceiling with dependent children
    assert children["results"]["welfare"]["employee_value"] == "1500.00"
    assert children["results"]["welfare"]["firm_cost"] == "1560.00"
    assert children["has_dependent_children"] is True


def test_text_output_in_italian_money_format(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(tmp_path, "--year", "2025", "--ral", "28.000,00", "--amount", "1000") == 0
    out = capsys.readouterr().out.replace("\u00a0", " ")  # Babel puts a no-break space
    assert "862,69 €" in out  # 5% in 2025, each withholding rounded to the cent
    assert "589,49 €" in out and "1.374,08 €" in out
    assert "2025.toml" in out
    assert load_tax_year(2025).status.it in out
    assert "art. 11 TUIR, come modificato dal d.lgs. 216/2023" in out
    assert "as amended" not in out and "Law in force" not in out
    tr = QtTranslate("it")
    assert tr.translate("Rules", "Estimate, not tax advice.") in out
    # Sources are listed under the column that used them.
    welfare = out.index(tr.translate("Rules", "As welfare") + ":")
    assert out.index("exemption:", welfare) < out.index(
        tr.translate("Rules", "As productivity bonus in cash") + ":", welfare
    )


def test_unknown_year_and_region_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(tmp_path, "--year", "1999", "--ral", "28000", "--amount", "1") == 1
    assert "1999" in capsys.readouterr().err
    assert _run(tmp_path, "--ral", "28000", "--amount", "1", "--region", "atlantide") == 1
    assert "atlantide" in capsys.readouterr().err


def test_a_bad_amount_is_an_argument_error(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exit_info:
        _run(tmp_path, "--ral", "ventottomila", "--amount", "1")
    assert exit_info.value.code == 2


def test_a_broken_year_file_is_named_with_its_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from wat_desktop.domain.rules import year_files

    folder = tmp_path / "tax_years"
    folder.mkdir()
    good = (year_files._folder() / "2026.toml").read_text(encoding="utf-8")
    (folder / "2026.toml").write_text(good, encoding="utf-8")
    broken = good.replace("year = 2026", "year = 2028").replace(
        'source = "bollettinoadapt.it (“Legge di Bilancio 2026”)"\n\n[productivity.income_limit]',
        "\n[productivity.income_limit]",
    )
    (folder / "2028.toml").write_text(broken, encoding="utf-8")
    monkeypatch.setattr(year_files, "_folder", lambda: folder)
    year_files.load_tax_year.cache_clear()
    try:
        assert _run(tmp_path, "--year", "2028", "--ral", "28000", "--amount", "1") == 1
        assert "2028.toml: productivity.cap.source: missing" in capsys.readouterr().err
        assert _run(tmp_path, "--year", "2026", "--ral", "28000", "--amount", "1") == 0
    finally:
        year_files.load_tax_year.cache_clear()

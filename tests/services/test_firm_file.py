"""Firm file: a whole firm round-trips; an invalid file changes nothing and says where."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import fields
from pathlib import Path

import pytest

from tests.helpers import fresh_app
from wat_desktop.app import AppContext
from wat_desktop.domain import firm_file
from wat_desktop.domain.firm import Budget, CompanyProfile, Firm, Headcount, Measure, Workforce
from wat_desktop.domain.firm_file import FirmFileError, FirmFileV1, json_schema_text
from wat_desktop.domain.need_areas import NeedArea, WelfareIndexArea
from wat_desktop.domain.need_counts import NeedKey
from wat_desktop.domain.survey.aggregate import aggregate
from wat_desktop.domain.survey.questions import Band
from wat_desktop.domain.survey.suppression import publish

SCHEMA = Path(__file__).parents[2] / "docs" / "schemas" / "firm-file-v1.schema.json"


@pytest.fixture
def app(tmp_path: Path) -> Iterator[AppContext]:
    context = fresh_app(tmp_path)
    yield context
    context.close()


def _full_firm() -> Firm:
    tally = aggregate([{NeedKey.TRAINING: Band.YES}] * 7 + [{NeedKey.TRAINING: Band.NO}] * 11)
    return Firm(
        profile=CompanyProfile(
            name="Tessitura Val Pellice S.n.c.",
            partita_iva="05628710013",
            ateco="13.20.00",
            municipality="Torre Pellice",
            territorial_area="val_pellice",
            legal_representative="Lucía D'Amico  Bertalot",  # kept exactly as typed
            rsu_present=True,
            headcount=Headcount(operai=14, impiegati=6, quadri=3, dirigenti=1, part_time=4),
        ),
        workforce=Workforce(age_under_30=5, age_30_44=9, women=11, men=13, shift_workers=8),
        needs={NeedKey.CHILDREN_0_2: 3, NeedKey.TRAINING: 7},
        relevance={NeedArea.CHILDCARE: 5, NeedArea.TRAINING: 3},
        measures={WelfareIndexArea.HEALTH_ASSISTANCE: Measure(in_place=True, staff_share=80)},
        budget=Budget(yearly_budget_cents=1_200_000, productivity_bonus_cents=2_400_050),
        selected_offers={"nido-girotondo": 2},
        take_up={NeedKey.CHILDREN_0_2: 60},
        survey=publish(tally, headcount=24, imported_on="2026-02-01").to_dict(),
    )


def test_schema_file_is_generated_from_the_model() -> None:
    assert SCHEMA.read_text(encoding="utf-8") == json_schema_text(), (
        "regenerate: python -m wat_desktop.domain.firm_file > docs/schemas/firm-file-v1.schema.json"
    )


@pytest.mark.parametrize(
    ("section", "model"),
    [
        (CompanyProfile, firm_file.ProfileV1),
        (Headcount, firm_file.HeadcountV1),
        (Workforce, firm_file.WorkforceV1),
        (Measure, firm_file.MeasureV1),
        (Budget, firm_file.BudgetV1),
    ],
)
def test_every_firm_field_travels_in_the_file(section: type, model: type) -> None:
    # A new field in domain/firm.py must be added to the firm file schema (version it).
    assert [f.name for f in fields(section)] == list(model.model_fields)


def test_every_section_of_a_firm_travels_in_the_file() -> None:
    # Only the database's own bookkeeping (id, revision) stays behind.
    sections = [f.name for f in fields(Firm) if f.name not in ("id", "revision")]
    envelope = ("format", "schema_version", "app_version")
    assert sorted(sections) == sorted(n for n in FirmFileV1.model_fields if n not in envelope)


def test_export_then_import_gives_the_same_firm(app: AppContext, tmp_path: Path) -> None:
    original = app.firms.add_firm(_full_firm())
    assert original.id is not None
    path = app.firm_files.export(original.id, tmp_path / "azienda.json")
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["format"] == "wat-desktop-firm" and document["schema_version"] == 1
    imported = app.firm_files.import_file(path)
    assert imported.id != original.id
    for section in ("profile", "workforce", "needs", "relevance", "measures", "budget"):
        assert getattr(imported, section) == getattr(original, section), section
    assert imported.selected_offers == original.selected_offers
    assert imported.take_up == original.take_up == {NeedKey.CHILDREN_0_2: 60}
    assert imported.survey == original.survey
    assert imported.profile.legal_representative == "Lucía D'Amico  Bertalot"
    assert document["profile"]["legal_representative"] == "Lucía D'Amico  Bertalot"
    assert len(app.firms.list_firms()) == 2


def test_the_schema_documents_who_signs_for_the_firm() -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    field = schema["$defs"]["ProfileV1"]["properties"]["legal_representative"]
    assert field["type"] == "string" and field["maxLength"] == 300 and field["default"] == ""
    assert "signature" in field["description"] and "as typed" in field["description"]
    document = firm_file.to_firm_file(_full_firm()).model_dump(mode="json")
    document["profile"]["legal_representative"] = "x" * 301
    with pytest.raises(FirmFileError) as refused:
        firm_file.parse_firm_file(json.dumps(document))
    assert "legal_representative" in str(refused.value)


def _bad(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "bad.json"
    path.write_text(text, encoding="utf-8")
    return path


def _valid_document() -> dict:
    return json.loads(firm_file.dump_firm_file(firm_file.to_firm_file(_full_firm())))


@pytest.mark.parametrize(
    ("change", "where", "words"),
    [
        (lambda d: d["profile"]["headcount"].update(operai=-3), "profile.headcount.operai", "-3"),
        (lambda d: d["profile"].update(rsu_present="sì"), "profile.rsu_present", "true"),
        (lambda d: d["profile"].update(nome_dipendente="Mario"), "profile.nome_dipendente", ""),
        (lambda d: d["needs"].update(children_0_2="3"), "needs.children_0_2", "whole"),
        (lambda d: d["relevance"].update(childcare=9), "relevance.childcare", "9"),
        (lambda d: d["budget"].update(yearly_budget_cents=12.5), "budget.yearly_budget_cents", ""),
        (lambda d: d.pop("profile"), "profile", "missing"),
        (lambda d: d.update(schema_version=2), "schema_version", "2"),
        (lambda d: d.update(format="wat-catalogue"), "format", "wat-desktop-firm"),
    ],
)
def test_invalid_file_changes_nothing_and_says_where(
    app: AppContext, tmp_path: Path, change, where: str, words: str
) -> None:
    document = _valid_document()
    change(document)
    with pytest.raises(FirmFileError) as error:
        app.firm_files.import_file(_bad(tmp_path, json.dumps(document)))
    texts = [issue.text() for issue in error.value.issues]
    assert any(t.startswith(where + ":") and words in t for t in texts), texts
    assert app.firms.list_firms() == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", "not a JSON file"),
        ('{"format": "wat-desktop-firm",', "not a JSON file"),
        ("[1, 2]", "one JSON object"),
        ('{"format": "wat-desktop-firm", "format": "x"}', "appears twice"),
        ('{"format": "wat-desktop-firm", "schema_version": NaN}', "NaN"),
        ("[" * 5000 + "]" * 5000, "nested"),
    ],
)
def test_hostile_json_is_refused(app: AppContext, tmp_path: Path, text: str, words: str) -> None:
    with pytest.raises(FirmFileError) as error:
        app.firm_files.import_file(_bad(tmp_path, text))
    assert words in error.value.issues[0].text()
    assert app.firms.list_firms() == []


def test_oversized_file_is_refused_before_parsing(
    app: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from wat_desktop.services import firm_file_service

    monkeypatch.setattr(firm_file_service, "MAX_BYTES", 50)
    with pytest.raises(FirmFileError) as error:
        app.firm_files.import_file(_bad(tmp_path, json.dumps(_valid_document())))
    assert "larger than" in error.value.issues[0].text()


def test_model_is_strict() -> None:
    assert FirmFileV1.model_config["extra"] == "forbid" and FirmFileV1.model_config["strict"]


def test_cli_firm_export_and_import(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from wat_desktop.__main__ import main

    data = ["--data-dir", str(tmp_path / "data"), "--lang", "it"]
    assert main([*data, "demo"]) == 0
    out = tmp_path / "firm.json"
    assert main([*data, "firm", "export", "1", "--out", str(out)]) == 0
    assert main([*data, "firm", "import", str(out)]) == 0
    capsys.readouterr()
    assert main([*data, "firms", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 2
    out.write_text(out.read_text(encoding="utf-8").replace('"operai": ', '"operai": -'))
    assert main([*data, "firm", "import", str(out)]) == 1
    assert "profile.headcount.operai" in capsys.readouterr().err
    assert main([*data, "firm", "export", "42", "--out", str(out)]) == 1

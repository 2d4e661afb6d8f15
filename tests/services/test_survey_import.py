"""Survey CSV import: encodings, separators, bad rows, empty files, a big file."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers import fresh_app
from wat_desktop.app import AppContext
from wat_desktop.domain.firm import CompanyProfile, Firm, Headcount
from wat_desktop.domain.need_counts import NeedKey
from wat_desktop.domain.survey.csv_schema import (
    COLUMNS,
    MSG_BAD_CHILDREN,
    MSG_BAD_YES_NO,
    TEMPLATE_COLUMNS,
)
from wat_desktop.domain.survey.result import CellStatus, SurveyResult
from wat_desktop.services import survey_service
from wat_desktop.services.survey_service import (
    MSG_EMPTY,
    MSG_NO_ANSWERS,
    MSG_NOT_TEXT,
    MSG_TOO_LARGE,
    RejectedRowsError,
    SurveyFileError,
)

DATA = Path(__file__).parent.parent / "data" / "survey"


@pytest.fixture
def app(tmp_path: Path) -> Iterator[AppContext]:
    context = fresh_app(tmp_path)
    yield context
    context.close()


@pytest.fixture
def firm_id(app: AppContext) -> int:
    firm = Firm(profile=CompanyProfile(name="Prova S.r.l.", headcount=Headcount(operai=24)))
    firm.needs = {NeedKey.ECONOMIC_RENT: 2, NeedKey.TRAINING: 1}
    stored = app.firms.add_firm(firm)
    assert stored.id is not None
    return stored.id


@pytest.mark.parametrize(
    ("name", "encoding", "delimiter"),
    [
        ("good_utf8.csv", "utf-8-sig", ","),
        ("good_utf8_bom.csv", "utf-8-sig", ","),
        ("excel_it_cp1252.csv", "cp1252", ";"),
    ],
)
def test_good_files_import_into_the_need_counts(
    app: AppContext, firm_id: int, name: str, encoding: str, delimiter: str
) -> None:
    imported = app.surveys.import_file(firm_id, DATA / name)
    assert (imported.parsed.encoding, imported.parsed.delimiter) == (encoding, delimiter)
    assert len(imported.parsed.responses) == 20
    firm = app.firms.load(firm_id)
    assert firm.needs[NeedKey.CHILDREN_0_2] == 6
    assert firm.needs[NeedKey.ECONOMIC_BILLS] == 6
    assert firm.needs[NeedKey.TRAINING] == 10
    # 3 people struggle with rent: "< 5", so the count is the least the survey proves (1),
    # not the firm's earlier guess (2) nor the hidden 3.
    assert firm.needs[NeedKey.ECONOMIC_RENT] == 1
    result = SurveyResult.from_dict(firm.survey)
    assert result is not None
    assert result.respondents == 20 and result.headcount == 24 and result.threshold == 5
    assert result.rows[NeedKey.ECONOMIC_RENT].need.status is CellStatus.SMALL
    assert (
        result.rows[NeedKey.ECONOMIC_RENT]
        .cells[next(iter(result.rows[NeedKey.ECONOMIC_RENT].cells))]
        .value
        is None
    )


def test_cp1252_file_reports_the_italian_answer_correctly(app: AppContext) -> None:
    parsed = app.surveys.check_file(DATA / "excel_it_cp1252.csv")
    assert parsed.blank_rows == 1  # the ";;;;" line Excel leaves at the end
    assert parsed.rejected == []


def test_bad_rows_import_nothing_unless_valid_rows_are_accepted(
    app: AppContext, firm_id: int
) -> None:
    before = app.firms.load(firm_id)
    with pytest.raises(RejectedRowsError) as error:
        app.surveys.import_file(firm_id, DATA / "bad_rows.csv")
    rejected = error.value.parsed.rejected
    assert [(r.line, r.message) for r in rejected][:2] == [
        (4, MSG_BAD_YES_NO),
        (9, MSG_BAD_CHILDREN),
    ]
    assert [r.line for r in rejected] == [4, 9, 13]
    after = app.firms.load(firm_id)
    assert after.survey == {} and after.needs == before.needs and after.revision == before.revision

    imported = app.surveys.import_file(firm_id, DATA / "bad_rows.csv", accept_valid=True)
    assert imported.result.respondents == 17
    assert app.firms.load(firm_id).survey["respondents"] == 17


@pytest.mark.parametrize(
    ("name", "message"),
    [("empty.csv", MSG_EMPTY), ("header_only.csv", MSG_NO_ANSWERS)],
)
def test_empty_files_are_refused(app: AppContext, firm_id: int, name: str, message: str) -> None:
    with pytest.raises(SurveyFileError) as error:
        app.surveys.import_file(firm_id, DATA / name)
    assert error.value.message == message
    assert app.firms.load(firm_id).survey == {}


def test_a_file_with_a_name_column_is_refused(app: AppContext, firm_id: int) -> None:
    with pytest.raises(SurveyFileError) as error:
        app.surveys.import_file(firm_id, DATA / "with_names.csv")
    assert "nome" in error.value.issues[0].args[0]


def test_binary_and_oversized_files_are_refused_before_parsing(
    app: AppContext, firm_id: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    binary = tmp_path / "photo.csv"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    with pytest.raises(SurveyFileError) as error:
        app.surveys.import_file(firm_id, binary)
    assert error.value.message == MSG_NOT_TEXT
    monkeypatch.setattr(survey_service, "MAX_BYTES", 100)
    with pytest.raises(SurveyFileError) as error:
        app.surveys.import_file(firm_id, DATA / "good_utf8.csv")
    assert error.value.message == MSG_TOO_LARGE


def test_ten_thousand_rows(app: AppContext, tmp_path: Path) -> None:
    firm = app.firms.add_firm(
        Firm(profile=CompanyProfile(name="Grande S.p.A.", headcount=Headcount(operai=10_000)))
    )
    assert firm.id is not None
    rng = random.Random(4)
    lines = [";".join(COLUMNS)]
    expected_training = 0
    for _ in range(10_000):
        cells = []
        for column in COLUMNS:
            if column.startswith("children"):
                cells.append(rng.choice(["0", "0", "1", "2", "3+", ""]))
            else:
                cells.append(rng.choice(["sì", "no", "no", ""]))
                expected_training += column == "training" and cells[-1] == "sì"
        lines.append(";".join(cells))
    path = tmp_path / "big.csv"
    path.write_bytes("\r\n".join(lines).encode("cp1252"))
    imported = app.surveys.import_file(firm.id, path)
    assert imported.result.respondents == 10_000
    assert imported.result.response_rate == 1
    assert app.firms.load(firm.id).needs[NeedKey.TRAINING] == expected_training


def test_template_is_an_empty_excel_friendly_csv(app: AppContext, tmp_path: Path) -> None:
    path = app.surveys.export_template(tmp_path / "modello.csv")
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    header = data.decode("utf-8-sig").strip().split(";")
    assert header == list(TEMPLATE_COLUMNS)
    # Italian, numbered as the paper questionnaire's questions, as a clerk reads them in Excel.
    assert header[0] == "d01_figli_0_2" and header[-1] == "d15_orario_flessibile"
    assert [name[:3] for name in header] == [f"d{n:02d}" for n in range(1, 16)]
    with pytest.raises(SurveyFileError):  # empty: a header but no answers
        app.surveys.check_file(path)


def test_questionnaire_pdf_is_one_page_with_privacy_notice_and_no_name_field(
    app: AppContext, firm_id: int, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    from wat_desktop.translations import QtTranslate

    italian = app.surveys.export_questionnaire(firm_id, tmp_path / "q_it.pdf", QtTranslate("it"))
    assert PdfReader(italian).trailer["/Root"]["/Lang"] == "it-IT"
    path = app.surveys.export_questionnaire(firm_id, tmp_path / "q_en.pdf", QtTranslate("en"))
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text().lower()
    assert "prova s.r.l." in text
    assert "anonymous" in text and "children" in text
    assert "fewer than 5 people" in " ".join(text.split())
    for forbidden in ("name:", "signature:", "date:", "comments"):
        assert forbidden not in text


def test_cli_survey_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from wat_desktop.__main__ import main

    data = ["--data-dir", str(tmp_path / "data"), "--lang", "it"]
    assert main([*data, "demo"]) == 0
    assert main([*data, "survey", "template", "--out", str(tmp_path / "t.csv")]) == 0
    pdf = tmp_path / "q.pdf"
    assert main([*data, "survey", "questionnaire", "1", "--out", str(pdf), "--lang", "en"]) == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    capsys.readouterr()
    assert main([*data, "survey", "import", "1", str(DATA / "bad_rows.csv")]) == 1
    err = capsys.readouterr().err
    assert "4" in err and "9" in err and "13" in err and "--accept-valid" in err
    assert main([*data, "survey", "import", "1", str(DATA / "bad_rows.csv"), "--accept-valid"]) == 0
    assert "< 5" in capsys.readouterr().out
    assert main([*data, "survey", "import", "99", str(DATA / "good_utf8.csv")]) == 1


def test_utf8_with_bom_and_semicolons_as_excel_csv_utf8_writes_it(
    app: AppContext, firm_id: int, tmp_path: Path
) -> None:
    text = (DATA / "good_utf8.csv").read_text(encoding="utf-8").replace(",", ";")
    path = tmp_path / "excel_utf8.csv"
    path.write_bytes(text.replace("\n", "\r\n").encode("utf-8-sig"))
    imported = app.surveys.import_file(firm_id, path)
    assert (imported.parsed.encoding, imported.parsed.delimiter) == ("utf-8-sig", ";")
    assert imported.result.respondents == 20
    assert app.firms.load(firm_id).needs[NeedKey.TRAINING] == 10


def test_rejected_rows_carry_the_line_number_of_the_file(app: AppContext, tmp_path: Path) -> None:
    good = ";".join(["0"] * 5 + ["no"] * 10)
    bad = ";".join(["0"] * 5 + ["forse"] + ["no"] * 9)
    lines = [";".join(COLUMNS), good, "", ";;;;;;;;;;;;;;", bad, good]
    path = tmp_path / "gaps.csv"
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    parsed = app.surveys.check_file(path)
    assert [issue.line for issue in parsed.rejected] == [5]  # as a text editor numbers it
    assert parsed.blank_rows == 2 and len(parsed.responses) == 2


def test_more_answers_than_employees_is_the_wrong_file(app: AppContext, tmp_path: Path) -> None:
    from wat_desktop.services.survey_service import MSG_MORE_THAN_STAFF

    firm = app.firms.add_firm(
        Firm(profile=CompanyProfile(name="Piccola S.n.c.", headcount=Headcount(operai=12)))
    )
    assert firm.id is not None
    with pytest.raises(SurveyFileError) as error:
        app.surveys.import_file(firm.id, DATA / "good_utf8.csv")  # 20 answers, 12 employees
    assert error.value.message == MSG_MORE_THAN_STAFF and error.value.args_ == ("20", "12")
    assert app.firms.load(firm.id).survey == {}


def test_the_italian_questionnaire_asks_every_need_count_once(
    app: AppContext, firm_id: int, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    from wat_desktop.domain.survey.questions import QUESTIONS
    from wat_desktop.translations import QtTranslate

    tr = QtTranslate("it")
    path = app.surveys.export_questionnaire(firm_id, tmp_path / "q.pdf", tr)
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    for number, question in enumerate(QUESTIONS, start=1):
        asked = f"{number}. {tr.translate('SurveyQuestion', question.text)}"
        assert text.count(asked) == 1, asked
    assert "Privacy" in text and "meno di 5 persone" in text
    assert "nome" in text.lower() and "Nome:" not in text  # told not to write it; no field


# --- Italian headers, old English ids ---------------------------------------------------


def test_a_filled_in_template_with_italian_headers_imports(app: AppContext, firm_id: int) -> None:
    imported = app.surveys.import_file(firm_id, DATA / "twenty_answers_it.csv")
    assert (imported.parsed.encoding, imported.parsed.delimiter) == ("utf-8-sig", ";")
    assert imported.result.respondents == 20
    assert app.firms.load(firm_id).needs[NeedKey.CHILDREN_6_10] == 22


def test_old_english_ids_still_import_to_the_same_counts(
    app: AppContext, firm_id: int, tmp_path: Path
) -> None:
    """A file made from an earlier template (children_0_2 …) gives the same survey."""
    text = (DATA / "twenty_answers_it.csv").read_text(encoding="utf-8-sig").splitlines()
    old = tmp_path / "old.csv"
    old.write_text("\n".join([";".join(COLUMNS), *text[1:]]) + "\n", encoding="utf-8")
    first = app.surveys.import_file(firm_id, old).result
    again = app.surveys.import_file(firm_id, DATA / "twenty_answers_it.csv").result
    assert first.to_dict()["rows"] == again.to_dict()["rows"]


def test_header_problems_name_the_columns_as_the_file_does(tmp_path: Path) -> None:
    from wat_desktop.domain.survey.csv_schema import (
        MSG_DUPLICATE_COLUMNS,
        MSG_MISSING_COLUMNS,
        check_header,
    )

    italian = list(TEMPLATE_COLUMNS)
    assert check_header([name.upper() for name in italian]) == []  # case does not matter
    missing = check_header(italian[:-1])
    assert [(i.message, i.args) for i in missing] == [
        (MSG_MISSING_COLUMNS, ("d15_orario_flessibile",))
    ]
    assert check_header(list(COLUMNS)[:-1])[0].args == ("time_flexibility",)
    # One question under both names is a repeated column, not two questions.
    twice = check_header([*italian, "training"])
    assert twice[0].message == MSG_DUPLICATE_COLUMNS
    assert twice[0].args == ("d14_formazione, training",)


def test_a_bad_answer_names_the_column_as_written_in_the_file(tmp_path: Path) -> None:
    from wat_desktop.services.survey_service import parse_csv

    row = ["0"] * 5 + ["no"] * 8 + ["forse", "no"]
    data = "\n".join([";".join(TEMPLATE_COLUMNS), ";".join(row)]).encode()
    issue = parse_csv(data).rejected[0]
    assert issue.message == MSG_BAD_YES_NO and issue.args == ("d14_formazione", "forse")


def test_the_csv_schema_document_is_up_to_date() -> None:
    from wat_desktop.domain.survey.csv_schema import schema_text

    document = Path(__file__).parents[2] / "docs" / "schemas" / "survey-answers-csv.md"
    assert document.read_text(encoding="utf-8") == schema_text(), (
        "regenerate: python -m wat_desktop.domain.survey.csv_schema "
        "> docs/schemas/survey-answers-csv.md"
    )
    for column, question_id in zip(TEMPLATE_COLUMNS, COLUMNS, strict=True):
        assert f"`{column}` | `{question_id}`" in document.read_text(encoding="utf-8")


# --- what an import does to the counts and to a saved plan -----------------------------


def _firm_with_a_plan(app: AppContext) -> int:
    firm = Firm(profile=CompanyProfile(name="Con piano S.r.l.", headcount=Headcount(operai=24)))
    # Typed before the survey: 11 ask for flexible hours, 7 for check-ups, 3 children 0-2.
    firm.needs = {
        NeedKey.TIME_FLEXIBILITY: 11,
        NeedKey.HEALTH_PREVENTION: 7,
        NeedKey.CHILDREN_0_2: 3,
        NeedKey.CAREGIVERS_DISABLED: 2,
    }
    firm.selected_offers = {"checkup-prevenzione": 7, "maggiordomo": 8}
    stored = app.firms.add_firm(firm)
    assert stored.id is not None
    return stored.id


def test_after_an_import_every_count_is_what_the_published_table_proves(
    app: AppContext,
) -> None:
    """Published figures replace the typed ones; a "< 5" or hidden count becomes the least
    the published cells allow (never the hidden figure, never the earlier guess)."""
    firm_id = _firm_with_a_plan(app)
    imported = app.surveys.import_file(firm_id, DATA / "twenty_answers_it.csv")
    firm = app.firms.load(firm_id)
    result = imported.result
    assert firm.needs[NeedKey.HEALTH_PREVENTION] == 5  # published: "Copre 7 su 5" is gone
    assert result.rows[NeedKey.TIME_FLEXIBILITY].need.status is CellStatus.SMALL
    assert firm.needs[NeedKey.TIME_FLEXIBILITY] == 1  # "< 5" (really 4): at least one
    assert result.rows[NeedKey.CHILDREN_0_2].need.status is CellStatus.HIDDEN
    assert firm.needs[NeedKey.CHILDREN_0_2] == 11  # really 14; the cells shown prove 11
    for key, row in result.rows.items():
        assert firm.needs[key] == result.need_floor(key)
        if row.need.status is CellStatus.PUBLISHED:
            assert firm.needs[key] == row.need.value
    assert imported.updated_needs[NeedKey.HEALTH_PREVENTION] == 5
    assert NeedKey.CHILDREN_6_10 in imported.updated_needs


def test_too_few_answers_are_refused_and_change_nothing(app: AppContext, tmp_path: Path) -> None:
    """3 answers: nothing could be shown but how many answered, and even that, next to an
    earlier survey of the firm, could say how a small group changed. So nothing is stored
    and the firm is told to pool its survey."""
    from wat_desktop.services.survey_service import MSG_TOO_FEW

    firm_id = _firm_with_a_plan(app)
    app.surveys.import_file(firm_id, DATA / "twenty_answers_it.csv")
    before = app.firms.load(firm_id)
    lines = (DATA / "twenty_answers_it.csv").read_text(encoding="utf-8-sig").splitlines()
    few = tmp_path / "few.csv"
    few.write_text("\n".join(lines[:4]) + "\n", encoding="utf-8")
    with pytest.raises(SurveyFileError) as error:
        app.surveys.import_file(firm_id, few)
    assert error.value.message == MSG_TOO_FEW and error.value.args_ == ("5",)
    after = app.firms.load(firm_id)
    assert (after.survey, after.needs, after.revision) == (
        before.survey,
        before.needs,
        before.revision,
    )


def test_a_withheld_question_keeps_the_firms_own_figure() -> None:
    from wat_desktop.domain.survey.after_import import counts_after_import
    from wat_desktop.domain.survey.aggregate import aggregate
    from wat_desktop.domain.survey.result import Cell, PublishedRow
    from wat_desktop.domain.survey.suppression import publish
    from wat_desktop.services.survey_service import parse_csv

    tally = aggregate(parse_csv((DATA / "twenty_answers_it.csv").read_bytes()).responses)
    result = publish(tally, headcount=24)
    withheld = Cell(CellStatus.WITHHELD)
    cells = result.rows[NeedKey.COMMUTING].cells
    result.rows[NeedKey.COMMUTING] = PublishedRow(dict.fromkeys(cells, withheld), withheld)
    counts = counts_after_import(result, {NeedKey.COMMUTING: 9, NeedKey.TRAINING: 3})
    assert counts[NeedKey.COMMUTING] == 9  # the survey says nothing about it
    assert counts[NeedKey.TRAINING] == 8  # published


def test_a_plan_saved_before_the_survey_is_out_of_date_until_it_changes(
    app: AppContext, tmp_path: Path
) -> None:
    from wat_desktop.domain.survey.after_import import mark_plan_current, plan_predates_survey

    firm_id = _firm_with_a_plan(app)
    imported = app.surveys.import_file(firm_id, DATA / "twenty_answers_it.csv")
    firm = app.firms.load(firm_id)
    assert imported.plan_outdated and plan_predates_survey(firm)
    # The marker travels in the firm file and back, and the file still validates.
    path = app.firm_files.export(firm_id, tmp_path / "firm.json")
    copy = app.firm_files.import_file(path)
    assert plan_predates_survey(copy)
    # It is not part of the published table: the release ledger never holds it.
    ledger = (app.paths.root / "survey-releases.json").read_text(encoding="utf-8")
    assert "plan_at_import" not in ledger
    # A re-import over the same old plan keeps it out of date.
    app.surveys.import_file(firm_id, DATA / "twenty_answers_it.csv")
    assert plan_predates_survey(app.firms.load(firm_id))
    # Any change to the plan (a quantity, an offer) means it was made for the new counts.
    firm = app.firms.load(firm_id)
    firm.selected_offers["checkup-prevenzione"] = 5
    assert not plan_predates_survey(app.firms.save(firm))
    # Or the plan page says so after recomputing the same plan.
    again = app.firms.load(copy.id)
    assert copy.id != firm_id and plan_predates_survey(again)
    mark_plan_current(again)
    assert not plan_predates_survey(app.firms.save(again))


def test_a_firm_without_a_plan_has_nothing_out_of_date(app: AppContext, firm_id: int) -> None:
    from wat_desktop.domain.survey.after_import import plan_predates_survey

    imported = app.surveys.import_file(firm_id, DATA / "twenty_answers_it.csv")
    assert not imported.plan_outdated
    assert not plan_predates_survey(app.firms.load(firm_id))


def test_cli_import_explains_the_markers_and_flags_the_old_plan(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from wat_desktop.__main__ import main

    data = ["--data-dir", str(tmp_path / "data"), "--lang", "it"]
    assert main([*data, "demo"]) == 0  # the demo firm has a saved plan
    capsys.readouterr()
    assert main([*data, "survey", "import", "1", str(DATA / "twenty_answers_it.csv")]) == 0
    out = capsys.readouterr().out
    assert "Figli di 0-2 anni: almeno 11" in out
    assert "«< 5»: meno di 5 persone" in out and "nascosto" in out
    assert "Il piano salvato dell'azienda è stato preparato prima" in out


def test_every_front_end_warns_that_the_plan_predates_the_survey(app: AppContext) -> None:
    """The warning lives in the plan's figures, so the plan page, `plan` and the dossier
    all carry it; a new proposal for the new counts does not, and applying it clears it."""
    from wat_desktop.domain.plan.reasons import PREDATES_SURVEY
    from wat_desktop.services.demo_service import install_demo
    from wat_desktop.translations import QtTranslate

    install_demo(app.firms, app.catalogues)
    firm_id = _firm_with_a_plan(app)
    app.surveys.import_file(firm_id, DATA / "twenty_answers_it.csv")
    firm = app.firms.load(firm_id)

    def stale(quantities: dict[str, int]) -> bool:
        figures = app.plans.figures(firm, quantities)
        return any(w.template == PREDATES_SURVEY for w in figures.warnings)

    assert stale(firm.selected_offers)
    proposal = app.plans.recommend(firm)
    assert proposal.quantities != firm.selected_offers and not stale(proposal.quantities)
    warning = QtTranslate("it").translate("PlanReason", PREDATES_SURVEY)
    assert warning in app.dossiers.data(firm_id, QtTranslate("it")).warnings
    app.plans.apply(firm, proposal)
    firm = app.firms.load(firm_id)
    assert not stale(firm.selected_offers)

"""Demand files: export, import with preview and replacement, hostile inputs, CSV."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers import fresh_app
from wat_desktop.app import AppContext
from wat_desktop.domain.demand_file import (
    DemandFileError,
    json_schema_text,
    parse_demand_file,
    seal,
)
from wat_desktop.domain.firm import CompanyProfile, Firm, Headcount
from wat_desktop.domain.need_areas import NeedArea
from wat_desktop.domain.need_counts import NeedKey
from wat_desktop.domain.territory import OfferState
from wat_desktop.services.territory_export import csv_bytes, neutralise
from wat_desktop.services.territory_service import ImportAction

ROOT = Path(__file__).parents[2]
HOSTILE = ROOT / "tests" / "data" / "hostile" / "demand"
SCHEMA = ROOT / "docs" / "schemas" / "demand-file-v1.schema.json"


@pytest.fixture
def app(tmp_path: Path) -> Iterator[AppContext]:
    context = fresh_app(tmp_path)
    context.catalogues.install_demo()
    yield context
    context.close()


def add_firm(app: AppContext, name: str = "Tessitura Rossi S.n.c.", nido: int = 6) -> Firm:
    return app.firms.add_firm(
        Firm(
            profile=CompanyProfile(
                name=name,
                partita_iva="05628710013",
                municipality="Torre Pellice",
                territorial_area="val_pellice",
                headcount=Headcount(operai=9, impiegati=3),
            ),
            needs={NeedKey.CHILDREN_0_2: nido, NeedKey.TRAINING: 3},
            relevance={NeedArea.CHILDCARE: 5},
            selected_offers={"nido-interaziendale": 22, "centro-estivo-rete": 8},
        )
    )


def test_schema_file_is_generated_from_the_model() -> None:
    assert SCHEMA.read_text(encoding="utf-8") == json_schema_text(), (
        "regenerate: python -m wat_desktop.domain.demand_file > "
        "docs/schemas/demand-file-v1.schema.json"
    )


def test_export_is_anonymous_suppressed_and_round_trips(app: AppContext, tmp_path: Path) -> None:
    firm = add_firm(app)
    out = app.territory.export(firm.id, tmp_path / "demand.json")
    text = out.read_text(encoding="utf-8")
    assert "Rossi" not in text and "05628710013" not in text and "Tessitura" not in text
    document = parse_demand_file(text)
    assert document.needs[NeedKey.CHILDREN_0_2] == 6
    assert document.needs[NeedKey.TRAINING] == "small"  # 3 < threshold 5
    assert document.employees == "10-15" and document.territorial_area == "val_pellice"
    assert [(o.offer, o.users, o.quantity) for o in document.offers] == [
        ("centro-estivo-rete", 2, 8),
        ("nido-interaziendale", 2, 22),
    ]
    again = parse_demand_file(app.territory.export(firm.id, tmp_path / "again.json").read_text())
    assert again.firm_key == document.firm_key  # the key is made once per firm


def test_tampering_with_any_figure_breaks_the_checksum(app: AppContext, tmp_path: Path) -> None:
    path = app.territory.export(add_firm(app).id, tmp_path / "d.json")
    data = json.loads(path.read_text())
    data["needs"]["children_0_2"] = 60
    path.write_text(json.dumps(data))
    with pytest.raises(DemandFileError) as error:
        app.territory.check(path)
    assert error.value.issues[0].where == "checksum"


def coordinator(tmp_path: Path, name: str) -> AppContext:
    context = fresh_app(tmp_path / name)
    context.catalogues.install_demo()
    return context


def test_a_newer_version_replaces_the_old_one_after_a_preview(
    app: AppContext, tmp_path: Path
) -> None:
    firm = add_firm(app)
    first = app.territory.export(firm.id, tmp_path / "v1.json")
    firm.needs[NeedKey.CHILDREN_0_2] = 9
    app.firms.save(firm)
    second = app.territory.export(firm.id, tmp_path / "v2.json")
    hub = coordinator(tmp_path, "hub")
    try:
        assert hub.territory.apply(hub.territory.preview_import([first])) == 1
        preview = hub.territory.preview_import([second, first])
        actions = {a.path.name: a.action for a in preview.accepted}
        assert actions == {"v2.json": ImportAction.REPLACES, "v1.json": ImportAction.OLDER}
        replacing = next(a for a in preview.accepted if a.action is ImportAction.REPLACES)
        assert (
            replacing.replaced is not None and replacing.replaced.needs[NeedKey.CHILDREN_0_2] == 6
        )
        assert len(hub.territory.received()) == 1  # nothing changed by the preview
        hub.territory.apply(preview)
        (stored,) = hub.territory.received()
        assert stored.needs[NeedKey.CHILDREN_0_2] == 9
    finally:
        hub.close()


def test_own_firms_files_are_not_counted_twice(app: AppContext, tmp_path: Path) -> None:
    path = app.territory.export(add_firm(app).id, tmp_path / "own.json")
    preview = app.territory.preview_import([path])
    assert [a.action for a in preview.accepted] == [ImportAction.LOCAL]
    assert app.territory.apply(preview) == 0


EXPECTED = json.loads((HOSTILE / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_hostile_files_are_refused_with_file_and_field_and_change_nothing(
    app: AppContext, name: str
) -> None:
    where, problem = EXPECTED[name]
    preview = app.territory.preview_import([HOSTILE / name])
    assert preview.accepted == [] and len(preview.rejected) == 1
    (rejected,) = preview.rejected
    assert rejected.path.name == name
    texts = [issue.text() for issue in rejected.issues]
    assert any(issue.where.startswith(where) for issue in rejected.issues), texts
    assert any(problem in text for text in texts), texts
    assert app.territory.apply(preview) == 0 and app.territory.received() == []


def test_an_oversized_file_is_refused_before_it_is_read(app: AppContext, tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    big.write_text('{"format": "wat-demand", "pad": "' + "x" * 400_000 + '"}')
    (rejected,) = app.territory.preview_import([big]).rejected
    assert "larger than" in rejected.issues[0].text()


def test_a_bad_file_in_a_batch_leaves_the_good_ones_importable(
    app: AppContext, tmp_path: Path
) -> None:
    hub = coordinator(tmp_path, "hub")
    try:
        good = app.territory.export(add_firm(app).id, tmp_path / "good.json")
        preview = hub.territory.preview_import([good, HOSTILE / "bad_checksum.json"])
        assert [r.path.name for r in preview.rejected] == ["bad_checksum.json"]
        assert hub.territory.apply(preview) == 1
    finally:
        hub.close()


def demand_file(index: int, users: int) -> dict:
    data = {
        "format": "wat-demand",
        "schema_version": 1,
        "firm_key": f"{index:032x}",
        "revision": 1,
        "exported_on": "2026-11-20T10:00:00Z",
        "territorial_area": ["pinerolo", "val_pellice", "val_chisone", "val_germanasca"][index % 4],
        "municipality": ["Pinerolo", "Luserna San Giovanni", "Perosa Argentina", "Perrero"][
            index % 4
        ],
        "employees": "10-15",
        "threshold": 5,
        "needs": {"children_6_10": 3 + index % 4, "caregivers_elderly": "small"},
        "relevance": {"education": 4},
        "catalogue": {"id": "rete-welfare-pinerolese", "version": "2027.1"},
        "offers": [{"offer": "centro-estivo-rete", "users": users, "quantity": users * 4}],
    }
    return seal(data).model_dump(mode="json")


def test_twenty_demand_files_load_and_show_which_pooled_offers_activate(tmp_path: Path) -> None:
    hub = coordinator(tmp_path, "hub")
    try:
        paths = []
        for index in range(20):
            path = tmp_path / f"firm-{index:02}.json"
            path.write_text(json.dumps(demand_file(index, 1)), encoding="utf-8")
            paths.append(path)
        preview = hub.territory.preview_import(paths)
        assert len(preview.changes) == 20 and not preview.rejected
        assert hub.territory.apply(preview) == 20
        report = hub.territory.report()
        assert report.files_received == 20
        camp = next(o for o in report.offers if o.offer_id == "centro-estivo-rete")
        assert camp.state is OfferState.ACTIVATES and camp.chosen_users == 20
        assert next(o for o in report.offers if o.offer_id == "abbonamento-bus-rete").state is (
            OfferState.NEEDS_MORE
        )
        # Only two of the twenty join: the camp (16 users committed, needs 20) stays short.
        few = hub.territory.report(chosen=[f"{0:032x}", f"{1:032x}"])
        camp = next(o for o in few.offers if o.offer_id == "centro-estivo-rete")
        assert camp.state is OfferState.NEEDS_MORE and camp.missing_users == 2
        # Five files per area, 3-6 children each; small elder-care counts are lower bounds.
        row = next(r for r in report.by_area.rows if r.key is NeedKey.CHILDREN_6_10)
        assert row.total.value == 5 * (3 + 4 + 5 + 6)
        elder = next(r for r in report.by_area.rows if r.key is NeedKey.CAREGIVERS_ELDERLY)
        assert elder.total.value == 20 and elder.total.at_least
    finally:
        hub.close()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+1", "'+1"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "' x"),
        ("a\nb", "a b"),
        ("Val Pellice", "Val Pellice"),
    ],
)
def test_csv_text_cells_are_neutralised(text: str, expected: str) -> None:
    assert neutralise(text) == expected


def test_csv_export_has_no_formula_cells(app: AppContext) -> None:
    firm = add_firm(app, name="=cmd|' /C calc'!A0")
    firm.profile.municipality = "=1+1"
    app.firms.save(firm)
    raw = csv_bytes(app.territory.report())
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    cells = [cell for row in rows for cell in row]
    assert "'=1+1" in cells
    assert not any(cell[:1] in ("=", "+", "-", "@", "\t", "\r") for cell in cells)


def test_csv_numbers_stay_numbers_and_suppressed_cells_stay_empty(
    app: AppContext, tmp_path: Path
) -> None:
    add_firm(app, name="Tessitura Rossi S.n.c.", nido=1234)
    add_firm(app, name="-Filatura Meo", nido=2)  # 1236 in Val Pellice, town "Torre Pellice"
    hub_files = [tmp_path / f"f{i}.json" for i in range(3)]
    for i, path in enumerate(hub_files):
        path.write_text(json.dumps(demand_file(i, 1)), encoding="utf-8")
    app.territory.apply(app.territory.preview_import(hub_files))
    raw = csv_bytes(app.territory.report())
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    header, body = rows[0], rows[1:]
    figures = [header.index(h) for h in ("People or users", "Users committed", "Minimum users")]
    for row in body:
        for column in figures:
            assert row[column] == "" or row[column].isdigit(), row  # never "'12", "1.234"
    nido = next(r for r in body if r[1] == "Children aged 0-2" and r[2] == "All areas")
    assert nido[4] == "1236" and nido[5] == "1,236"  # the figure, and how it reads
    small = [r for r in body if r[5] == "< 5"]
    assert small and all(r[4] == "" for r in small)  # a suppressed figure is not written
    assert "Rossi" not in raw.decode("utf-8") and "Meo" not in raw.decode("utf-8")
    camp = next(r for r in body if r[0] == "Pooled offers" and "Centro estivo" in r[1])
    assert [int(camp[i]) for i in (7, 8, 10, 11)] == [16, 2, 20, 3]


def test_pdf_report_names_no_firm_and_shows_the_states(app: AppContext, tmp_path: Path) -> None:
    from pypdf import PdfReader

    from wat_desktop.domain.i18n_markers import Translate
    from wat_desktop.reports.territory_pdf import territory_pdf_bytes

    add_firm(app, name="Tessitura Rossi S.n.c.")
    raw = territory_pdf_bytes(app.territory.report(), Translate())
    reader = PdfReader(io.BytesIO(raw))
    text = "".join(page.extract_text() for page in reader.pages)
    assert "Territorial welfare demand" in text and "Active already" in text
    assert "Which pooled offers start" in text and "Need by area" in text
    assert "Annex: need by municipality" in text and "Torre Pellice" in text
    assert "Page 1 of" in text
    assert "Rossi" not in text and "05628710013" not in text
    # Every font is embedded (no stray Helvetica): the steering group's PCs print it alike.
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendant = (
                font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            )
            assert "/FontFile2" in descendant["/FontDescriptor"].get_object(), font["/BaseFont"]
    assert raw == territory_pdf_bytes(app.territory.report(), Translate())  # reproducible


def test_cli_exports_imports_with_preview_and_reports(tmp_path: Path, capsys) -> None:
    from wat_desktop.__main__ import main

    firm_dir, hub_dir = str(tmp_path / "firm"), str(tmp_path / "hub")
    out = tmp_path / "d.json"
    assert main(["--data-dir", firm_dir, "--lang", "en", "demo"]) == 0
    assert (
        main(["--data-dir", firm_dir, "--lang", "en", "demand", "export", "1", "--out", str(out)])
        == 0
    )
    assert main(["--data-dir", hub_dir, "--lang", "en", "demo"]) == 0
    argv = ["--data-dir", hub_dir, "--lang", "en", "demand", "import", str(out)]
    assert main(argv) == 3  # shown, not stored
    assert main([*argv, "--yes"]) == 0
    capsys.readouterr()
    report = tmp_path / "r.csv"
    assert (
        main(["--data-dir", hub_dir, "--lang", "en", "territory", "--json", "--csv", str(report)])
        == 0
    )
    data = json.loads(capsys.readouterr().out)
    assert data["files_received"] == 1 and data["firms_in_database"] == 1
    assert {o["offer"] for o in data["pooled_offers"]} >= {"centro-estivo-rete"}
    assert report.read_bytes().startswith(b"\xef\xbb\xbf")
    bad = ["--data-dir", hub_dir, "demand", "import", str(HOSTILE / "nan.json")]
    assert main(bad) == 1

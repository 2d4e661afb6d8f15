"""Synthetic data: firms, catalogues, survey and demand files; deterministic by seed."""

from pathlib import Path

from stdnum.it import iva

from wat_desktop.__main__ import main as cli_main
from wat_desktop.domain.catalogue_format import parse_catalogue_bytes
from wat_desktop.domain.demand_file import parse_demand_file
from wat_desktop.domain.steps import StepId
from wat_desktop.persistence.database import Database
from wat_desktop.persistence.migrator import migrate
from wat_desktop.services.catalogue_service import demo_catalogue_bytes
from wat_desktop.services.firm_service import FirmService
from wat_desktop.services.survey_service import parse_csv
from wat_desktop.services.synth import generate_firms, insert_firms
from wat_desktop.services.synth_files import (
    demand_file_texts,
    survey_csv_bytes,
    synthetic_catalogue_bytes,
)


def test_the_same_seed_gives_the_same_firms_and_another_seed_others() -> None:
    catalogue = parse_catalogue_bytes(demo_catalogue_bytes())
    first = generate_firms(50, seed=42, catalogue=catalogue)
    again = generate_firms(50, seed=42, catalogue=catalogue)
    other = generate_firms(50, seed=43, catalogue=catalogue)
    assert first == again
    assert [s.firm.profile for s in first] != [s.firm.profile for s in other]


def test_generated_firms_are_plausible() -> None:
    catalogue = parse_catalogue_bytes(demo_catalogue_bytes())
    firms = generate_firms(300, seed=1, catalogue=catalogue)
    offer_ids = {o.id for o in catalogue.offers}
    assert len({s.firm.name for s in firms}) == 300  # names are unique within a batch
    for synthetic in firms:
        firm = synthetic.firm
        total = firm.profile.headcount.total
        assert 1 <= total <= 200
        assert iva.is_valid(firm.profile.partita_iva)
        assert all(0 <= count <= total for count in firm.needs.values())
        assert set(firm.selected_offers) <= offer_ids
        assert synthetic.plan_cost_cents == sum(
            q * catalogue.offer(o).price_cents  # type: ignore[union-attr]
            for o, q in firm.selected_offers.items()
        )
    # Firms stop at different steps, and some reach the plan.
    assert any(s.firm.selected_offers for s in firms)
    assert any(not s.firm.needs for s in firms)


def test_bulk_insert_stores_loadable_firms(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'wat.sqlite3'}")
    migrate(db, None)
    synthetic = generate_firms(120, seed=5)
    assert insert_firms(db, synthetic, batch=50) == 120
    service = FirmService(db)
    summaries = service.list_firms()
    assert len(summaries) == 120
    by_name = {s.firm.name: s.firm for s in synthetic}
    loaded = service.load(summaries[0].id)
    assert loaded.profile == by_name[loaded.name].profile
    assert loaded.needs == by_name[loaded.name].needs
    assert summaries[0].steps_done & (1 << StepId.PROFILE)
    db.dispose()


def test_synth_command_adds_firms_and_firms_lists_them(tmp_path: Path, capsys) -> None:
    data = str(tmp_path / "data")
    assert (
        cli_main(["--data-dir", data, "--lang", "en", "synth", "--firms", "25", "--seed", "3"]) == 0
    )
    assert "25 fictional firms added (seed 3)." in capsys.readouterr().out
    assert cli_main(["--data-dir", data, "firms", "--json"]) == 0
    assert capsys.readouterr().out.count('"id"') == 25


def test_a_synthetic_catalogue_of_any_size_passes_the_import_validation() -> None:
    raw = synthetic_catalogue_bytes(500, seed=1)
    catalogue = parse_catalogue_bytes(raw)
    assert len(catalogue.offers) == 500
    assert len({o.id for o in catalogue.offers}) == 500
    assert synthetic_catalogue_bytes(500, seed=1) == raw  # reproducible by seed
    assert synthetic_catalogue_bytes(500, seed=2) != raw  # other sites, other prices
    demo = parse_catalogue_bytes(demo_catalogue_bytes())
    assert catalogue.network.id == demo.network.id  # the same network, a newer version
    # Smaller than the demo: commitments to the offers left out are dropped, still valid.
    small = parse_catalogue_bytes(synthetic_catalogue_bytes(3, seed=1))
    kept = {o.id for o in small.offers}
    assert len(kept) == 3
    assert all(c.offer_id in kept for f in small.network.member_firms for c in f.commitments)


def test_a_synthetic_survey_is_the_csv_italian_excel_writes_and_imports_cleanly() -> None:
    data = survey_csv_bytes(1000, seed=4)
    assert data.startswith(b"\xef\xbb\xbf") and b";" in data.split(b"\r\n", 1)[0]
    parsed = parse_csv(data)
    assert len(parsed.responses) == 1000 and not parsed.rejected
    assert parsed.delimiter == ";"
    assert survey_csv_bytes(1000, seed=4) == data
    assert survey_csv_bytes(1000, seed=5) != data


def test_synthetic_demand_files_are_sealed_anonymous_and_distinct() -> None:
    catalogue = parse_catalogue_bytes(synthetic_catalogue_bytes(60, seed=1))
    texts = demand_file_texts(30, seed=8, catalogue=catalogue)
    documents = [parse_demand_file(text) for text in texts]  # checksum and schema checked
    assert len({d.firm_key for d in documents}) == 30
    assert sum(1 for d in documents if d.offers) >= 10  # most firms chose pooled offers
    assert all(catalogue.offer(o.offer).is_pooled for d in documents for o in d.offers)
    assert not any("S.r.l." in text or "partita_iva" in text for text in texts)
    assert demand_file_texts(30, seed=8, catalogue=catalogue) == texts


def test_synth_command_builds_catalogue_survey_and_demand_files(tmp_path: Path, capsys) -> None:
    data, out = tmp_path / "data", tmp_path / "out"
    argv = ["--data-dir", str(data), "--lang", "en", "synth", "--firms", "10", "--offers", "80"]
    argv += ["--survey-rows", "50", "--demand-files", "4", "--seed", "2", "--out-dir", str(out)]
    assert cli_main(argv) == 0
    printed = capsys.readouterr().out
    assert "Synthetic catalogue of 80 offers imported" in printed
    assert "10 fictional firms added (seed 2)." in printed
    catalogue_file = out / "catalogue-80-offers-seed2.json"
    assert catalogue_file.read_bytes() == synthetic_catalogue_bytes(80, seed=2)
    survey = out / "survey-50-rows-seed2.csv"
    assert len(parse_csv(survey.read_bytes()).responses) == 50
    assert len(list((out / "demand-files-seed2").glob("demand-*.json"))) == 4
    # The synthetic catalogue is the current one: the firms' plans come from it.
    assert cli_main(["--data-dir", str(data), "--lang", "en", "firms", "--json"]) == 0
    assert capsys.readouterr().out.count('"id"') == 10


def test_synth_command_refuses_sizes_out_of_range(tmp_path: Path, capsys) -> None:
    data = str(tmp_path / "data")
    assert cli_main(["--data-dir", data, "--lang", "en", "synth", "--offers", "0"]) == 1
    assert "The number of offers must be between 1 and 5000." in capsys.readouterr().err
    assert cli_main(["--data-dir", data, "--lang", "en", "synth", "--survey-rows", "-3"]) == 1
    assert "survey rows must be between 0 and" in capsys.readouterr().err

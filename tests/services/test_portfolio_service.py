"""The portfolio service on SQLite and PostgreSQL: one-query rows, duplicate,
archive and delete-after-backup."""

from collections.abc import Iterator

import pytest

from wat_desktop.domain.steps import StepId
from wat_desktop.persistence.database import Database
from wat_desktop.persistence.firm_repository import FirmNotFoundError
from wat_desktop.persistence.migrator import migrate
from wat_desktop.services.demo_service import demo_firm
from wat_desktop.services.firm_service import FirmService
from wat_desktop.services.portfolio_service import PortfolioService, SizeBand, size_band
from wat_desktop.services.synth import generate_firms, insert_firms


@pytest.fixture
def db(database_url: str) -> Iterator[Database]:
    database = Database(database_url)
    migrate(database, None)
    yield database
    database.dispose()


def test_rows_carry_every_column_the_portfolio_shows(db: Database) -> None:
    synthetic = generate_firms(40, seed=9)
    insert_firms(db, synthetic)
    rows = PortfolioService(db, FirmService(db)).rows()  # no catalogue: no plan cost
    assert len(rows) == 40
    assert [r.name for r in rows] == sorted(r.name for r in rows)
    by_name = {s.firm.name: s for s in synthetic}
    for row in rows:
        source = by_name[row.name]
        profile = source.firm.profile
        assert row.municipality == profile.municipality
        assert row.territorial_area == profile.territorial_area
        assert row.headcount == profile.headcount.total
        assert row.ateco_section == profile.ateco_section != ""
        assert row.ccnl == profile.ccnl
        assert row.plan_cost_cents == 0
        assert row.step_reached >= 1  # every generated firm has its profile complete
        assert not row.archived


def test_plan_cost_is_what_the_plan_page_shows_for_the_current_catalogue(db: Database) -> None:
    from wat_desktop.domain.plan.figures import plan_figures
    from wat_desktop.domain.plan.recommendation import plan_year
    from wat_desktop.services.catalogue_service import CatalogueService
    from wat_desktop.services.portfolio_service import PlanCostBand

    catalogues = CatalogueService(db)
    catalogues.install_demo()
    catalogue = catalogues.current()
    firms = FirmService(db)
    insert_firms(db, generate_firms(60, seed=4, catalogue=catalogue))
    rows = PortfolioService(db, firms).rows()  # bulk-inserted rows: costs worked out
    with_plan = [r for r in rows if r.plan_cost_cents]
    assert 0 < len(with_plan) < len(rows)
    for row in rows:
        firm = firms.load(row.id)
        expected = (
            plan_figures(firm, catalogue, firm.selected_offers, plan_year(firm)).cost_cents
            if firm.selected_offers
            else 0
        )
        assert row.plan_cost_cents == expected, firm.name
        assert (row.plan_cost_band is PlanCostBand.NONE) == (expected == 0)


def test_duplicate_copies_sections_but_not_the_survey(db: Database) -> None:
    firms = FirmService(db)
    original = demo_firm()
    original.selected_offers = {"sportello-caregiver": 5}
    original.survey = {"respondents": 12}
    stored = firms.add_firm(original)
    portfolio = PortfolioService(db, firms)

    copy = portfolio.duplicate(stored.id)  # type: ignore[arg-type]

    assert copy.id != stored.id
    assert copy.name == f"{original.name} (copia)"
    assert copy.needs == original.needs
    assert copy.relevance == original.relevance
    assert copy.workforce == original.workforce
    assert copy.selected_offers == {"sportello-caregiver": 5}
    assert copy.survey == {}
    assert firms.load(stored.id).survey == {"respondents": 12}  # type: ignore[arg-type]
    assert len(portfolio.rows()) == 2


def test_archive_hides_from_the_firm_list_and_unarchive_brings_back(db: Database) -> None:
    firms = FirmService(db)
    stored = firms.add_firm(demo_firm())
    portfolio = PortfolioService(db, firms)
    portfolio.set_archived(stored.id, True)  # type: ignore[arg-type]
    assert firms.list_firms() == []
    assert [r.archived for r in portfolio.rows()] == [True]
    assert portfolio.rows(include_archived=False) == []
    # An editor holding the firm can still save: archiving is not an edit.
    firms.save(stored)
    portfolio.set_archived(stored.id, False)  # type: ignore[arg-type]
    assert [f.id for f in firms.list_firms()] == [stored.id]
    with pytest.raises(FirmNotFoundError):
        portfolio.set_archived(9999, True)


def test_delete_takes_the_backup_first_and_a_failed_backup_deletes_nothing(db: Database) -> None:
    firms = FirmService(db)
    keep = firms.add_firm(demo_firm())
    calls: list[int] = []

    def backup() -> str:
        calls.append(len(firms.list_firms()))  # the firm is still there during the backup
        return "backup-info"

    assert PortfolioService(db, firms, backup).delete(keep.id) == "backup-info"  # type: ignore[arg-type]
    assert calls == [1]
    assert firms.list_firms() == []

    other = firms.add_firm(demo_firm())

    def broken() -> None:
        raise OSError("disk full")

    with pytest.raises(OSError):
        PortfolioService(db, firms, broken).delete(other.id)  # type: ignore[arg-type]
    assert [f.id for f in firms.list_firms()] == [other.id]


def test_without_a_database_backup_the_firm_is_kept_as_a_firm_file(db: Database, tmp_path) -> None:
    from wat_desktop.services.firm_file_service import FirmFileService

    firms = FirmService(db)
    doomed = firms.add_firm(demo_firm())
    portfolio = PortfolioService(
        db, firms, None, firm_files=FirmFileService(firms), copies_folder=tmp_path / "deleted"
    )
    assert portfolio.keeps_copy_before_delete and not portfolio.backs_up_before_delete
    kept = portfolio.delete(doomed.id)  # type: ignore[arg-type]
    assert firms.list_firms() == []
    assert kept.parent == tmp_path / "deleted"  # type: ignore[attr-defined]
    back = FirmFileService(firms).import_file(kept)  # type: ignore[arg-type]
    assert back.name == doomed.name and back.needs == doomed.needs


def test_size_bands_and_steps() -> None:
    assert [size_band(n) for n in (0, 9, 10, 49, 50, 249, 250)] == [
        SizeBand.MICRO, SizeBand.MICRO, SizeBand.SMALL, SizeBand.SMALL,
        SizeBand.MEDIUM, SizeBand.MEDIUM, SizeBand.LARGE,
    ]  # fmt: skip
    from wat_desktop.services.portfolio_service import PortfolioRow

    mask = (1 << StepId.PROFILE) | (1 << StepId.WORKFORCE) | (1 << StepId.RELEVANCE)
    row = PortfolioRow(1, "x", "", "", 3, "C", "", mask, 0, False)
    from wat_desktop.services.portfolio_service import PlanCostBand, plan_cost_band

    assert [plan_cost_band(c) for c in (0, 1, 5_000_00, 5_000_01, 50_000_00, 50_000_01)] == [
        PlanCostBand.NONE, PlanCostBand.UP_TO_5K, PlanCostBand.UP_TO_5K,
        PlanCostBand.UP_TO_20K, PlanCostBand.UP_TO_50K, PlanCostBand.OVER_50K,
    ]  # fmt: skip
    assert row.steps_complete == 3
    assert row.step_reached == 2


def _expected_cost(firm, catalogue) -> int:  # type: ignore[no-untyped-def]
    from wat_desktop.domain.plan.figures import plan_figures
    from wat_desktop.domain.plan.recommendation import plan_year

    if not firm.selected_offers:
        return 0
    return plan_figures(firm, catalogue, firm.selected_offers, plan_year(firm)).cost_cents


def _stored_costs(db: Database) -> dict[int, int]:
    from sqlalchemy import select

    from wat_desktop.persistence.models import FirmRow

    with db.session() as session:
        return dict(session.execute(select(FirmRow.id, FirmRow.plan_cost_cents)).all())


def _repriced_demo() -> bytes:
    """The demo catalogue, version 2027.9, with every standalone price up by 10 €."""
    import json

    from wat_desktop.services.catalogue_service import demo_catalogue_bytes

    data = json.loads(demo_catalogue_bytes())
    data["version"] = "2027.9"
    for offer in data["offers"]:
        offer["price"] = f"{float(offer['price']) + 10:.2f}"  # test data only
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


def test_each_save_stores_the_plan_cost_the_plan_page_shows(db: Database) -> None:
    from wat_desktop.services.catalogue_service import CatalogueService

    catalogues = CatalogueService(db)
    catalogues.install_demo()
    catalogue = catalogues.current()
    firms = FirmService(db)
    template = demo_firm()
    template.selected_offers = {"sportello-caregiver": 5}
    firm = firms.add_firm(template)
    assert _stored_costs(db)[firm.id] == _expected_cost(firm, catalogue) > 0  # type: ignore[index]
    firm.selected_offers = {"sportello-caregiver": 5, "nido-interaziendale": 2}
    firm = firms.save(firm)
    assert _stored_costs(db)[firm.id] == _expected_cost(firm, catalogue)  # type: ignore[index]
    firm.selected_offers = {}
    firm = firms.save(firm)
    assert _stored_costs(db)[firm.id] == 0  # type: ignore[index]
    assert [r.plan_cost_cents for r in PortfolioService(db, firms).rows()] == [0]


def test_after_a_catalogue_import_costs_follow_the_new_prices_and_are_stored(
    db: Database,
) -> None:
    from wat_desktop.services.catalogue_service import CatalogueService

    catalogues = CatalogueService(db)
    catalogues.install_demo()
    firms = FirmService(db)
    insert_firms(db, generate_firms(30, seed=5, catalogue=catalogues.current()))
    editing = firms.load(firms.list_firms()[0].id)
    portfolio = PortfolioService(db, firms)
    before = {r.id: r.plan_cost_cents for r in portfolio.rows()}

    catalogues.import_bytes(_repriced_demo())
    repriced = catalogues.current()
    assert repriced is not None and repriced.version == "2027.9"
    after = {r.id: r.plan_cost_cents for r in portfolio.rows()}
    for firm_id, cost in after.items():
        assert cost == _expected_cost(firms.load(firm_id), repriced)
    planned = [i for i, cost in before.items() if cost]
    assert planned and all(after[i] > before[i] for i in planned)
    # Stored back for the next open, without touching the firms' revisions: an editor
    # holding a firm since before can still save it.
    assert {i: c for i, c in _stored_costs(db).items() if i in planned} == {
        i: after[i] for i in planned
    }
    firms.save(editing)


def test_a_plan_without_a_year_of_its_own_is_costed_again_when_its_year_moves_on() -> None:
    from datetime import date

    from wat_desktop.domain.plan_cost import cost_basis, fresh_bases, plan_year_of

    august, september = date(2026, 8, 31), date(2026, 9, 1)
    assert plan_year_of(0, august) == 2026 and plan_year_of(0, september) == 2027
    assert plan_year_of(2030, september) == 2030
    stored = cost_basis("ab" * 32, 0, august)
    assert stored in fresh_bases("ab" * 32, august)
    assert stored not in fresh_bases("ab" * 32, september)  # the plan now falls in 2027
    assert cost_basis("ab" * 32, 2030, august) in fresh_bases("ab" * 32, september)
    assert stored not in fresh_bases("cd" * 32, august)  # another catalogue

"""Territorial aggregation: suppression at every level, activation forecast, speed."""

from __future__ import annotations

import random
from dataclasses import replace

from wat_desktop.domain.catalogue import Beneficiary, Catalogue, Network, Offer, PoolingRule, Unit
from wat_desktop.domain.catalogue_format import parse_catalogue_bytes
from wat_desktop.domain.need_areas import NeedArea
from wat_desktop.domain.need_counts import NeedKey
from wat_desktop.domain.survey.result import CellStatus
from wat_desktop.domain.survey.suppression import feasible_range
from wat_desktop.domain.territory import (
    FirmDemand,
    OfferState,
    mean_relevance,
    need_by_area,
    need_by_municipality,
    offer_forecast,
)
from wat_desktop.services.catalogue_service import demo_catalogue_bytes

NIDO = NeedKey.CHILDREN_0_2


def firm(key: str, area: str, place: str, needs: dict, offers: dict | None = None) -> FirmDemand:
    return FirmDemand(
        key=key,
        label=key,
        from_file=False,
        territorial_area=area,
        municipality=place,
        employees_band="10-15",
        needs=needs,
        relevance={NeedArea.CHILDCARE: 5},
        offers=offers or {},
    )


def test_counts_add_up_per_area_and_small_cells_are_suppressed() -> None:
    demands = [
        firm("a", "pinerolo", "Pinerolo", {NIDO: 6}),
        firm("b", "pinerolo", "Pinerolo", {NIDO: 4}),
        firm("c", "val_pellice", "Luserna San Giovanni", {NIDO: 3}),
        firm("d", "val_chisone", "Perosa Argentina", {NIDO: 7}),
    ]
    table = need_by_area(demands, threshold=5)
    row = next(r for r in table.rows if r.key is NIDO)
    assert row.total.value == 20
    assert row.cells["pinerolo"].value == 10
    assert row.cells["val_pellice"].status is CellStatus.SMALL
    # A lone small cell could be subtracted from the total: another cell is hidden too.
    assert row.cells["val_chisone"].status is CellStatus.HIDDEN
    assert row.cells["val_germanasca"].value == 0


def test_no_hidden_cell_can_be_worked_out_from_the_published_total() -> None:
    rng = random.Random(7)
    areas = ["pinerolo", "val_pellice", "val_chisone", "val_germanasca", "other"]
    for _ in range(200):
        demands = [
            firm(str(i), rng.choice(areas), "X", {NIDO: rng.choice([0, 1, 2, 3, 5, 6, 9])})
            for i in range(rng.randint(1, 8))
        ]
        row = next(r for r in need_by_area(demands, 5).rows if r.key is NIDO)
        if row.total.status is not CellStatus.PUBLISHED:
            assert all(
                c.status is not CellStatus.PUBLISHED or c.value == 0 for c in row.cells.values()
            )
            continue
        values = {
            col: sum(d.needs.get(NIDO, 0) for d in demands if d.territorial_area == col)
            for col in row.cells
        }
        status = {col: c.status for col, c in row.cells.items()}
        for col, state in status.items():
            if state is CellStatus.SMALL:
                low, high = feasible_range(values, status, row.total.value or 0, 5, col)  # type: ignore[arg-type]
                assert high > low, (values, status)


def test_municipalities_are_suppressed_inside_their_area() -> None:
    demands = [
        firm("a", "pinerolo", "Pinerolo", {NIDO: 8}),
        firm("b", "pinerolo", "Cavour", {NIDO: 2}),
        firm("c", "val_pellice", "Torre Pellice", {NIDO: 6}),
        firm("d", "val_pellice", "Bobbio Pellice", {NIDO: 5}),
    ]
    table = need_by_municipality(demands, 5)
    pinerolo = table.rows[(NIDO, "pinerolo")]
    assert pinerolo.total.value == 10
    assert pinerolo.cells["Cavour"].status is CellStatus.SMALL
    # Pinerolo alone would give Cavour away (10 - 8): it is hidden too.
    assert pinerolo.cells["Pinerolo"].status is CellStatus.HIDDEN
    pellice = table.rows[(NIDO, "val_pellice")]
    assert pellice.cells["Torre Pellice"].value == 6 and pellice.cells["Bobbio Pellice"].value == 5


def test_municipalities_of_an_unpublished_area_never_show_a_count() -> None:
    demands = [
        firm("a", "val_germanasca", "Prali", {NIDO: 3}),
        firm("b", "pinerolo", "Pinerolo", {NIDO: 9}),
    ]
    table = need_by_municipality(demands, 5)
    row = table.rows[(NIDO, "val_germanasca")]
    assert row.total.status is not CellStatus.PUBLISHED
    assert row.cells["Prali"].value is None


def test_small_counts_from_files_make_a_lower_bound() -> None:
    demands = [
        firm("a", "pinerolo", "Pinerolo", {NIDO: None}),
        firm("b", "pinerolo", "Pinerolo", {NIDO: 9}),
    ]
    row = next(r for r in need_by_area(demands, 5).rows if r.key is NIDO)
    assert row.cells["pinerolo"].value == 10 and row.cells["pinerolo"].at_least
    assert row.total.at_least


def demo() -> Catalogue:
    return parse_catalogue_bytes(demo_catalogue_bytes())


def test_forecast_says_which_pooled_offers_activate_with_the_chosen_firms() -> None:
    # centro-estivo-rete: network 16 users / 2 firms, needs 20 users and 3 firms.
    demands = [
        firm("a", "pinerolo", "Pinerolo", {}, {"centro-estivo-rete": 3}),
        firm("b", "pinerolo", "Pinerolo", {}, {"centro-estivo-rete": 2}),
    ]
    by_id = {f.offer_id: f for f in offer_forecast(demo(), demands, 5, chosen={"a"})}
    camp = by_id["centro-estivo-rete"]
    assert camp.state is OfferState.NEEDS_MORE and camp.missing_users == 1
    assert camp.chosen_users_cell.status is CellStatus.SMALL  # 3 users read "< 5"
    assert camp.demand_users == 5 and camp.demand_firms == 2
    both = {f.offer_id: f for f in offer_forecast(demo(), demands, 5)}
    assert both["centro-estivo-rete"].state is OfferState.ACTIVATES
    assert both["checkup-prevenzione"].state is OfferState.ACTIVE
    assert both["abbonamento-bus-rete"].state is OfferState.NEEDS_MORE


def test_a_firm_must_bring_users_to_count_as_a_joining_firm() -> None:
    demands = [
        firm("a", "", "", {}, {"centro-estivo-rete": 0}),
        firm("b", "", "", {}, {"centro-estivo-rete": 4}),
    ]
    camp = {f.offer_id: f for f in offer_forecast(demo(), demands, 5)}["centro-estivo-rete"]
    assert camp.chosen_firms == 1 and camp.missing_firms == 0 and camp.state is OfferState.ACTIVATES


def test_mean_relevance_in_tenths_without_floats() -> None:
    demands = [
        replace(firm(str(i), "", "", {}), relevance={NeedArea.HEALTH: s})
        for i, s in enumerate([4, 5, 5])
    ]
    (health,) = mean_relevance(demands)
    assert health.firms == 3 and health.mean_tenths == 47


def big_catalogue(offers: int) -> Catalogue:
    return Catalogue(
        network=Network("n", "N"),
        version="1",
        offers=tuple(
            Offer(
                id=f"o{i}",
                title=f"Offer {i}",
                provider_id="p",
                need_areas=(NeedArea.HEALTH,),
                benefit_type="art51_c2_f_bis",
                beneficiaries=(Beneficiary.EMPLOYEE,),
                unit=Unit.USE,
                price_cents=1000,
                pooling=PoolingRule(min_users=50, min_firms=3),
            )
            for i in range(offers)
        ),
    )


def test_a_thousand_firms_and_five_hundred_offers_add_up() -> None:
    # Speed is measured by benchmarks/territory.py (target well under 0.5 s).
    rng = random.Random(1)
    catalogue = big_catalogue(500)
    areas = ["pinerolo", "val_pellice", "val_chisone", "val_germanasca", "other", ""]
    demands = [
        firm(
            f"f{i}",
            rng.choice(areas),
            f"Comune {rng.randint(1, 40)}",
            {key: rng.randint(0, 12) for key in NeedKey},
            {f"o{rng.randint(0, 499)}": rng.randint(1, 9) for _ in range(20)},
        )
        for i in range(1000)
    ]
    table = need_by_area(demands, 5)
    need_by_municipality(demands, 5, table)
    forecast = offer_forecast(catalogue, demands, 5, chosen={f"f{i}" for i in range(0, 1000, 2)})
    assert len(mean_relevance(demands)) == 1
    assert len(forecast) == 500
    assert sum(f.demand_users for f in forecast) == sum(sum(d.offers.values()) for d in demands)

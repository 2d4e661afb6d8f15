"""Pooling states, tier prices and costs at and around every threshold."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wat_desktop.domain.catalogue import (
    Beneficiary,
    Offer,
    PoolingRule,
    PriceTier,
    Unit,
)
from wat_desktop.domain.catalogue_format import parse_catalogue_bytes
from wat_desktop.domain.need_areas import NeedArea
from wat_desktop.domain.need_counts import NeedKey
from wat_desktop.domain.pooling import (
    DEFAULT_TAKE_UP_PERCENT,
    NetworkDemand,
    PoolState,
    default_rate,
    expected_users,
    firm_pool_statuses,
    network_demand,
    pool_status,
    price_now,
    tier_price_cents,
    users_for_units,
)
from wat_desktop.services.catalogue_service import demo_catalogue_bytes
from wat_desktop.services.demo_service import demo_firm


def camp(min_users: int = 20, min_firms: int = 3, fee: int = 0) -> Offer:
    """Summer camp: 175 € a week alone; 160 € from 20 pooled children, 145 € from 40."""
    return Offer(
        id="camp",
        title="Centro estivo",
        provider_id="coop",
        need_areas=(NeedArea.EDUCATION,),
        benefit_type="art51_c2_f_bis",
        beneficiaries=(Beneficiary.FAMILY,),
        unit=Unit.CHILD_WEEK,
        price_cents=17500,
        units_per_user=4,
        need_keys=(NeedKey.CHILDREN_6_10,),
        pooling=PoolingRule(
            min_users=min_users,
            min_firms=min_firms,
            tiers=(PriceTier(20, 16000), PriceTier(40, 14500)),
            membership_fee_cents=fee,
        ),
    )


@pytest.mark.parametrize(
    ("volume", "price"),
    [(0, 17500), (19, 17500), (20, 16000), (21, 16000), (39, 16000), (40, 14500), (41, 14500)],
)
def test_tier_price_at_and_around_each_tier(volume: int, price: int) -> None:
    assert tier_price_cents(camp(), volume) == price


@pytest.mark.parametrize(
    ("network_users", "firm_users", "state", "missing"),
    [
        (20, 0, PoolState.ACTIVE, 0),  # at the threshold without the firm
        (21, 3, PoolState.ACTIVE, 0),
        (19, 0, PoolState.NEEDS_MORE, 1),  # one short, firm brings nobody
        (19, 1, PoolState.ACTIVATES_IF_YOU_JOIN, 0),  # firm brings exactly the last one
        (19, 2, PoolState.ACTIVATES_IF_YOU_JOIN, 0),
        (17, 2, PoolState.NEEDS_MORE, 1),  # n-1 with the firm
        (10, 3, PoolState.NEEDS_MORE, 7),  # "needs 7 more places"
    ],
)
def test_user_threshold(network_users: int, firm_users: int, state: PoolState, missing: int):
    status = pool_status(camp(min_firms=0), NetworkDemand(network_users, 2), firm_users)
    assert status.state is state
    assert status.missing_users == missing
    assert status.pooled_users == network_users + firm_users


@pytest.mark.parametrize(
    ("network_firms", "firm_users", "state", "missing_firms"),
    [
        (3, 0, PoolState.ACTIVE, 0),
        (2, 1, PoolState.ACTIVATES_IF_YOU_JOIN, 0),  # the firm is the third
        (2, 0, PoolState.NEEDS_MORE, 1),  # not joining does not count the firm
        (1, 5, PoolState.NEEDS_MORE, 1),
        (4, 0, PoolState.ACTIVE, 0),
    ],
)
def test_firm_threshold(network_firms: int, firm_users: int, state: PoolState, missing_firms: int):
    status = pool_status(camp(min_users=0), NetworkDemand(30, network_firms), firm_users)
    assert status.state is state
    assert status.missing_firms == missing_firms


def test_both_thresholds_must_be_met() -> None:
    # Enough users but too few firms, even with this one.
    status = pool_status(camp(), NetworkDemand(30, 1), 2)
    assert status.state is PoolState.NEEDS_MORE
    assert (status.missing_users, status.missing_firms) == (0, 1)


def test_costs_alone_pooled_and_now() -> None:
    # 16 children committed by two firms; 6 more from this firm activate the camp.
    status = pool_status(camp(fee=5000), NetworkDemand(16, 2), 6)
    assert status.state is PoolState.ACTIVATES_IF_YOU_JOIN
    assert status.firm_units == 24  # 6 children × 4 weeks
    assert status.cost_alone_cents == 24 * 17500
    assert status.pooled_unit_cents == 16000
    assert status.cost_pooled_cents == 24 * 16000 + 5000
    assert status.cost_now_cents == status.cost_pooled_cents
    assert status.saving_cents == 24 * 1500 - 5000
    assert status.progress == (20, 20)


def test_not_active_pays_standalone_but_shows_the_pooled_price() -> None:
    status = pool_status(camp(fee=5000), NetworkDemand(5, 3), 2)
    assert status.state is PoolState.NEEDS_MORE
    assert status.effective_unit_cents == 17500
    assert status.cost_now_cents == status.cost_alone_cents  # no fee until it runs
    assert status.pooled_unit_cents == 16000  # the price once it activates
    assert status.progress == (7, 20)


def test_higher_tier_reached_by_the_firm() -> None:
    status = pool_status(camp(), NetworkDemand(38, 3), 2)
    assert status.state is PoolState.ACTIVE
    assert status.effective_unit_cents == 14500


def test_no_membership_fee_when_the_firm_brings_nobody() -> None:
    status = pool_status(camp(fee=5000), NetworkDemand(25, 3), 0)
    assert status.membership_fee_cents == 0
    assert status.cost_pooled_cents == 0


def test_errors() -> None:
    with pytest.raises(ValueError):
        pool_status(camp(), NetworkDemand(), -1)
    plain = Offer("x", "x", "p", (NeedArea.HEALTH,), "art51_c2_f", (), Unit.USE, 100)
    with pytest.raises(ValueError):
        pool_status(plain, NetworkDemand(), 1)


@given(
    network=st.integers(0, 60),
    firms=st.integers(0, 5),
    firm_users=st.integers(0, 30),
)
def test_invariants(network: int, firms: int, firm_users: int) -> None:
    status = pool_status(camp(fee=3000), NetworkDemand(network, firms), firm_users)
    active = network >= 20 and firms >= 3
    with_firm = network + firm_users >= 20 and firms + (firm_users > 0) >= 3
    expected = (
        PoolState.ACTIVE
        if active
        else PoolState.ACTIVATES_IF_YOU_JOIN
        if with_firm
        else PoolState.NEEDS_MORE
    )
    assert status.state is expected
    assert (status.missing_users > 0 or status.missing_firms > 0) == (
        expected is PoolState.NEEDS_MORE
    )
    assert status.pooled_unit_cents <= status.standalone_unit_cents
    assert status.cost_now_cents in (status.cost_alone_cents, status.cost_pooled_cents)
    # More users never raise the unit price.
    bigger = pool_status(camp(fee=3000), NetworkDemand(network, firms), firm_users + 1)
    assert bigger.pooled_unit_cents <= status.pooled_unit_cents


@pytest.mark.parametrize(
    ("children", "percent", "users"),
    [(0, 60, 0), (1, 60, 1), (3, 60, 2), (5, 50, 3), (4, 50, 2), (10, 0, 0), (7, 100, 7)],
)
def test_expected_users_rounds_half_up(children: int, percent: int, users: int) -> None:
    needs = {NeedKey.CHILDREN_6_10: children}
    assert expected_users(camp(), needs, {"camp": percent}) == users


def test_take_up_defaults_then_catalogue_then_override() -> None:
    needs = {NeedKey.CHILDREN_6_10: 10}
    default = DEFAULT_TAKE_UP_PERCENT[NeedKey.CHILDREN_6_10]
    assert expected_users(camp(), needs) == 10 * default // 100
    from dataclasses import replace

    offer = replace(camp(), take_up_percent=30)
    assert expected_users(offer, needs) == 3
    assert expected_users(offer, needs, {"camp": 90}) == 9
    assert set(DEFAULT_TAKE_UP_PERCENT) == set(NeedKey)


def test_users_for_units_rounds_up() -> None:
    assert [users_for_units(camp(), u) for u in (0, 1, 4, 5, 8)] == [0, 1, 1, 2, 2]


def test_demo_catalogue_has_every_state_for_the_demo_firm() -> None:
    catalogue = parse_catalogue_bytes(demo_catalogue_bytes())
    demand = network_demand(catalogue)
    assert demand["centro-estivo-rete"] == NetworkDemand(16, 2)
    statuses = firm_pool_statuses(catalogue, demo_firm().needs)
    by_state: dict[PoolState, list[str]] = {}
    for offer_id, status in statuses.items():
        by_state.setdefault(status.state, []).append(offer_id)
    assert all(len(by_state.get(state, [])) >= 2 for state in PoolState), by_state
    camp_status = statuses["centro-estivo-rete"]
    assert camp_status.state is PoolState.ACTIVATES_IF_YOU_JOIN
    assert (camp_status.standalone_unit_cents, camp_status.pooled_unit_cents) == (17500, 16000)
    # The plan may pass its own quantities instead of the expected uptake.
    planned = firm_pool_statuses(catalogue, demo_firm().needs, firm_users={"centro-estivo-rete": 0})
    assert planned["centro-estivo-rete"].state is PoolState.NEEDS_MORE


@given(
    network=st.integers(0, 60),
    firms=st.integers(0, 5),
    firm_users=st.integers(0, 30),
    fee=st.sampled_from([0, 3000]),
)
def test_price_now_says_what_the_pool_status_says(
    network: int, firms: int, firm_users: int, fee: int
) -> None:
    """The optimiser's shortcut and the status the user sees never disagree."""
    offer = camp(fee=fee)
    status = pool_status(offer, NetworkDemand(network, firms), firm_users)
    unit, charged_fee = price_now(offer, NetworkDemand(network, firms), firm_users)
    if firm_users:
        assert unit == status.effective_unit_cents
        assert charged_fee == (status.membership_fee_cents if status.is_active_with_firm else 0)
        assert status.firm_units * unit + charged_fee == status.cost_now_cents
    else:
        assert (unit, charged_fee) == (offer.price_cents, 0)


def test_the_firms_own_rate_beats_the_catalogue_estimate_and_the_default() -> None:
    from dataclasses import replace

    needs = {NeedKey.CHILDREN_6_10: 10}
    offer = replace(camp(), take_up_percent=30)
    rates = {NeedKey.CHILDREN_6_10: 80}
    assert expected_users(offer, needs, rates=rates) == 8  # the firm's rate for the need
    assert expected_users(offer, needs, {"camp": 90}, rates) == 9  # an offer override first
    assert expected_users(camp(), needs, rates={NeedKey.CHILDREN_0_2: 10}) == 6  # other need
    assert expected_users(camp(), needs, rates={NeedKey.CHILDREN_6_10: 250}) == 10  # capped
    assert default_rate(NeedKey.CHILDREN_6_10, rates) == 80
    nursery = NeedKey.CHILDREN_0_2
    assert default_rate(nursery, rates) == DEFAULT_TAKE_UP_PERCENT[nursery]


def test_one_person_with_bills_rent_and_mortgage_problems_is_counted_once() -> None:
    """7 struggle with bills, 3 with rent, 5 with the mortgage: at least 7 people, not
    15 (the needs profile counts the economic area the same way); children add up."""
    from wat_desktop.domain.pooling import eligible_people, people_with_need

    catalogue = parse_catalogue_bytes(demo_catalogue_bytes())
    desk = catalogue.offer("sportello-bilancio-familiare")
    needs = {
        NeedKey.ECONOMIC_BILLS: 7,
        NeedKey.ECONOMIC_RENT: 3,
        NeedKey.ECONOMIC_MORTGAGE: 5,
        NeedKey.CHILDREN_6_10: 6,
        NeedKey.CHILDREN_11_14: 5,
    }
    assert eligible_people(desk, needs) == 7
    assert expected_users(desk, needs) == 6  # 7 × 80%, never 15 × 80% = 12
    assert expected_users(desk, needs) <= eligible_people(desk, needs)
    camp = catalogue.offer("centro-estivo-rete")
    assert eligible_people(camp, needs) == 11  # each child is in one age band
    keys = (NeedKey.CAREGIVERS_ELDERLY, NeedKey.CAREGIVERS_DISABLED)
    assert (
        people_with_need(keys, {NeedKey.CAREGIVERS_ELDERLY: 5, NeedKey.CAREGIVERS_DISABLED: 2}) == 5
    )


@given(
    counts=st.lists(st.integers(0, 40), min_size=3, max_size=3),
    rates=st.lists(st.integers(0, 100), min_size=3, max_size=3),
)
def test_expected_users_never_exceed_the_people_with_the_need(
    counts: list[int], rates: list[int]
) -> None:
    catalogue = parse_catalogue_bytes(demo_catalogue_bytes())
    desk = catalogue.offer("sportello-bilancio-familiare")
    keys = (NeedKey.ECONOMIC_BILLS, NeedKey.ECONOMIC_RENT, NeedKey.ECONOMIC_MORTGAGE)
    needs = dict(zip(keys, counts, strict=True))
    own = dict(zip(keys, rates, strict=True))
    from wat_desktop.domain.pooling import eligible_people

    assert expected_users(desk, needs, rates=own) <= eligible_people(desk, needs)


@pytest.mark.parametrize(
    ("network", "firms", "firm_users", "italian", "english"),
    [
        (0, 0, 1, "Mancano ancora 19 utenti e 2 aziende", "19 more users and 2 more firms needed"),
        (19, 1, 1, "Manca ancora 1 azienda", "1 more firm needed"),
        (16, 2, 3, "Manca ancora 1 utente", "1 more user needed"),
        (18, 1, 1, "Manca ancora 1 utente e 1 azienda", "1 more user and 1 more firm needed"),
        (17, 2, 3, "Attiva se aderite", "Activates if you join"),
        (20, 3, 0, "Attiva", "Active"),
    ],
)
def test_the_pooled_state_reads_as_a_sentence_with_its_plurals(
    network: int, firms: int, firm_users: int, italian: str, english: str
) -> None:
    """One wording everywhere (plan page, offers, CLI, dossier), not a form field
    ("utenti mancanti: 23; aziende mancanti: 1")."""
    from wat_desktop.domain.plan.reasons import pool_state, render
    from wat_desktop.translations import QtTranslate

    offer = camp(min_users=20, min_firms=3)
    status = pool_status(offer, NetworkDemand(network, firms), firm_users)
    assert render(pool_state(status), QtTranslate("it"), str) == italian
    assert render(pool_state(status), QtTranslate("en"), str) == english

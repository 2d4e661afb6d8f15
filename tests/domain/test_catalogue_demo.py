"""The shipped demo catalogue is the realistic Pinerolese network the product brief
asks for: enough providers and offers, every need area, DOMAIN-FACTS prices, member
firms with committed demand, and pooled offers in every state for the demo firm."""

from __future__ import annotations

from datetime import date

import pytest

from wat_desktop.domain.catalogue import Beneficiary, Catalogue, ProviderKind, Unit
from wat_desktop.domain.catalogue_format import parse_catalogue_bytes
from wat_desktop.domain.need_areas import NeedArea
from wat_desktop.domain.plan.recommendation import valid_in_year
from wat_desktop.domain.pooling import PoolState, firm_pool_statuses, network_demand
from wat_desktop.services.catalogue_service import demo_catalogue_bytes
from wat_desktop.services.demo_service import demo_firm

# The four micro-areas of the pact (PRODUCT.md, "The territory for the demo data").
MICRO_AREAS = {
    "Pinerolo": {"Pinerolo"},
    "Val Pellice": {"Luserna San Giovanni", "Torre Pellice", "Bobbio Pellice", "Villar Pellice"},
    "Val Chisone": {"Perosa Argentina", "Villar Perosa", "Pinasca", "Fenestrelle", "Porte"},
    "Val Germanasca": {"Perrero", "Prali", "Pomaretto"},
}


@pytest.fixture(scope="module")
def demo() -> Catalogue:
    return parse_catalogue_bytes(demo_catalogue_bytes())


def euros(catalogue: Catalogue, offer_id: str) -> float:
    offer = catalogue.offer(offer_id)
    assert offer is not None, offer_id
    return offer.price_cents / 100


def test_size_and_breadth(demo: Catalogue) -> None:
    assert len(demo.providers) >= 12
    assert len(demo.offers) >= 25
    assert {area for offer in demo.offers for area in offer.need_areas} == set(NeedArea)
    assert {p.kind for p in demo.providers.values()} == set(ProviderKind)
    assert {o.unit for o in demo.offers} == set(Unit)
    beneficiaries = {b for o in demo.offers for b in o.beneficiaries}
    assert {Beneficiary.EMPLOYEE, Beneficiary.FAMILY} <= beneficiaries
    assert len({o.benefit_type for o in demo.offers}) >= 5  # several tax treatments
    # Published before the demo firm's plan year, and every offer can be used in it.
    year = demo_firm().budget.year
    assert demo.published is not None and demo.published < date(year, 1, 1)
    assert all(valid_in_year(o, year) for o in demo.offers)


def test_the_network_is_the_pinerolese_pact(demo: Catalogue) -> None:
    network = demo.network
    assert "Pinerolese" in network.name
    assert "Mutuo Soccorso" in network.coordinator  # led by a mutual-aid society
    coordinator = next(p for p in demo.providers.values() if p.name == network.coordinator)
    assert coordinator.kind is ProviderKind.MUTUAL_AID
    assert any(p.kind is ProviderKind.PUBLIC_BODY for p in demo.providers.values())
    municipalities = set(network.municipalities)
    for area, places in MICRO_AREAS.items():
        assert municipalities & places, f"no municipality of {area}"
    # Every provider sits in the territory (or Torino, for a regional health fund).
    assert all(p.municipality in municipalities | {"Torino"} for p in demo.providers.values())


def test_prices_come_from_domain_facts(demo: Catalogue) -> None:
    """DOMAIN-FACTS section 8."""
    assert euros(demo, "nido-interaziendale") == 480  # nursery, Torino area, per month
    assert euros(demo, "centro-estivo-rete") == 175  # summer camp week, North
    assert 79 <= euros(demo, "centro-estivo-comunale") <= 99  # municipal camp week
    assert round(euros(demo, "badante-convivente")) == 1683  # employer cost of a live-in carer
    assert 15 <= euros(demo, "oss-domicilio") <= 25  # home care by an OSS, per hour
    assert euros(demo, "ascolto-psicologico") == 65  # psychologist session, Torino
    assert 200 <= euros(demo, "piano-sanitario-plus") <= 408  # health fund upgrade, per year
    assert euros(demo, "sportello-caregiver") == 30  # caregiver help desk, per employee-year


def test_pooled_offers_have_sensible_rules(demo: Catalogue) -> None:
    pooled = demo.pooled_offers()
    assert len(pooled) >= 6
    for offer in pooled:
        rule = offer.pooling
        assert rule is not None and rule.tiers, offer.id
        prices = [t.unit_price_cents for t in rule.tiers]
        assert prices == sorted(prices, reverse=True), offer.id  # more volume, lower price
        assert prices[0] < offer.price_cents, offer.id  # pooling is cheaper than alone
        assert rule.min_users > 0 and rule.min_firms >= 2, offer.id
        assert rule.tiers[0].min_volume <= rule.min_users, offer.id  # priced once active


def test_member_firms_have_committed_demand(demo: Catalogue) -> None:
    members = demo.network.member_firms
    assert len(members) >= 3
    assert all(m.commitments and m.employees > 0 and m.municipality for m in members)
    demand = network_demand(demo)
    assert sum(d.users for d in demand.values()) > 0
    assert all(demand[o.id].firms >= 1 for o in demo.pooled_offers())


def test_the_demo_firm_sees_pooled_offers_in_every_state(demo: Catalogue) -> None:
    firm = demo_firm()
    statuses = firm_pool_statuses(demo, firm.needs)
    by_state: dict[PoolState, list] = {}
    for status in statuses.values():
        by_state.setdefault(status.state, []).append(status)
    assert len(by_state[PoolState.ACTIVE]) >= 2
    joining = by_state[PoolState.ACTIVATES_IF_YOU_JOIN]
    assert len(joining) >= 2
    # at least one waits only for one more firm: the demo firm is that firm
    assert any(s.network_firms == s.min_firms - 1 for s in joining)
    far = by_state[PoolState.NEEDS_MORE]
    assert len(far) >= 2
    assert any(s.missing_users >= 10 for s in far)  # far from activation, not just short
    assert all(s.firm_users > 0 for s in statuses.values())  # the firm has every need


def test_no_compulsory_duty_of_the_employer_is_sold_as_welfare(demo: Catalogue) -> None:
    """Safety training is the employer's duty (D.Lgs. 81/2008 art. 37: in working hours,
    at no cost to workers), not a benefit: the demo network does not offer it."""
    texts = [f"{o.title} {o.description}".lower() for o in demo.offers]
    assert not any("sicurezza sul lavoro" in t or "obbligatori" in t for t in texts)


def test_an_insurance_cover_insures_the_employee_not_a_relative(demo: Catalogue) -> None:
    """Lett. f-quater covers the employee's own risk of losing self-sufficiency: it is
    priced per insured employee and answers the employee's health need, not the needs
    of those who care for a relative."""
    from wat_desktop.domain.benefit_types import BENEFIT_TREATMENTS, BenefitType
    from wat_desktop.domain.need_counts import NeedKey

    covers = [o for o in demo.offers if BENEFIT_TREATMENTS[BenefitType(o.benefit_type)].whole_staff]
    assert covers
    for offer in covers:
        assert offer.unit is Unit.EMPLOYEE_YEAR, offer.id
        assert not {NeedKey.CAREGIVERS_ELDERLY, NeedKey.CAREGIVERS_DISABLED} & set(
            offer.served_keys()
        ), offer.id


def test_a_monthly_price_is_not_called_a_yearly_pass(demo: Catalogue) -> None:
    """60 × 45 € "annual" passes read as 60 passes: a monthly price says so in the title."""
    for offer in demo.offers:
        if offer.unit is Unit.MONTH:
            assert "annual" not in offer.title.lower(), offer.id
    assert "mensile" in demo.offer("abbonamento-bus-rete").title

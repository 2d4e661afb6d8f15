"""Benefit treatments, the CCNL floor, deductibility and plan totals."""

import json
from decimal import Decimal
from importlib import resources

import pytest

from wat_desktop.domain.benefit_types import BENEFIT_TREATMENTS, BenefitType
from wat_desktop.domain.ccnl import CcnlId
from wat_desktop.domain.rules import (
    FringeStatus,
    PlanItem,
    ccnl_floor,
    deductibility,
    plan_totals,
)

D = Decimal


def test_every_benefit_type_has_a_consistent_treatment() -> None:
    assert set(BENEFIT_TREATMENTS) == set(BenefitType)
    for kind, treatment in BENEFIT_TREATMENTS.items():
        assert treatment.legal_basis.startswith("art. 51"), kind
        assert not (treatment.in_kind_only and treatment.reimbursable), kind
    services = BENEFIT_TREATMENTS[BenefitType.SERVICES_IN_KIND]
    assert services.in_kind_only and services.generality_required and services.family_eligible
    assert BENEFIT_TREATMENTS[BenefitType.CARE_FAMILY].reimbursable
    assert BENEFIT_TREATMENTS[BenefitType.HEALTH_FUND].solidarity_due
    assert BENEFIT_TREATMENTS[BenefitType.PENSION_FUND].solidarity_due
    fringe = [k for k, t in BENEFIT_TREATMENTS.items() if t.counts_to_fringe_ceiling]
    assert set(fringe) == {BenefitType.FRINGE_BENEFIT, BenefitType.FRINGE_UTILITIES_HOUSING}


# DOMAIN-FACTS sec. 1-2: legal basis, reimbursable, in kind only, counts toward the
# fringe ceiling, generality required, 10% solidarity, family members.
TREATMENTS = {
    BenefitType.HEALTH_FUND: ("art. 51 c.2 lett. a", False, False, False, False, True, False),
    BenefitType.MEAL_VOUCHERS: ("art. 51 c.2 lett. c", False, True, False, False, False, False),
    BenefitType.PUBLIC_TRANSPORT: ("lett. d-bis", True, False, False, True, False, True),
    BenefitType.SERVICES_IN_KIND: ("lett. f TUIR", False, True, False, True, False, True),
    BenefitType.EDUCATION_FAMILY: ("lett. f-bis", True, False, False, True, False, True),
    BenefitType.CARE_FAMILY: ("lett. f-ter", True, False, False, True, False, True),
    BenefitType.LONG_TERM_CARE: ("lett. f-quater", False, False, False, True, False, False),
    BenefitType.PENSION_FUND: ("art. 51 c.2 lett. h", False, False, False, False, True, False),
    BenefitType.FRINGE_BENEFIT: ("art. 51 c.3", False, True, True, False, False, True),
    BenefitType.FRINGE_UTILITIES_HOUSING: ("L. 207/2024", True, False, True, False, False, True),
}


def test_each_benefit_type_has_its_legal_basis_and_attributes() -> None:
    assert set(TREATMENTS) == set(BenefitType)
    for kind, (basis, refund, in_kind, fringe, general, solidarity, family) in TREATMENTS.items():
        t = BENEFIT_TREATMENTS[kind]
        assert basis in t.legal_basis, kind
        assert (t.reimbursable, t.in_kind_only) == (refund, in_kind), kind
        assert t.counts_to_fringe_ceiling == fringe, kind
        assert t.generality_required == general, kind
        assert t.solidarity_due == solidarity, kind
        assert t.family_eligible == family, kind
    assert BENEFIT_TREATMENTS[BenefitType.FRINGE_UTILITIES_HOUSING].years == (2025, 2027)


def test_the_demo_catalogue_uses_known_benefit_types() -> None:
    path = resources.files("wat_desktop") / "resources" / "catalogues" / "pinerolese.json"
    offers = json.loads(path.read_text(encoding="utf-8"))["offers"]
    assert {BenefitType(o["benefit_type"]) for o in offers}


def test_metalworking_floor_2026_for_ten_employees() -> None:
    floor = ccnl_floor(2026, CcnlId.METALMECCANICI_INDUSTRIA, 10)
    by_name = {o.name_in("it"): o for o in floor}
    flexible = by_name["Federmeccanica"]
    assert flexible.kind == "flexible_benefits" and flexible.label == "Flexible benefits"
    assert flexible.amount_cents == 250_000 and flexible.solidarity == 0
    assert "non monetizzabile" in flexible.citation.ref_in("it")
    assert "not payable in cash" in flexible.citation.ref_in("en")
    metasalute = by_name["Metasalute"]
    assert metasalute.name_in("en") == "Metasalute"  # a proper name reads the same
    assert metasalute.amount_cents == 156_000
    assert metasalute.firm_cost_cents == 171_600  # + 10% solidarity
    assert ccnl_floor(2025, CcnlId.METALMECCANICI_INDUSTRIA, 1)[0].amount == D(200)
    assert ccnl_floor(2027, CcnlId.METALMECCANICI_INDUSTRIA, 1)[0].amount == D(250)


def test_the_floor_is_added_to_not_replaced_by_a_plan() -> None:
    floor = sum(o.firm_cost for o in ccnl_floor(2026, CcnlId.METALMECCANICI_INDUSTRIA, 10))
    assert floor == D("4216.00")  # 2,500 flexible benefits + 1,560 Metasalute + 156 solidarity
    assert sum(o.firm_cost for o in ccnl_floor(2026, CcnlId.METALMECCANICI_PMI, 10)) == D(2000)
    with pytest.raises(ValueError):
        ccnl_floor(2026, "ccnl_sconosciuto", 10)


def test_crafts_commerce_and_other_floors() -> None:
    crafts = {o.name_in("it"): o.amount for o in ccnl_floor(2026, "artigianato_metalmeccanico", 1)}
    assert crafts == {"SanArti": D("125.04"), "EBAP Piemonte": D("139.80")}
    assert ccnl_floor(2026, CcnlId.COMMERCIO_TERZIARIO, 2)[0].amount == D(312)
    assert ccnl_floor(2026, CcnlId.OTHER, 50) == []


def test_deductibility_binding_versus_voluntary() -> None:
    full = deductibility(True, D(300_000), D(5_000), year=2026)
    assert full.deductible == D(5_000) and full.non_deductible == 0 and full.limit is None
    voluntary = deductibility(False, D(300_000), D(5_000), year=2026)
    assert voluntary.limit == D(1_500)  # 5 per mille
    assert voluntary.deductible == D(1_500) and voluntary.non_deductible == D(3_500)
    assert "5 per mille" in voluntary.message
    assert deductibility(False, D(300_000), D(1_000)).non_deductible == 0


def test_plan_totals_by_category() -> None:
    items = [
        PlanItem(BenefitType.SERVICES_IN_KIND, D(500)),
        PlanItem(BenefitType.HEALTH_FUND, D(100), category="workers"),
        PlanItem(BenefitType.FRINGE_BENEFIT, D(1200), category="clerks"),
    ]
    totals = plan_totals(2026, items, {"workers": 10, "clerks": 2}, network_fee=D(300))
    workers = totals.by_category["workers"]
    assert workers.employee_value == D(6000)
    assert workers.firm_cost == D(6100)  # 10% solidarity on the health fund
    clerks = totals.by_category["clerks"]
    assert clerks.fringe_status is FringeStatus.ABOVE and totals.warnings == ("clerks",)
    assert totals.firm_cost == D(6100) + D(3400) + D(300)
    assert totals.employee_value == D(9400)
    assert totals.salary_net < totals.employee_value
    assert D("0.4") < totals.salary_efficiency < D("0.5") < totals.efficiency <= 1


def test_the_metalworkers_ccnl_welfare_leaves_the_dirigente_out() -> None:
    """Flexible benefits and Metasalute are due for operai, impiegati and quadri: the
    demo firm's dirigente is under the CCNL Dirigenti industria (FASI). 23 of its 24
    employees: 23 × 250 € = 5,750 €; 23 × (156 € + 10%) = 3,946.80 €; 9,696.80 €."""
    from wat_desktop.domain.firm import Headcount
    from wat_desktop.domain.rules import firm_ccnl_floor
    from wat_desktop.services.demo_service import demo_firm

    headcount = Headcount(operai=16, impiegati=6, quadri=1, dirigenti=1)
    floor = {
        o.name_in("it"): o for o in ccnl_floor(2027, CcnlId.METALMECCANICI_INDUSTRIA, headcount)
    }
    assert {o.headcount for o in floor.values()} == {23}
    assert {o.left_out for o in floor.values()} == {1}
    assert floor["Federmeccanica"].firm_cost == D("5750.00")
    assert floor["Metasalute"].per_employee_cost == D("171.60")  # 156 € + 10%
    assert floor["Metasalute"].firm_cost == D("3946.80")
    assert sum(o.firm_cost for o in floor.values()) == D("9696.80")
    # The one function every screen calls gives the same for the demo firm.
    demo = firm_ccnl_floor(demo_firm(), 2027)
    assert sum(o.firm_cost_cents for o in demo) == 969_680
    # A firm of executives only owes none of it.
    assert all(
        o.amount == 0
        for o in ccnl_floor(2027, CcnlId.METALMECCANICI_INDUSTRIA, Headcount(dirigenti=3))
    )


@pytest.mark.parametrize("year", [2025, 2026, 2027])
def test_the_covered_categories_are_data_of_the_year_file(year: int) -> None:
    from wat_desktop.domain.rules import load_tax_year

    for ccnl, items in load_tax_year(year).ccnl.items():
        for item in items:
            assert "dirigenti" not in item.categories, (year, ccnl, item.kind)
            assert {"operai", "impiegati", "quadri"} <= set(item.categories)

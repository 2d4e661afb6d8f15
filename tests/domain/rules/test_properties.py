"""Invariants of the calculators, checked on many salaries and amounts (hypothesis)."""

from decimal import Decimal

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from wat_desktop.domain.benefit_types import BenefitType
from wat_desktop.domain.i18n_markers import Translate
from wat_desktop.domain.rules import (
    fringe_check,
    load_tax_year,
    productivity_bonus,
    salary_vs_welfare,
    simulate,
)
from wat_desktop.domain.rules.payroll import crosses_cliff, payslip

YEARS = st.sampled_from([2025, 2026, 2027])
REGIONS = st.sampled_from(["piemonte", "base"])
# From 1 €: below it the per-item cent rounding can hand back a cent more than a
# fraction of a cent is worth.
CENTS = st.integers(min_value=100, max_value=500_000).map(lambda c: Decimal(c) / 100)
RALS = st.integers(min_value=0, max_value=30_000_000).map(lambda c: Decimal(c) / 100)
BENEFITS = st.sampled_from(list(BenefitType))


@settings(max_examples=60, deadline=None)
@given(YEARS, RALS, CENTS, REGIONS, BENEFITS, st.booleans())
def test_welfare_never_gives_the_employee_less_than_salary(
    year: int, ral: Decimal, amount: Decimal, region: str, benefit: BenefitType, children: bool
) -> None:
    # Across a cliff of the law (e.g. the 65 € work-deduction bonus at 25,000 €)
    # salary can net more than its gross: see test_the_law_has_cliffs.
    assume(not crosses_cliff(load_tax_year(year), ral, ral + amount, region))
    comparison = salary_vs_welfare(
        year, ral, amount, region, benefit_type=benefit, has_dependent_children=children
    )
    assert comparison.welfare.employee_value >= comparison.salary.employee_value
    assert comparison.welfare.firm_cost <= comparison.salary.firm_cost
    if comparison.welfare_taxable == 0:  # within its ceiling or cap: worth what it costs
        assert comparison.welfare.employee_value == amount
    else:  # above it: the taxed part is worth what it nets as pay
        assert comparison.welfare_note
        assert comparison.welfare.employee_value < amount


@settings(max_examples=60, deadline=None)
@given(YEARS, RALS, CENTS, REGIONS)
def test_net_never_exceeds_gross_and_the_firm_pays_at_least_gross(
    year: int, ral: Decimal, amount: Decimal, region: str
) -> None:
    assume(not crosses_cliff(load_tax_year(year), ral, ral + amount, region))
    salary = salary_vs_welfare(year, ral, amount, region).salary
    assert salary.employee_value <= amount
    assert salary.firm_cost >= amount
    bonus = productivity_bonus(year, ral, amount, region=region)
    assert bonus.cash.employee_value <= amount
    assert bonus.welfare.employee_value <= amount
    assert bonus.welfare.employee_value >= bonus.cash.employee_value


@settings(max_examples=60, deadline=None)
@given(YEARS, RALS, REGIONS)
def test_a_payslip_nets_less_than_gross(year: int, ral: Decimal, region: str) -> None:
    slip = payslip(load_tax_year(year), ral, region)
    assert slip.net <= slip.gross + slip.wedge_tax_free_sum
    assert slip.gross <= slip.firm_cost
    if ral > 12_000:  # a tax-free sum is at most 7.1% of the income
        assert 0 < slip.net <= slip.gross


@settings(max_examples=60, deadline=None)
@given(
    YEARS,
    REGIONS,
    st.integers(min_value=4_000_000, max_value=20_000_000),
    st.integers(min_value=0, max_value=5_000_000),
)
def test_net_pay_and_firm_cost_rise_with_ral_where_the_law_has_no_cliff(
    year: int, region: str, low_cents: int, step_cents: int
) -> None:
    # From 40,000 € of gross pay (taxable above the 35,000 € work-deduction bonus and
    # past the cuneo taper) to 200,000 € (the 2026 deduction cut), the law has no cliff.
    tax_year = load_tax_year(year)
    low = Decimal(low_cents) / 100
    high = min(low + Decimal(step_cents) / 100, Decimal(200_000))
    a, b = payslip(tax_year, low, region), payslip(tax_year, high, region)
    assert b.net >= a.net
    assert b.firm_cost >= a.firm_cost


@settings(max_examples=50, deadline=None)
@given(YEARS, RALS, CENTS, REGIONS)
def test_every_calculator_is_deterministic(
    year: int, ral: Decimal, amount: Decimal, region: str
) -> None:
    assert salary_vs_welfare(year, ral, amount, region) == salary_vs_welfare(
        year, ral, amount, region
    )
    assert productivity_bonus(year, ral, amount) == productivity_bonus(year, ral, amount)
    assert fringe_check(year, amount, True) == fringe_check(year, amount, True)
    italian = Translate()
    italian.language = "it"
    assert simulate(year, ral, amount, region).to_json(italian) == simulate(
        year, ral, amount, region
    ).to_json(italian)


@settings(max_examples=40, deadline=None)
@given(YEARS, RALS, CENTS, REGIONS)
def test_the_firm_pays_more_for_salary_and_the_bonus_than_it_gives(
    year: int, ral: Decimal, amount: Decimal, region: str
) -> None:
    result = simulate(year, ral, amount, region)
    for _key, outcome in result.columns:
        assert outcome.firm_cost >= outcome.employee_value
        assert 0 <= outcome.efficiency <= 1 or outcome.firm_cost == 0
    # The bonus in cash never costs more than the same money as salary (no TFR on it).
    assert result.bonus.cash.firm_cost <= result.comparison.salary.firm_cost


@settings(max_examples=40, deadline=None)
@given(YEARS, REGIONS, st.integers(min_value=0, max_value=9_000_000))
def test_the_bonus_nets_more_in_welfare_than_in_cash(year: int, region: str, cents: int) -> None:
    amount = Decimal(cents) / 100
    bonus = productivity_bonus(year, Decimal(28000), amount, region=region)
    assert bonus.welfare.employee_value >= bonus.cash.employee_value
    assert bonus.capped_amount == min(amount, load_tax_year(year).productivity.cap.value)


@settings(max_examples=50, deadline=None)
@given(YEARS, CENTS, st.booleans())
def test_fringe_is_all_or_nothing(year: int, amount: Decimal, children: bool) -> None:
    result = fringe_check(year, amount, children)
    assert result.taxable in (0, result.amount)
    assert (result.taxable > 0) == (result.amount > result.ceiling)


def test_the_law_has_cliffs() -> None:
    """Where the law jumps, the invariants above do not hold, and the engine says so."""
    tax_year = load_tax_year(2026)
    # Taxable 24,995 €: 20 € more crosses 25,000 € and earns the 65 € bonus.
    ral, amount = Decimal("27524.50"), Decimal(20)
    assert crosses_cliff(tax_year, ral, ral + amount, "piemonte")
    assert salary_vs_welfare(2026, ral, amount).salary.employee_value > amount
    # Taxable just under 8,500 €: the cuneo's tax-free sum drops from 7.1% to 5.3%.
    assert salary_vs_welfare(2026, Decimal(9360), Decimal(10)).salary.employee_value < 0

"""The worked examples of DOMAIN-FACTS sec. 3-4, to the cent."""

from dataclasses import replace
from decimal import Decimal

import pytest

from wat_desktop.domain.benefit_types import BENEFIT_TREATMENTS, BenefitType
from wat_desktop.domain.rules import (
    ROUNDING_RULE,
    FringeStatus,
    fringe_check,
    load_tax_year,
    productivity_bonus,
    salary_vs_welfare,
    simulate,
)
from wat_desktop.domain.rules.comparison import welfare_taxable

D = Decimal


def test_productivity_bonus_at_5_percent_nets_862_69_by_the_payroll_rounding() -> None:
    bonus = productivity_bonus(2025, D(28000), D(1000))
    assert bonus.rate == D("0.05")
    assert bonus.cash.employee_contributions == D("91.90")
    assert bonus.cash.taxes == D("45.41")  # 45.405 rounded half up, not the final net
    assert bonus.cash.employee_value == D("862.69")
    assert bonus.welfare.employee_value == D("1000.00")
    assert bonus.welfare.firm_cost == D("1000.00")
    assert "half up" in bonus.rounding == ROUNDING_RULE


def test_productivity_bonus_at_1_percent_nets_899_02() -> None:
    bonus = productivity_bonus(2026, D(28000), D(1000))
    assert bonus.rate == D("0.01")
    assert bonus.cash.taxes == D("9.08")
    assert bonus.cash.employee_value == D("899.02")
    assert bonus.welfare.employee_value == D("1000.00")
    assert productivity_bonus(2027, D(28000), D(1000)).cash.employee_value == D("899.02")


def test_an_explicit_rate_overrides_the_year() -> None:
    assert productivity_bonus(2026, D(28000), D(1000), rate=D("0.05")).cash.employee_value == D(
        "862.69"
    )


def test_bonus_above_the_cap_or_the_income_limit_is_taxed_as_salary() -> None:
    capped = productivity_bonus(2025, D(28000), D(4000))
    assert capped.capped_amount == D(3000)
    assert capped.cash.employee_value < D("862.69") * 4
    assert capped.welfare.employee_value < D(4000)  # only 3,000 can be converted
    rich = productivity_bonus(2026, D(90000), D(1000))
    assert not rich.eligible and rich.capped_amount == 0
    assert rich.welfare.employee_value == rich.cash.employee_value  # nothing converts


def test_1000_more_salary_at_28000_nets_about_590_and_costs_about_1374() -> None:
    comparison = salary_vs_welfare(2026, D(28000), D(1000))
    assert comparison.salary.employee_value == D("589.49")
    assert comparison.salary.firm_cost == D("1374.08")  # 300 INPS + 74.08 TFR
    assert abs(comparison.salary.employee_value - 590) < 5
    assert abs(comparison.salary.firm_cost - 1374) < 1
    assert comparison.welfare.employee_value == D(1000)
    assert comparison.welfare.firm_cost == D(1000)
    assert {c.key for c in comparison.citations} >= {"inps.employee", "irpef", "tfr.divisor"}


def test_network_fee_and_solidarity_add_to_the_welfare_cost() -> None:
    comparison = salary_vs_welfare(
        2026, D(28000), D(1000), network_fee=D(50), benefit_type=BenefitType.HEALTH_FUND
    )
    assert comparison.welfare.firm_cost == D("1150.00")  # 1,000 + 10% + 50
    assert comparison.welfare.employee_value == D(1000)


@pytest.mark.parametrize(
    ("children", "amount", "status", "taxable"),
    [
        (False, "999.99", FringeStatus.BELOW, "0"),
        (False, "1000.00", FringeStatus.AT, "0"),
        (False, "1000.01", FringeStatus.ABOVE, "1000.01"),  # the cliff: all of it
        (True, "1999.99", FringeStatus.BELOW, "0"),
        (True, "2000.00", FringeStatus.AT, "0"),
        (True, "2000.01", FringeStatus.ABOVE, "2000.01"),
    ],
)
def test_fringe_cliff(children: bool, amount: str, status: FringeStatus, taxable: str) -> None:
    result = fringe_check(2026, D(amount), has_dependent_children=children)
    assert result.status is status
    assert result.taxable == D(taxable)
    assert result.exempt + result.taxable == D(amount)
    assert result.ceiling == (D(2000) if children else D(1000))


def test_2025_fringe_ceilings_and_items() -> None:
    result = fringe_check(2025, D(500), False)
    assert result.ceiling == D(1000) and result.headroom == D(500)
    assert {"utilities", "rent", "mortgage_interest"} <= set(result.covered_items)


def test_fringe_benefits_above_the_ceiling_are_taxed_as_pay_in_the_comparison() -> None:
    at = salary_vs_welfare(2026, D(28000), D(1000), benefit_type=BenefitType.FRINGE_BENEFIT)
    assert at.welfare.employee_value == D(1000) and at.welfare_taxable == 0
    assert at.welfare_note == ""
    over = salary_vs_welfare(2026, D(28000), D("1000.01"), benefit_type=BenefitType.FRINGE_BENEFIT)
    assert over.welfare_taxable == D("1000.01")  # the cliff: all of it, not the cent
    assert over.welfare.employee_value == over.salary.employee_value  # taxed like pay
    assert over.welfare.firm_cost == over.salary.firm_cost - over.salary.tfr  # no TFR
    assert "whole amount" in over.welfare_note
    assert {"fringe.ceiling_general", "fringe.cliff", "irpef"} <= {
        c.key for c in over.welfare_citations
    }
    children = salary_vs_welfare(
        2026,
        D(28000),
        D(1500),
        benefit_type=BenefitType.FRINGE_BENEFIT,
        has_dependent_children=True,
    )
    assert children.welfare.employee_value == D(1500) and children.welfare_taxable == 0


def test_health_fund_above_its_cap_is_taxed_on_the_excess() -> None:
    within = salary_vs_welfare(2026, D(28000), D("3615.20"), benefit_type=BenefitType.HEALTH_FUND)
    assert within.welfare_taxable == 0
    assert within.welfare.firm_cost == D("3976.72")  # + 10% solidarity: 361.52
    over = salary_vs_welfare(2026, D(28000), D(4000), benefit_type=BenefitType.HEALTH_FUND)
    assert over.welfare_taxable == D("384.80")
    assert over.welfare.employer_contributions == D("361.52") + D("115.44")  # 10% + 30% INPS
    assert D("3615.20") < over.welfare.employee_value < D(4000)


def test_utility_bills_outside_the_derogation_years_are_pay() -> None:
    treatment = BENEFIT_TREATMENTS[BenefitType.FRINGE_UTILITIES_HOUSING]
    assert treatment.years == (2025, 2027)
    y2027 = load_tax_year(2027)
    assert welfare_taxable(y2027, D(800), BenefitType.FRINGE_UTILITIES_HOUSING, False)[0] == 0
    y2028 = replace(y2027, year=2028)  # a 2028 file copied from 2027
    taxable, rules, why = welfare_taxable(
        y2028, D(800), BenefitType.FRINGE_UTILITIES_HOUSING, False
    )
    assert taxable == D(800) and "derogation" in why
    assert rules == (y2027.fringe.derogation_citation,)


def test_each_column_names_the_rules_it_used() -> None:
    result = simulate(2026, D(28000), D(1000))
    salary = {c.key for c in result.column_citations("salary")}
    assert {"irpef", "work_deduction", "tax_wedge", "inps.employee_extra", "tfr.divisor"} <= salary
    assert {c.key for c in result.column_citations("welfare")} == {"exemption"}
    bonus = {c.key for c in result.column_citations("bonus_cash")}
    assert bonus == {
        "productivity.tax_rate",
        "productivity.cap",
        "productivity.income_limit",
        "inps.employee",
        "inps.employer",
    }
    assert "productivity.conversion" in {c.key for c in result.bonus.welfare_citations}
    assert result.year_status.in_language("it").startswith("norme vigenti al 25/11/2026")

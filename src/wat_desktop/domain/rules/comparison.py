"""The same amount paid three ways: gross salary, welfare, productivity bonus.

Each result names the tax year, the file and the citations it used, and the
rounding rule (each withholding to the cent, half up).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from wat_desktop.domain.benefit_types import BENEFIT_TREATMENTS, BenefitType
from wat_desktop.domain.i18n_markers import QT_TRANSLATE_NOOP
from wat_desktop.domain.rules.parameters import Citation, LocalText, TaxYear
from wat_desktop.domain.rules.payroll import payslip
from wat_desktop.domain.rules.rounding import ROUNDING_RULE, ZERO, to_cent
from wat_desktop.domain.rules.year_files import load_tax_year

DEFAULT_REGION = "piemonte"

# Why part of an amount of welfare is taxed as pay (context "Rules").
ABOVE_FRINGE_CEILING = QT_TRANSLATE_NOOP(
    "Rules", "Above the fringe-benefit ceiling: the whole amount is taxed as pay."
)
ABOVE_CAP = QT_TRANSLATE_NOOP("Rules", "Above the yearly cap: the excess is taxed as pay.")
OUTSIDE_DEROGATION = QT_TRANSLATE_NOOP(
    "Rules", "Outside the years of the derogation: the whole amount is taxed as pay."
)


@dataclass(frozen=True)
class Outcome:
    """One way of paying: what the employee gets and what it costs the firm."""

    employee_value: Decimal  # net cash, or the value of the welfare received
    firm_cost: Decimal
    employee_contributions: Decimal = ZERO
    taxes: Decimal = ZERO  # IRPEF + surcharges, or the substitute tax
    employer_contributions: Decimal = ZERO  # INPS, or the 10% solidarity contribution
    tfr: Decimal = ZERO  # severance accrued: deferred pay, part of the firm's cost
    network_fee: Decimal = ZERO

    @property
    def efficiency(self) -> Decimal:
        """Value received per euro spent (0 when nothing is spent)."""
        return (
            (self.employee_value / self.firm_cost).quantize(Decimal("0.001"))
            if (self.firm_cost)
            else Decimal(0)
        )


@dataclass(frozen=True)
class Comparison:
    """``amount`` more gross salary versus ``amount`` of welfare, for one employee."""

    year: int
    ral: Decimal
    amount: Decimal
    region: str
    benefit_type: BenefitType
    salary: Outcome
    welfare: Outcome
    welfare_taxable: Decimal  # the part of the welfare taxed as pay (above a limit), else 0
    welfare_note: str  # why it is taxed (source string, context "Rules"), else ""
    salary_citations: tuple[Citation, ...]  # the payroll rules behind ``salary``
    welfare_citations: tuple[Citation, ...]  # the exemption (and solidarity) behind ``welfare``
    year_status: LocalText
    rounding: str = ROUNDING_RULE

    @property
    def citations(self) -> tuple[Citation, ...]:
        """Every rule used, salary first, without repeats."""
        return tuple(dict.fromkeys(self.salary_citations + self.welfare_citations))


@dataclass(frozen=True)
class BonusComparison:
    """A productivity bonus paid in cash versus converted into welfare (c.184)."""

    year: int
    ral: Decimal
    amount: Decimal
    rate: Decimal
    eligible: bool  # income within the limit
    capped_amount: Decimal  # the part under the substitute tax (the rest is salary)
    cash: Outcome
    welfare: Outcome
    cash_citations: tuple[Citation, ...]  # substitute tax, cap, limit, INPS (+ payroll)
    welfare_citations: tuple[Citation, ...]  # the c.184 conversion (+ payroll on any excess)
    year_status: LocalText
    rounding: str = ROUNDING_RULE

    @property
    def citations(self) -> tuple[Citation, ...]:
        """Every rule used, cash first, without repeats."""
        return tuple(dict.fromkeys(self.cash_citations + self.welfare_citations))


def salary_outcome(ty: TaxYear, ral: Decimal, amount: Decimal, region: str) -> Outcome:
    """``amount`` on top of a gross salary ``ral``: the difference of two payslips."""
    before = payslip(ty, ral, region)
    after = payslip(ty, ral + amount, region)
    taxes = (after.net_tax + after.regional_surcharge + after.municipal_surcharge) - (
        before.net_tax + before.regional_surcharge + before.municipal_surcharge
    )
    return Outcome(
        employee_value=after.net - before.net,
        firm_cost=after.firm_cost - before.firm_cost,
        employee_contributions=after.employee_contributions - before.employee_contributions,
        taxes=taxes - (after.wedge_tax_free_sum - before.wedge_tax_free_sum),
        employer_contributions=after.employer_contributions - before.employer_contributions,
        tfr=after.tfr - before.tfr,
    )


def welfare_taxable(
    ty: TaxYear, amount: Decimal, benefit_type: BenefitType, has_dependent_children: bool
) -> tuple[Decimal, tuple[Citation, ...], str]:
    """The part of ``amount`` of welfare taxed as pay, the rules that say so, and
    why (a source string of context "Rules", "" when nothing is taxed).

    Fringe benefits above the year's ceiling: the whole amount (the cliff).
    Health and pension fund contributions above their yearly cap: the excess (the
    cap is set against this amount alone: the employee's own pension contributions,
    which share the cap, are not known here).
    Utility bills and rent outside the 2025-2027 derogation: the whole amount.
    """
    treatment = BENEFIT_TREATMENTS[benefit_type]
    if treatment.years and not treatment.years[0] <= ty.year <= treatment.years[1]:
        return amount, (ty.fringe.derogation_citation,), OUTSIDE_DEROGATION
    if treatment.counts_to_fringe_ceiling:
        fringe = ty.fringe
        chosen = fringe.ceiling_with_children if has_dependent_children else fringe.ceiling_general
        rules = (chosen.citation, fringe.cliff_citation)
        if amount <= chosen.value:
            return ZERO, rules, ""
        return (amount if fringe.cliff else amount - chosen.value), rules, ABOVE_FRINGE_CEILING
    caps = {"caps.health_fund": ty.health_fund_cap, "caps.pension_fund": ty.pension_fund_cap}
    cap = caps.get(treatment.capped_by)
    if cap is None:
        return ZERO, (), ""
    excess = max(ZERO, amount - cap.value)
    return excess, (cap.citation,), ABOVE_CAP if excess else ""


def welfare_outcome(
    ty: TaxYear,
    amount: Decimal,
    benefit_type: BenefitType,
    network_fee: Decimal,
    ral: Decimal = Decimal(0),
    region: str = DEFAULT_REGION,
    has_dependent_children: bool = False,
) -> Outcome:
    """``amount`` of welfare: untaxed within its limits, with the 10% solidarity
    contribution where due; a part above a limit (``welfare_taxable``) is taxed
    and bears contributions as pay on top of ``ral``, with no TFR (a benefit,
    not wages)."""
    amount = to_cent(amount)
    taxable, _rules, _why = welfare_taxable(ty, amount, benefit_type, has_dependent_children)
    exempt = amount - taxable
    solidarity = (
        to_cent(exempt * ty.solidarity_rate.value)
        if BENEFIT_TREATMENTS[benefit_type].solidarity_due
        else ZERO
    )
    outcome = Outcome(
        employee_value=exempt,
        firm_cost=exempt + solidarity + to_cent(network_fee),
        employer_contributions=solidarity,
        network_fee=to_cent(network_fee),
    )
    if taxable:
        as_pay = _without_tfr(salary_outcome(ty, ral, taxable, region))
        outcome = _add(outcome, as_pay)
    return outcome


def _payroll_citations(ty: TaxYear, region: str) -> list[Citation]:
    return [
        ty.inps.employee.citation,
        ty.inps.employee_extra.citation,
        ty.inps.employer.citation,
        ty.irpef.scale.citation,
        ty.work_deduction.citation,
        ty.tax_wedge.citation,
        ty.regional[region].citation,
        ty.municipal.citation,
        ty.tfr_divisor.citation,
    ]


def salary_vs_welfare(
    year: int,
    ral: Decimal,
    amount: Decimal,
    region: str = DEFAULT_REGION,
    network_fee: Decimal = Decimal(0),
    benefit_type: BenefitType = BenefitType.SERVICES_IN_KIND,
    has_dependent_children: bool = False,
) -> Comparison:
    """Employee net and firm cost of ``amount`` as gross salary versus as welfare.

    ``ral`` is the gross annual salary the amount is added to; ``network_fee``
    a per-firm fee of the territorial network, added to the welfare cost;
    ``has_dependent_children`` chooses the higher fringe-benefit ceiling (the
    employee's self-declaration).
    """
    ty = load_tax_year(year)
    ral, amount = Decimal(ral), to_cent(Decimal(amount))
    taxable, limit_rules, why = welfare_taxable(ty, amount, benefit_type, has_dependent_children)
    welfare_citations = [ty.exemption, *limit_rules]
    if BENEFIT_TREATMENTS[benefit_type].solidarity_due:
        welfare_citations.append(ty.solidarity_rate.citation)
    if taxable:  # taxed as pay, but a benefit accrues no TFR
        welfare_citations += [
            c for c in _payroll_citations(ty, region) if c is not ty.tfr_divisor.citation
        ]
    welfare = welfare_outcome(
        ty, amount, benefit_type, Decimal(network_fee), ral, region, has_dependent_children
    )
    return Comparison(
        year=year,
        ral=ral,
        amount=amount,
        region=region,
        benefit_type=benefit_type,
        salary=salary_outcome(ty, ral, amount, region),
        welfare=welfare,
        welfare_taxable=taxable,
        welfare_note=why,
        salary_citations=tuple(_payroll_citations(ty, region)),
        welfare_citations=tuple(dict.fromkeys(welfare_citations)),
        year_status=ty.status,
    )


def productivity_bonus(
    year: int,
    ral: Decimal,
    amount: Decimal,
    rate: Decimal | None = None,
    region: str = DEFAULT_REGION,
    previous_year_income: Decimal | None = None,
) -> BonusComparison:
    """A productivity bonus in cash (substitute tax) versus converted into welfare.

    The part up to the cap, for an employee whose previous year's employment
    income (default: ``ral``) is within the limit, bears employee contributions
    and the substitute tax ``rate`` (default: the year's) on the rest; any part
    above the cap, or the whole bonus above the income limit, is taxed as
    salary. Converted into welfare (L. 208/2015 c.184) the eligible part bears
    neither tax nor contributions. The firm pays employer INPS on cash; the
    bonus is left out of the TFR base, as agreements usually provide.
    """
    ty = load_tax_year(year)
    ral, amount = Decimal(ral), Decimal(amount)
    p = ty.productivity
    rate = p.tax_rate.value if rate is None else Decimal(rate)
    income = ral if previous_year_income is None else Decimal(previous_year_income)
    eligible = income <= p.income_limit.value
    capped = min(amount, p.cap.value) if eligible else ZERO
    excess = amount - capped

    contributions = to_cent(capped * ty.inps.employee.value)
    tax = to_cent((capped - contributions) * rate)
    cash = Outcome(
        employee_value=capped - contributions - tax,
        firm_cost=capped + to_cent(capped * ty.inps.employer.value),
        employee_contributions=contributions,
        taxes=tax,
        employer_contributions=to_cent(capped * ty.inps.employer.value),
    )
    welfare = Outcome(employee_value=to_cent(capped), firm_cost=to_cent(capped))
    if excess:
        as_salary = salary_outcome(ty, ral, excess, region)
        as_salary_no_tfr = _without_tfr(as_salary)
        cash = _add(cash, as_salary_no_tfr)
        welfare = _add(welfare, as_salary_no_tfr)
    cash_citations = [p.tax_rate.citation, p.cap.citation, p.income_limit.citation]
    cash_citations += [ty.inps.employee.citation, ty.inps.employer.citation]
    welfare_citations = [p.conversion, ty.exemption, p.cap.citation, p.income_limit.citation]
    if excess:
        cash_citations += _payroll_citations(ty, region)
        welfare_citations += _payroll_citations(ty, region)
    return BonusComparison(
        year=year,
        ral=ral,
        amount=amount,
        rate=rate,
        eligible=eligible,
        capped_amount=capped,
        cash=cash,
        welfare=welfare,
        cash_citations=tuple(dict.fromkeys(cash_citations)),
        welfare_citations=tuple(dict.fromkeys(welfare_citations)),
        year_status=ty.status,
    )


def _without_tfr(outcome: Outcome) -> Outcome:
    return Outcome(
        outcome.employee_value,
        outcome.firm_cost - outcome.tfr,
        outcome.employee_contributions,
        outcome.taxes,
        outcome.employer_contributions,
    )


def _add(a: Outcome, b: Outcome) -> Outcome:
    return Outcome(
        a.employee_value + b.employee_value,
        a.firm_cost + b.firm_cost,
        a.employee_contributions + b.employee_contributions,
        a.taxes + b.taxes,
        a.employer_contributions + b.employer_contributions,
        a.tfr + b.tfr,
        a.network_fee + b.network_fee,
    )

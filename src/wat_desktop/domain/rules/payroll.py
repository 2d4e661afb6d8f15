"""A yearly payslip in miniature: what an employee nets and what the firm pays
for a gross annual salary (RAL), by tax year and region.

Covers employee and employer INPS, IRPEF with the art. 13 work deduction, the
cuneo fiscale (tax-free sum or extra deduction), the regional and municipal
surcharges and the TFR accrual. Not modelled: the trattamento integrativo,
family deductions, deductions for expenses (art. 15 TUIR) and other income.
The 2026 cut of deductions above 200,000 € (``irpef.deduction_cut``) applies to
the deductions modelled here, which are nil at that income: for an employee
with no expense deductions the law cuts nothing either. Every withholding is
rounded to the cent, half up (``rounding.ROUND_HALF_UP``).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from wat_desktop.domain.rules.parameters import Band, TaxYear
from wat_desktop.domain.rules.rounding import ZERO, to_cent


@dataclass(frozen=True)
class Payslip:
    """One year of pay; every figure in euros, rounded to the cent."""

    gross: Decimal
    employee_contributions: Decimal
    taxable: Decimal
    gross_tax: Decimal
    work_deduction: Decimal
    wedge_deduction: Decimal
    wedge_tax_free_sum: Decimal
    net_tax: Decimal
    regional_surcharge: Decimal
    municipal_surcharge: Decimal
    net: Decimal
    employer_contributions: Decimal
    tfr: Decimal

    @property
    def firm_cost(self) -> Decimal:
        return self.gross + self.employer_contributions + self.tfr


def progressive(amount: Decimal, bands: tuple[Band, ...]) -> Decimal:
    """Tax on ``amount`` by a progressive scale (each band's rate on its slice)."""
    total = Decimal(0)
    lower = Decimal(0)
    for band in bands:
        top = amount if band.up_to is None else min(amount, band.up_to)
        if top > lower:
            total += (top - lower) * band.rate
        if band.up_to is None or amount <= band.up_to:
            break
        lower = band.up_to
    return total


def work_deduction(ty: TaxYear, income: Decimal) -> Decimal:
    """Art. 13 TUIR deduction for employment income ``income`` (not rounded)."""
    w = ty.work_deduction
    if income <= 0:
        return ZERO
    if income <= w.low_limit:
        base = w.low_amount
    elif income <= w.mid_limit:
        base = w.mid_base + w.mid_extra * (w.mid_limit - income) / (w.mid_limit - w.low_limit)
    elif income <= w.high_limit:
        base = w.high_base * (w.high_limit - income) / (w.high_limit - w.mid_limit)
    else:
        base = ZERO
    if w.bonus_above < income <= w.bonus_up_to:
        base += w.bonus
    return base


def wedge(ty: TaxYear, income: Decimal) -> tuple[Decimal, Decimal]:
    """Cuneo fiscale: (tax-free sum, extra deduction) for employment income ``income``.

    Up to the last band the whole income earns the rate of the band it falls in
    (hence the cliffs, e.g. 603.50 € at 8,500 €); above, a fixed deduction that
    tapers to zero.
    """
    t = ty.tax_wedge
    for band in t.sum_bands:
        if band.up_to is not None and income <= band.up_to:
            return to_cent(income * band.rate), ZERO
    if income <= t.deduction_above:
        return ZERO, ZERO
    if income <= t.deduction_full_up_to:
        return ZERO, t.deduction
    if income < t.deduction_ends_at:
        share = (t.deduction_ends_at - income) / (t.deduction_ends_at - t.deduction_full_up_to)
        return ZERO, to_cent(t.deduction * share)
    return ZERO, ZERO


def payslip(ty: TaxYear, gross: Decimal, region: str = "piemonte") -> Payslip:
    """The yearly pay of a gross annual salary ``gross`` under tax year ``ty``."""
    if region not in ty.regional:
        raise ValueError(f"unknown region {region!r}; known: {ty.regions}")
    inps = ty.inps
    contributions = to_cent(gross * inps.employee.value) + to_cent(
        max(ZERO, gross - inps.employee_extra_threshold) * inps.employee_extra.value
    )
    taxable = gross - contributions
    gross_tax = to_cent(progressive(taxable, ty.irpef.scale.bands))
    deduction = to_cent(work_deduction(ty, taxable))
    tax_free_sum, wedge_deduction = wedge(ty, taxable)
    deductions = deduction + wedge_deduction
    if taxable > ty.irpef.deduction_cut_above:
        deductions = max(ZERO, deductions - ty.irpef.deduction_cut)
    net_tax = max(ZERO, gross_tax - deductions)
    # Surcharges are due only when some IRPEF is due after deductions.
    regional = to_cent(progressive(taxable, ty.regional[region].bands)) if net_tax else ZERO
    municipal = to_cent(taxable * ty.municipal.value) if net_tax else ZERO
    net = taxable - net_tax - regional - municipal + tax_free_sum
    return Payslip(
        gross=to_cent(gross),
        employee_contributions=contributions,
        taxable=taxable,
        gross_tax=gross_tax,
        work_deduction=deduction,
        wedge_deduction=to_cent(wedge_deduction),
        wedge_tax_free_sum=tax_free_sum,
        net_tax=net_tax,
        regional_surcharge=regional,
        municipal_surcharge=municipal,
        net=net,
        employer_contributions=to_cent(gross * inps.employer.value),
        tfr=to_cent(gross / ty.tfr_divisor.value),
    )


def taxable_cliffs(ty: TaxYear) -> list[Decimal]:
    """Taxable incomes where the law itself jumps: the cuneo's tax-free sum bands,
    the switch to its deduction, the 65 € work-deduction bonus (in and out), and
    the cut of deductions for high incomes. Across one of these, one more euro of
    salary can net more than a euro, or much less than nothing."""
    w, t = ty.work_deduction, ty.tax_wedge
    points = {band.up_to for band in t.sum_bands if band.up_to is not None}
    points |= {t.deduction_above, w.bonus_above, w.bonus_up_to}
    if ty.irpef.deduction_cut:
        points.add(ty.irpef.deduction_cut_above)
    return sorted(points)


def crosses_cliff(ty: TaxYear, gross_before: Decimal, gross_after: Decimal, region: str) -> bool:
    """Whether going from one gross salary to another crosses a ``taxable_cliffs`` point."""
    low = payslip(ty, gross_before, region).taxable
    high = payslip(ty, gross_after, region).taxable
    return any(low < point <= high or high < point <= low for point in taxable_cliffs(ty))

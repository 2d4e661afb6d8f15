"""Company totals of a welfare plan: cost to the firm, value to employees, the
same money as salary, and the efficiency ratio, by employee category."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from wat_desktop.domain.benefit_types import BENEFIT_TREATMENTS, BenefitType
from wat_desktop.domain.rules.comparison import DEFAULT_REGION, salary_outcome
from wat_desktop.domain.rules.fringe import FringeStatus, fringe_check
from wat_desktop.domain.rules.rounding import ZERO, to_cent
from wat_desktop.domain.rules.year_files import load_tax_year

ALL_CATEGORIES = "*"
DEFAULT_RAL = Decimal(28000)  # the reference gross salary of DOMAIN-FACTS sec. 4
RATIO = Decimal("0.001")


@dataclass(frozen=True)
class PlanItem:
    """A yearly amount per employee of one benefit type, for one category or all."""

    benefit_type: BenefitType
    amount_per_employee: Decimal
    category: str = ALL_CATEGORIES
    label: str = ""


@dataclass(frozen=True)
class CategoryTotals:
    category: str
    employees: int
    ral: Decimal
    firm_cost: Decimal  # welfare + 10% solidarity where due
    employee_value: Decimal
    salary_net: Decimal  # what the employees would net if firm_cost were paid as salary
    fringe_per_employee: Decimal
    fringe_status: FringeStatus  # against the ceiling without children (the safe case)

    @property
    def efficiency(self) -> Decimal:
        return _ratio(self.employee_value, self.firm_cost)

    @property
    def salary_efficiency(self) -> Decimal:
        return _ratio(self.salary_net, self.firm_cost)


@dataclass(frozen=True)
class PlanTotals:
    year: int
    by_category: dict[str, CategoryTotals]
    network_fee: Decimal
    warnings: tuple[str, ...] = field(default=())  # categories over the fringe ceiling

    @property
    def firm_cost(self) -> Decimal:
        return sum((c.firm_cost for c in self.by_category.values()), ZERO) + self.network_fee

    @property
    def employee_value(self) -> Decimal:
        return sum((c.employee_value for c in self.by_category.values()), ZERO)

    @property
    def salary_net(self) -> Decimal:
        """The same money as salary: what employees would net for the plan's cost."""
        return sum((c.salary_net for c in self.by_category.values()), ZERO)

    @property
    def efficiency(self) -> Decimal:
        """Value received per euro spent, welfare."""
        return _ratio(self.employee_value, self.firm_cost)

    @property
    def salary_efficiency(self) -> Decimal:
        """Net received per euro spent, had the same money been paid as salary."""
        return _ratio(self.salary_net, self.firm_cost)


def _ratio(value: Decimal, cost: Decimal) -> Decimal:
    return (value / cost).quantize(RATIO) if cost else Decimal(0)


def plan_totals(
    year: int,
    items: Iterable[PlanItem],
    employees_by_category: Mapping[str, int],
    ral_by_category: Mapping[str, Decimal] | None = None,
    network_fee: Decimal = Decimal(0),
    region: str = DEFAULT_REGION,
) -> PlanTotals:
    """Yearly totals of a plan for the categories in ``employees_by_category``.

    An item with category ``"*"`` goes to every category. The same money as
    salary is the gross a firm could pay for the same cost (cost divided by
    1 + employer INPS + TFR accrual) netted at the category's RAL (default
    28,000 €). ``network_fee`` is a per-firm fee, counted once in the total.
    """
    ty = load_tax_year(year)
    items = list(items)
    employer_load = 1 + ty.inps.employer.value + 1 / ty.tfr_divisor.value
    result: dict[str, CategoryTotals] = {}
    warnings: list[str] = []
    for category, employees in employees_by_category.items():
        ral = Decimal((ral_by_category or {}).get(category, DEFAULT_RAL))
        mine = [i for i in items if i.category in (category, ALL_CATEGORIES)]
        per_value = sum((to_cent(Decimal(i.amount_per_employee)) for i in mine), ZERO)
        per_cost = per_value + sum(
            (
                to_cent(Decimal(i.amount_per_employee) * ty.solidarity_rate.value)
                for i in mine
                if BENEFIT_TREATMENTS[i.benefit_type].solidarity_due
            ),
            ZERO,
        )
        fringe = sum(
            (
                to_cent(Decimal(i.amount_per_employee))
                for i in mine
                if BENEFIT_TREATMENTS[i.benefit_type].counts_to_fringe_ceiling
            ),
            ZERO,
        )
        status = fringe_check(year, fringe, has_dependent_children=False).status
        if status is FringeStatus.ABOVE:
            warnings.append(category)
        gross = to_cent(per_cost / employer_load)
        net = salary_outcome(ty, ral, gross, region).employee_value if gross else ZERO
        result[category] = CategoryTotals(
            category=category,
            employees=employees,
            ral=ral,
            firm_cost=per_cost * employees,
            employee_value=per_value * employees,
            salary_net=net * employees,
            fringe_per_employee=fringe,
            fringe_status=status,
        )
    return PlanTotals(year, result, to_cent(Decimal(network_fee)), tuple(warnings))

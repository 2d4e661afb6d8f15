"""The figures of a plan: cost, value, fees, salary, fringe check, warnings, pools.

The one place they are computed: the plan page, the CLI ``plan`` and the
dossier all read ``plan_figures``, so they never disagree. Cheap enough to
recompute on every change (a few offers, one rules call), so the plan builder
shows them in the same event as the edit.

- Cost to the firm: each line's services at the price it pays now (pooled only
  once the offer is active) plus the network membership fee when due, plus the
  employer's 10% solidarity contribution on health-fund services.
- Value to employees: the services they receive, at that price; fees and the
  solidarity contribution are costs, not value.
- Fringe check: art. 51 c.3 applies per employee who receives the benefit, so
  the figure is the worst case of one user taking every fringe-benefit line
  (each line's services divided by its users), never a workforce average.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from wat_desktop.domain.benefit_types import BENEFIT_TREATMENTS, BenefitTreatment, BenefitType
from wat_desktop.domain.catalogue import Catalogue, Offer
from wat_desktop.domain.firm import Firm
from wat_desktop.domain.plan import reasons as R
from wat_desktop.domain.plan.reasons import Money, Reason
from wat_desktop.domain.plan.shown_counts import published_counts, shown_people
from wat_desktop.domain.pooling import (
    PoolStatus,
    expected_users,
    network_demand,
    pool_status,
    users_for_units,
)
from wat_desktop.domain.rules import (
    PlanItem,
    available_years,
    fringe_check,
    load_tax_year,
    plan_totals,
)
from wat_desktop.domain.rules.fringe import FringeStatus
from wat_desktop.domain.rules.rounding import to_cents
from wat_desktop.domain.survey.after_import import plan_fingerprint, plan_predates_survey


@dataclass(frozen=True)
class LineFigures:
    offer: Offer
    units: int
    users: int
    unit_price_cents: int  # what the firm pays per unit now (pooled only when active)
    cost_cents: int  # units x unit price + membership fee, if any
    fee_cents: int
    pool: PoolStatus | None


@dataclass(frozen=True)
class FringeFigures:
    """The fringe-benefit check of a plan, per employee who receives the benefits."""

    per_user_cents: int  # worst case: one user takes every fringe-benefit line
    ceiling_cents: int  # the general ceiling
    ceiling_with_children_cents: int  # with fiscally dependent children
    status: FringeStatus  # against the general ceiling (the safe case)


@dataclass(frozen=True)
class PlanFigures:
    year: int  # the tax year of the rules used
    lines: tuple[LineFigures, ...]
    cost_cents: int  # cost to the firm: services, fees, 10% solidarity where due
    value_cents: int  # value to employees: the services they receive
    salary_net_cents: int  # the same cost paid as salary: what employees would net
    budget_cents: int
    warnings: tuple[Reason, ...]
    solidarity_cents: int = 0  # the 10% solidarity contribution included in the cost
    fringe: FringeFigures | None = None  # None when no line counts to the ceiling

    @property
    def pools(self) -> tuple[PoolStatus, ...]:
        return tuple(line.pool for line in self.lines if line.pool is not None)

    @property
    def fee_cents(self) -> int:
        """Network membership fees included in the cost."""
        return sum(line.fee_cents for line in self.lines)


def rules_year(year: int) -> int:
    """The nearest year that has a tax-year file."""
    years = available_years()
    return min(years, key=lambda y: (abs(y - year), -y))


def line_figures(offer: Offer, units: int, pool: PoolStatus | None) -> LineFigures:
    users = users_for_units(offer, units)
    if pool is None:
        return LineFigures(
            offer, units, users, offer.price_cents, units * offer.price_cents, 0, None
        )
    active = pool.is_active_with_firm
    fee = pool.membership_fee_cents if active else 0
    unit = pool.effective_unit_cents
    return LineFigures(offer, units, users, unit, units * unit + fee, fee, pool)


def plan_line_figures(catalogue: Catalogue, quantities: Mapping[str, int]) -> list[LineFigures]:
    """Each chosen offer at the price the firm pays now (no tax rules needed)."""
    demand = network_demand(catalogue)
    lines = []
    for offer_id, units in quantities.items():
        offer = catalogue.offer(offer_id)
        if offer is None or units <= 0:
            continue
        pool = None
        if offer.pooling is not None:
            pool = pool_status(offer, demand[offer.id], users_for_units(offer, units))
        lines.append(line_figures(offer, units, pool))
    return lines


def solidarity_cents(line: LineFigures, rate: Decimal) -> int:
    """The employer's 10% solidarity contribution on health-fund lines, else 0."""
    if not solidarity_due(line.offer):
        return 0
    return solidarity_on(line.cost_cents - line.fee_cents, rate)


def solidarity_due(offer: Offer) -> bool:
    treatment = _treatment(offer)
    return treatment is not None and treatment.solidarity_due


def whole_staff(offer: Offer) -> bool:
    """An insurance cover that must insure all employees (or a category) to be exempt."""
    treatment = _treatment(offer)
    return treatment is not None and treatment.whole_staff


def solidarity_on(cents: int, rate: Decimal) -> int:
    """The contribution on ``cents`` of health-fund services (the fee is not one)."""
    return to_cents(Decimal(cents) / 100 * rate)


def solidarity_rate(year: int) -> Decimal:
    return load_tax_year(rules_year(year)).solidarity_rate.value


def plan_figures(
    firm: Firm,
    catalogue: Catalogue,
    quantities: Mapping[str, int],
    year: int,
    budget_cents: int = 0,
    overrides: Mapping[str, int] | None = None,
) -> PlanFigures:
    """Figures for ``quantities`` (offer id -> units); unknown offers are skipped."""
    lines = plan_line_figures(catalogue, quantities)
    year = rules_year(year)
    rate = load_tax_year(year).solidarity_rate.value
    value = sum(line.cost_cents - line.fee_cents for line in lines)
    solidarity = sum(solidarity_cents(line, rate) for line in lines)
    cost = sum(line.cost_cents for line in lines) + solidarity
    fringe = fringe_figures(lines, year)
    return PlanFigures(
        year,
        tuple(lines),
        cost,
        value,
        _salary_net(firm, year, cost),
        budget_cents,
        tuple(_warnings(firm, quantities, lines, cost, budget_cents, overrides or {}, fringe)),
        solidarity,
        fringe,
    )


def fringe_figures(lines: list[LineFigures], year: int) -> FringeFigures | None:
    """Worst case per user: one employee takes every fringe-benefit line."""
    per_user = sum(
        -(-(line.cost_cents - line.fee_cents) // max(line.users, 1))
        for line in lines
        if (t := _treatment(line.offer)) is not None and t.counts_to_fringe_ceiling
    )
    if not per_user:
        return None
    check = fringe_check(year, Decimal(per_user) / 100, has_dependent_children=False)
    with_children = fringe_check(year, Decimal(per_user) / 100, has_dependent_children=True)
    return FringeFigures(
        per_user, to_cents(check.ceiling), to_cents(with_children.ceiling), check.status
    )


def _treatment(offer: Offer) -> BenefitTreatment | None:
    try:
        return BENEFIT_TREATMENTS[BenefitType(offer.benefit_type)]
    except ValueError:
        return None


def _salary_net(firm: Firm, year: int, cost_cents: int) -> int:
    """What the employees would net if the plan's cost were paid as salary instead."""
    headcount = firm.profile.headcount.total
    if headcount <= 0 or cost_cents <= 0:
        return 0
    per_employee = Decimal(cost_cents) / 100 / headcount
    # a benefit with no solidarity contribution: its cost is exactly the amount
    item = PlanItem(BenefitType.SERVICES_IN_KIND, per_employee)
    totals = plan_totals(year, [item], {"all": headcount})
    return to_cents(totals.salary_net)


def _warnings(
    firm: Firm,
    quantities: Mapping[str, int],
    lines: list[LineFigures],
    cost: int,
    budget: int,
    overrides: Mapping[str, int],
    fringe: FringeFigures | None,
) -> list[Reason]:
    warnings: list[Reason] = []
    # Only the stored plan can predate the survey, not a new proposal for it.
    stored = plan_fingerprint(quantities) == plan_fingerprint(firm.selected_offers)
    if stored and plan_predates_survey(firm):
        warnings.append(Reason(R.PREDATES_SURVEY, ()))
    if budget and cost > budget:
        warnings.append(Reason(R.OVER_BUDGET, (Money(cost - budget), Money(budget))))
    if fringe is not None:
        ceiling = Money(fringe.ceiling_cents)
        if fringe.status is FringeStatus.ABOVE:
            warnings.append(Reason(R.FRINGE_OVER, (Money(fringe.per_user_cents), ceiling)))
        elif fringe.status is FringeStatus.AT:
            warnings.append(Reason(R.FRINGE_AT, (ceiling,)))
    staff = firm.profile.headcount.total
    shown = {k: c for k, c in published_counts(firm).items() if c is not None}
    for line in lines:
        treatment = _treatment(line.offer)
        if treatment is None or not treatment.generality_required:
            continue
        if treatment.whole_staff:
            # An insurance cover for some employees only: ad personam unless the
            # people insured are a whole category, which the plan cannot tell.
            if line.users < staff:
                warnings.append(Reason(R.GENERALITY_STAFF, (line.offer.title, line.users, staff)))
            continue
        # Places for fewer people than expect to use it: the offer is rationed, which
        # is only exempt if it is still open to all staff or a homogeneous category.
        expected = expected_users(line.offer, firm.needs, overrides, firm.take_up)
        if line.users < expected:
            # The expected figure is stated only when the shown counts alone give it.
            from_shown = expected_users(line.offer, shown, overrides, firm.take_up)
            if from_shown != expected or shown_people(firm, line.offer.served_keys()) is None:
                warnings.append(Reason(R.GENERALITY_FEWER, (line.offer.title, line.users)))
            else:
                warnings.append(Reason(R.GENERALITY, (line.offer.title, line.users, expected)))
    return warnings

"""The recommended plan: which offers, for how many users, within the budget.

Weighted need. One user of an offer is worth the relevance (1-5, 3 until
rated) of the need area of the people it serves, reduced by the share of staff
the firm's measures already reach in that area (``needs_profile.coverage_of``),
averaged over the offer's need counts; when the CCNL already pays a health
fund and the firm has not recorded its health measures (which would already
count the fund), health needs count half [assumption]. Values are integer
points (x100).

Choices. For each offer valid at some time in the plan year (``plan_year``) with
expected users (``pooling.expected_users``: need counts x take-up rates, the
firm's own ``Firm.take_up`` where set), the plan may take 1..expected users; its value grows
linearly up to the expected uptake and no further (nobody else would use it),
its cost is the pooled cost for that many users when the pool is active with
them (tier price and membership fee), else the standalone price. Offers that
serve a common need count (children aged 0-2, caregivers of the elderly...) are
alternatives: the plan takes at most one of each such group, so no one is
counted twice. An insurance cover (``BenefitTreatment.whole_staff``, lett.
f-quater) is exempt only when it insures all employees or a category, so its
one choice is the whole staff, worth the expected users' need. The exact
optimiser (``optimizer.optimise``) picks the plan of most weighted need within
the budget; ties go to the cheaper plan.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from fractions import Fraction

from wat_desktop.domain.catalogue import Catalogue, Offer
from wat_desktop.domain.firm import Firm
from wat_desktop.domain.need_areas import COVERING_AREA, NeedArea
from wat_desktop.domain.need_counts import NEED_KEYS, NeedKey
from wat_desktop.domain.needs_profile import DEFAULT_RELEVANCE, coverage_of
from wat_desktop.domain.plan import reasons as R
from wat_desktop.domain.plan.figures import (
    line_figures,
    solidarity_cents,
    solidarity_due,
    solidarity_on,
    solidarity_rate,
    whole_staff,
)
from wat_desktop.domain.plan.optimizer import Choice, Group, optimise
from wat_desktop.domain.plan.reasons import Money, Reason, pool_state
from wat_desktop.domain.plan.shown_counts import effective_threshold, shown_people
from wat_desktop.domain.pooling import (
    NetworkDemand,
    PoolState,
    PoolStatus,
    expected_users,
    network_demand,
    pool_status,
    price_now,
)

POINTS = 100  # value points per unit of weighted need
HEALTH_FUND_FACTOR = Fraction(1, 2)  # health needs when the CCNL already pays a health fund


@dataclass(frozen=True)
class RecommendedLine:
    offer_id: str
    users: int
    units: int  # the plan quantity, in the offer's unit
    cost_cents: int
    value: int
    reason: Reason
    pool: PoolStatus | None = None


@dataclass(frozen=True)
class Recommendation:
    budget_cents: int
    lines: tuple[RecommendedLine, ...]
    cost_cents: int
    value: int

    @property
    def quantities(self) -> dict[str, int]:
        """Offer id -> units: what ``Firm.selected_offers`` stores."""
        return {line.offer_id: line.units for line in self.lines}


def _relevance(firm: Firm, area: NeedArea) -> int:
    rated = firm.relevance.get(area, 0)
    return rated if 1 <= rated <= 5 else DEFAULT_RELEVANCE


def key_weights(firm: Firm, health_fund_paid: bool = False) -> dict[NeedKey, Fraction]:
    """Weighted need of one person with each need count (once per firm, not per offer)."""
    weights = {}
    # Recorded health measures already count the CCNL's fund: halving again would
    # count it twice.
    fund_counts = health_fund_paid and not coverage_of(firm, COVERING_AREA[NeedArea.HEALTH])
    for key, info in NEED_KEYS.items():
        weight = _relevance(firm, info.area) * (1 - coverage_of(firm, COVERING_AREA[info.area]))
        if fund_counts and info.area is NeedArea.HEALTH:
            weight *= HEALTH_FUND_FACTOR
        weights[key] = weight
    return weights


def user_weight(
    firm: Firm,
    offer: Offer,
    health_fund_paid: bool = False,
    weights: Mapping[NeedKey, Fraction] | None = None,
) -> Fraction:
    """Weighted need of one user of ``offer`` (see the module docstring)."""
    weights = weights or key_weights(firm, health_fund_paid)
    total = Fraction(0)
    people = 0
    for key in offer.served_keys():
        count = max(0, firm.need(key))
        total += count * weights[key]
        people += count
    return total / people if people else Fraction(0)


def _cost(
    offer: Offer, demand: NetworkDemand | None, users: int, rate: Decimal
) -> tuple[int, PoolStatus | None]:
    """Yearly cost to the firm of ``users`` users, as the plan figures count it."""
    status = None
    if offer.pooling is not None and demand is not None:
        status = pool_status(offer, demand, users)
    line = line_figures(offer, users * offer.units_per_user, status)
    return line.cost_cents + solidarity_cents(line, rate), status


def _costs(offer: Offer, demand: NetworkDemand | None, most: int, rate: Decimal) -> list[int]:
    """``_cost`` for 1..``most`` users at once: the optimiser needs every quantity, and
    building a full pool status for each is the slow part of a recommendation."""
    solidarity = solidarity_due(offer)
    step = offer.units_per_user * offer.price_cents
    if (offer.pooling is None or demand is None) and not solidarity:
        return [users * step for users in range(1, most + 1)]  # a plain linear price
    costs = []
    for users in range(1, most + 1):
        unit, fee = (
            price_now(offer, demand, users) if demand is not None else (offer.price_cents, 0)
        )
        services = users * offer.units_per_user * unit
        costs.append(services + fee + (solidarity_on(services, rate) if solidarity else 0))
    return costs


def candidate_users(firm: Firm, offer: Offer, overrides: Mapping[str, int]) -> int:
    """Most users the plan may buy: the expected uptake (with the firm's own take-up
    rates), within the provider's capacity."""
    users = expected_users(offer, firm.needs, overrides, firm.take_up)
    if offer.capacity_users is not None:
        users = min(users, offer.capacity_users)
    return users


def plan_year(firm: Firm, today: date | None = None) -> int:
    """The year a plan is for: the budget's year, else the current one, or the next
    from September (when firms plan the coming year)."""
    if firm.budget.year:
        return firm.budget.year
    today = today or date.today()
    return today.year + 1 if today.month >= 9 else today.year


def valid_in_year(offer: Offer, year: int) -> bool:
    """The offer can be used at some time in ``year``."""
    return (offer.valid_from is None or offer.valid_from <= date(year, 12, 31)) and (
        offer.valid_to is None or offer.valid_to >= date(year, 1, 1)
    )


def build_groups(
    firm: Firm,
    catalogue: Catalogue,
    *,
    year: int | None = None,
    overrides: Mapping[str, int] | None = None,
    health_fund_paid: bool = False,
) -> list[Group]:
    """Optimiser groups: one per set of offers sharing need counts, a choice per
    (offer, users)."""
    overrides = overrides or {}
    year = year or plan_year(firm)
    demand = network_demand(catalogue)
    rate = solidarity_rate(year)
    weights = key_weights(firm, health_fund_paid)
    by_group: dict[str, list[Choice]] = {}
    group_of = _group_keys(catalogue)
    for offer in catalogue.offers:
        if not valid_in_year(offer, year) or not offer.need_areas:
            continue
        most = candidate_users(firm, offer, overrides)
        if most <= 0:
            continue
        points = round(user_weight(firm, offer, weights=weights) * POINTS)
        if points <= 0:
            continue
        choices = by_group.setdefault(group_of[offer.id], [])
        if whole_staff(offer):
            staff = firm.profile.headcount.total
            if staff <= 0 or (offer.capacity_users or staff) < staff:
                continue  # it cannot insure everyone: no lawful choice
            # Everyone insured; worth what it is to those expected to value it.
            wanted = expected_users(offer, firm.needs, overrides, firm.take_up)
            cost, _status = _cost(offer, demand.get(offer.id), staff, rate)
            choices.append(Choice(offer.id, staff, cost, wanted * points))
            continue
        costs = _costs(offer, demand.get(offer.id), most, rate)
        choices.extend(
            Choice(offer.id, users, cost, users * points)
            for users, cost in enumerate(costs, start=1)
        )
    return [Group(key, tuple(choices)) for key, choices in by_group.items()]


def _group_keys(catalogue: Catalogue) -> dict[str, str]:
    """Offer id -> name of its group: offers are joined when they share a need count."""
    parent: dict[str, str] = {}

    def root(key: str) -> str:
        while parent.setdefault(key, key) != key:
            key = parent[key]
        return key

    for offer in catalogue.offers:
        keys = [k.value for k in offer.served_keys()]
        for key in keys:
            parent[root(key)] = root(keys[0])
    members: dict[str, list[str]] = {}
    for key in list(parent):
        members.setdefault(root(key), []).append(key)
    names = {r: "+".join(sorted(keys)) for r, keys in members.items()}
    return {
        o.id: names[root(o.served_keys()[0].value)] if o.served_keys() else o.id
        for o in catalogue.offers
    }


def recommend(
    firm: Firm,
    catalogue: Catalogue,
    budget_cents: int,
    *,
    year: int | None = None,
    overrides: Mapping[str, int] | None = None,
    health_fund_paid: bool = False,
) -> Recommendation:
    """The plan that covers the most weighted need within ``budget_cents``, exactly,
    with one explanation per chosen offer (most valuable first)."""
    groups = build_groups(
        firm, catalogue, year=year, overrides=overrides, health_fund_paid=health_fund_paid
    )
    solution = optimise(groups, budget_cents)
    demand = network_demand(catalogue)
    rate = solidarity_rate(year or plan_year(firm))
    lines = []
    for choice in solution.picks.values():
        offer = catalogue.offer(choice.candidate_id)
        assert offer is not None
        _cost_cents, status = _cost(offer, demand.get(offer.id), choice.quantity, rate)
        lines.append(
            RecommendedLine(
                offer.id,
                choice.quantity,
                choice.quantity * offer.units_per_user,
                choice.cost_cents,
                choice.value,
                explain(firm, offer, choice.quantity, status),
                status,
            )
        )
    lines.sort(key=lambda line: (-line.value, line.offer_id))
    return Recommendation(budget_cents, tuple(lines), solution.cost_cents, solution.value)


def _ages(keys: tuple[NeedKey, ...]) -> str:
    bounds = [int(part) for key in keys for part in key.value.split("_")[1:]]
    return f"{min(bounds)}-{max(bounds)}"


def who(firm: Firm, offer: Offer, users: int) -> Reason:
    """How many are covered: "9 of 11 children aged 6-14", "3 of 5 employees with this
    need"; the total is left out when it could reveal a group below the anonymity
    threshold ("2 employees with this need (total not shown...)"), and a cover of the
    whole staff says so ("all 24 employees")."""
    if whole_staff(offer):
        staff = firm.profile.headcount.total
        if users >= staff:
            return Reason(R.WHO_ALL_STAFF, count=staff)
        return Reason(R.WHO_PART_OF_STAFF, (users, staff))
    keys = offer.served_keys()
    children = bool(keys) and all(NEED_KEYS[key].counts_children for key in keys)
    total = shown_people(firm, keys)
    if total is None or users > total:  # never "7 of 5"
        if users < effective_threshold(firm):  # "covers 2" would report a small group
            if children:
                return Reason(R.WHO_CHILDREN_UNCOUNTED, (_ages(keys),))
            return Reason(R.WHO_EMPLOYEES_UNCOUNTED)
        if children:
            return Reason(R.WHO_CHILDREN_HIDDEN, (_ages(keys),), count=users)
        return Reason(R.WHO_EMPLOYEES_HIDDEN, count=users)
    if children:
        return Reason(R.WHO_CHILDREN, (users, total, _ages(keys)))
    return Reason(R.WHO_EMPLOYEES, (users, total))


def explain(firm: Firm, offer: Offer, users: int, status: PoolStatus | None) -> Reason:
    """One sentence: whom the choice covers and what pooling does to its price."""
    covered = who(firm, offer, users)
    if status is None:
        cost = users * offer.units_per_user * offer.price_cents
        return Reason(R.PLAIN, (covered, Money(cost)))
    standalone = Money(status.standalone_unit_cents)
    if status.state is PoolState.ACTIVE:
        return Reason(R.POOLED, (covered, Money(status.effective_unit_cents), standalone))
    if status.state is PoolState.ACTIVATES_IF_YOU_JOIN:
        return Reason(R.ACTIVATES, (covered, Money(status.effective_unit_cents), standalone))
    return Reason(R.WAITING, (covered, standalone, pool_state(status)))

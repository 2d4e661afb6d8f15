"""Exact plan optimiser: a multiple-choice knapsack over offers and quantities.

Each ``Group`` holds alternative ``Choice``s (an offer at a quantity, with its
cost and its value); a plan takes at most one choice per group and must fit
the budget. Values and costs are integers (value points, euro cents), so the
optimum is exact, never a floating-point guess.

Method (Dyer-Zemel/Pisinger style, kept small):

1. drop dominated choices (dearer and not more valuable);
2. solve the LP relaxation greedily on each group's upper convex hull; its
   critical slope ``lambda = p/q`` gives the Lagrangian upper bound
   ``Z = lambda * budget + sum_g max_c (value_c - lambda * cost_c)``, valid for
   every feasible plan whatever ``lambda`` is;
3. take a greedy plan as the incumbent and discard every choice whose bound,
   with that choice forced, is below the incumbent's value;
4. a dynamic programme over the (few) groups still undecided, keeping only
   Pareto states (cost, value) whose bound can still reach the incumbent.

Among plans of equal value the cheaper one wins.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise


@dataclass(frozen=True)
class Choice:
    """One way to fill a group: ``quantity`` units of ``candidate_id``."""

    candidate_id: str
    quantity: int
    cost_cents: int
    value: int


@dataclass(frozen=True)
class Group:
    """Alternatives of which a plan takes at most one (taking none is free)."""

    id: str
    choices: tuple[Choice, ...]


@dataclass(frozen=True)
class Solution:
    picks: dict[str, Choice]  # group id -> chosen choice; groups left out are absent
    cost_cents: int
    value: int


_NONE = Choice("", 0, 0, 0)


@dataclass
class _Prepared:
    id: str
    choices: list[Choice]  # _NONE first, then by cost ascending, value strictly ascending


def _undominated(group: Group, budget: int) -> _Prepared:
    usable = sorted(
        (c for c in group.choices if c.value > 0 and 0 <= c.cost_cents <= budget),
        key=lambda c: (c.cost_cents, -c.value, c.candidate_id, c.quantity),
    )
    kept = [_NONE]
    for choice in usable:
        if choice.value > kept[-1].value:
            if choice.cost_cents == kept[-1].cost_cents:  # a free choice replaces "none"
                kept[-1] = choice
            else:
                kept.append(choice)
    return _Prepared(group.id, kept)


def _hull(choices: list[Choice]) -> list[Choice]:
    """Upper concave hull from the empty choice: slopes strictly decrease."""
    hull: list[Choice] = []
    for point in choices:
        while len(hull) >= 2:
            a, b = hull[-2], hull[-1]
            # b lies on or under the segment a-point: drop it
            left = (b.value - a.value) * (point.cost_cents - a.cost_cents)
            right = (point.value - a.value) * (b.cost_cents - a.cost_cents)
            if left <= right:
                hull.pop()
            else:
                break
        hull.append(point)
    return hull


def _lp_greedy(groups: list[_Prepared], budget: int) -> tuple[int, int, list[Choice]]:
    """Greedy LP on the hulls: the critical slope p/q and the whole hull steps taken."""
    steps: list[tuple[float, int, Choice, Choice]] = []
    for index, group in enumerate(groups):
        hull = _hull(group.choices)
        for before, after in pairwise(hull):
            slope = (after.value - before.value) / (after.cost_cents - before.cost_cents)
            steps.append((slope, index, before, after))
    # Float order is only a heuristic: any lambda gives a valid bound.
    steps.sort(key=lambda s: -s[0])
    taken = [g.choices[0] for g in groups]
    room = budget
    for _slope, index, before, after in steps:
        if taken[index] is not before:
            continue  # a later step of a group whose earlier step did not fit
        extra = after.cost_cents - before.cost_cents
        if extra > room:
            return after.value - before.value, extra, taken
        taken[index] = after
        room -= extra
    return 0, 1, taken


def _improve(groups: list[_Prepared], picks: list[Choice], budget: int) -> list[Choice]:
    """Fill what the LP plan leaves of the budget, one group at a time."""
    picks = list(picks)
    room = budget - sum(c.cost_cents for c in picks)
    for index, group in enumerate(groups):
        current = picks[index]
        best = current
        for choice in group.choices:
            if choice.value > best.value and choice.cost_cents - current.cost_cents <= room:
                best = choice
        room -= best.cost_cents - current.cost_cents
        picks[index] = best
    return picks


def optimise(groups: Iterable[Group], budget_cents: int) -> Solution:
    """The plan of greatest total value whose cost is within ``budget_cents``.

    Exact. Ties in value go to the cheaper plan.
    """
    budget = max(0, budget_cents)
    prepared = [_undominated(g, budget) for g in groups]
    free = {g.id: g.choices[0] for g in prepared if len(g.choices) == 1 and g.choices[0].value}
    prepared = [g for g in prepared if len(g.choices) > 1]
    if not prepared:
        return _solution(free)
    p, q, lp_picks = _lp_greedy(prepared, budget)
    lp_plan = {g.id: c for g, c in zip(prepared, lp_picks, strict=True)}
    best = {g.id: c for g, c in zip(prepared, _improve(prepared, lp_picks, budget), strict=True)}
    bound = _Bound(p, q, budget)
    # A quick search over the most doubtful groups, the others kept as the LP has them,
    # usually finds a near-optimal plan: the better the incumbent, the more we discard.
    ranked = sorted(prepared, key=bound.doubt)
    core = {g.id for g in ranked[:CORE_SIZE]}
    quick = _search(
        [g for g in ranked if g.id in core],
        {k: c for k, c in lp_plan.items() if k not in core},
        bound,
        _value(best),
    )
    if quick is not None and _better(quick, best):
        best = quick
    threshold = _value(best) * q
    z_scaled = p * budget + sum(bound.top(g) for g in prepared)
    fixed: dict[str, Choice] = {}
    open_groups: list[_Prepared] = []
    for group in prepared:
        top = bound.top(group)
        # forcing a choice costs its margin below the group's best; keep it if the
        # bound after that loss can still reach the incumbent (ties kept: cheaper wins)
        alive = [c for c in group.choices if z_scaled - (top - bound.reduced(c)) >= threshold]
        if len(alive) == 1:
            fixed[group.id] = alive[0]
        else:
            open_groups.append(_Prepared(group.id, alive))
    found = _search(sorted(open_groups, key=bound.doubt), fixed, bound, _value(best))
    if found is not None and _better(found, best):
        best = found
    return _solution({**free, **{k: c for k, c in best.items() if c is not _NONE}})


CORE_SIZE = 12


class _Bound:
    """The Lagrangian relaxation at slope p/q, everything multiplied by q."""

    def __init__(self, p: int, q: int, budget: int) -> None:
        self.p, self.q, self.budget = p, q, budget

    def reduced(self, choice: Choice) -> int:
        return choice.value * self.q - self.p * choice.cost_cents

    def top(self, group: _Prepared) -> int:
        return max(self.reduced(c) for c in group.choices)

    def lead(self, group: _Prepared) -> Choice:
        return max(group.choices, key=lambda c: (self.reduced(c), -c.cost_cents))

    def doubt(self, group: _Prepared) -> int:
        """How close the runner-up is to the group's best choice (small: doubtful)."""
        margins = sorted((self.reduced(c) for c in group.choices), reverse=True)
        return margins[0] - margins[1] if len(margins) > 1 else 1 << 62


def _better(a: dict[str, Choice], b: dict[str, Choice]) -> bool:
    return (_value(a), -_cost(a)) > (_value(b), -_cost(b))


def _value(picks: dict[str, Choice]) -> int:
    return sum(c.value for c in picks.values())


def _cost(picks: dict[str, Choice]) -> int:
    return sum(c.cost_cents for c in picks.values())


def _solution(picks: dict[str, Choice]) -> Solution:
    return Solution(picks, _cost(picks), _value(picks))


_Trail = tuple[object, str, Choice] | None  # linked list of (previous, group id, choice)


def _search(
    ordered: Sequence[_Prepared],
    fixed: dict[str, Choice],
    bound: _Bound,
    best_value: int,
) -> dict[str, Choice] | None:
    """Pareto dynamic programme over ``ordered`` groups on top of ``fixed`` ones,
    pruned by the bound; returns the best whole plan it meets, if any beats
    ``best_value`` or ties it."""
    q, p, budget = bound.q, bound.p, bound.budget
    tops = [bound.top(g) for g in ordered]
    leads = [bound.lead(g) for g in ordered]
    # Completing a state with each later group's lead choice gives a plan at once.
    n = len(ordered)
    tail_tops, tail_cost, tail_value = [0] * (n + 1), [0] * (n + 1), [0] * (n + 1)
    for i in range(n - 1, -1, -1):
        tail_tops[i] = tail_tops[i + 1] + tops[i]
        tail_cost[i] = tail_cost[i + 1] + leads[i].cost_cents
        tail_value[i] = tail_value[i + 1] + leads[i].value
    start_cost = _cost(fixed)
    if start_cost > budget:
        return None
    states: dict[int, tuple[int, _Trail]] = {start_cost: (_value(fixed), None)}
    found: tuple[int, int, _Trail, int] | None = None  # value, cost, trail, completed from
    for i, group in enumerate(ordered):
        rest_tops, rest_cost, rest_value = tail_tops[i + 1], tail_cost[i + 1], tail_value[i + 1]
        grown: dict[int, tuple[int, _Trail]] = {}
        for cost, (value, trail) in states.items():
            for choice in group.choices:
                new_cost = cost + choice.cost_cents
                if new_cost > budget:
                    continue
                new_value = value + choice.value
                if new_value * q + p * (budget - new_cost) + rest_tops < best_value * q:
                    continue
                held = grown.get(new_cost)
                if held is not None and held[0] >= new_value:
                    continue
                step = trail if choice is _NONE else (trail, group.id, choice)
                grown[new_cost] = (new_value, step)
                if new_cost + rest_cost <= budget:
                    whole, whole_cost = new_value + rest_value, new_cost + rest_cost
                    if found is None or (whole, -whole_cost) > (found[0], -found[1]):
                        found = (whole, whole_cost, step, i + 1)
                        best_value = max(best_value, whole)
        states = _pareto(grown)
    if found is None:
        return None
    _whole, _c, trail, completed_from = found
    picks = dict(fixed)
    for group, lead in zip(ordered[completed_from:], leads[completed_from:], strict=True):
        picks[group.id] = lead
    while trail is not None:
        previous, group_id, choice = trail  # type: ignore[misc]
        picks[group_id] = choice
        trail = previous  # type: ignore[assignment]
    return picks


def _pareto(states: dict[int, tuple[int, _Trail]]) -> dict[int, tuple[int, _Trail]]:
    kept: dict[int, tuple[int, _Trail]] = {}
    best = -1
    for cost in sorted(states):
        value, trail = states[cost]
        if value > best:
            kept[cost] = (value, trail)
            best = value
    return kept


@dataclass(frozen=True)
class Candidate:
    """An offer as the optimiser sees it: a linear price and a concave value.

    Each unit up to ``needed_quantity`` is worth ``value_per_unit``; units past
    the need are worth ``surplus_value_per_unit`` (zero by default), so the value
    flattens once the need is covered. ``fixed_cost_cents`` (a membership fee) is
    paid once when the quantity is positive.
    """

    id: str
    unit_cost_cents: int
    max_quantity: int
    value_per_unit: int
    needed_quantity: int
    need_keys: frozenset[str] = frozenset()
    surplus_value_per_unit: int = 0
    fixed_cost_cents: int = 0

    def value(self, quantity: int) -> int:
        covered = min(quantity, self.needed_quantity)
        return covered * self.value_per_unit + (quantity - covered) * self.surplus_value_per_unit

    def cost(self, quantity: int) -> int:
        return self.fixed_cost_cents + quantity * self.unit_cost_cents if quantity else 0

    def choices(self) -> tuple[Choice, ...]:
        return tuple(
            Choice(self.id, n, self.cost(n), self.value(n)) for n in range(1, self.max_quantity + 1)
        )


def single_groups(candidates: Iterable[Candidate]) -> list[Group]:
    """One group per candidate: any subset of offers, one quantity each."""
    return [Group(c.id, c.choices()) for c in candidates]

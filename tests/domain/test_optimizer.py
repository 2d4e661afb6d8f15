"""The plan optimiser is exact: it matches brute force and never exceeds the budget."""

from __future__ import annotations

import itertools
import random

from hypothesis import given, settings
from hypothesis import strategies as st

from wat_desktop.domain.plan.optimizer import (
    Candidate,
    Choice,
    Group,
    optimise,
    single_groups,
)


def brute_force(groups: list[Group], budget: int) -> tuple[int, int]:
    """(best value, least cost at that value) over every combination."""
    best = (0, 0)
    options = [(Choice("", 0, 0, 0), *g.choices) for g in groups]
    for combo in itertools.product(*options):
        cost = sum(c.cost_cents for c in combo)
        value = sum(c.value for c in combo)
        if cost <= budget and (value, -cost) > (best[0], -best[1]):
            best = (value, cost)
    return best


choices_st = st.builds(
    Choice,
    candidate_id=st.sampled_from(["a", "b", "c"]),
    quantity=st.integers(1, 5),
    cost_cents=st.integers(0, 60),
    value=st.integers(0, 40),
)
groups_st = st.lists(
    st.lists(choices_st, min_size=1, max_size=4).map(tuple), min_size=1, max_size=5
).map(lambda gs: [Group(f"g{i}", choices) for i, choices in enumerate(gs)])


@settings(max_examples=300, deadline=None)
@given(groups=groups_st, budget=st.integers(0, 150))
def test_multiple_choice_matches_brute_force(groups: list[Group], budget: int) -> None:
    solution = optimise(groups, budget)
    assert solution.cost_cents <= budget
    assert (solution.value, solution.cost_cents) == brute_force(groups, budget)
    # the picks are real choices of their groups and add up to the totals
    by_id = {g.id: g for g in groups}
    for group_id, choice in solution.picks.items():
        assert choice in by_id[group_id].choices
    assert sum(c.value for c in solution.picks.values()) == solution.value
    assert sum(c.cost_cents for c in solution.picks.values()) == solution.cost_cents


candidate_st = st.builds(
    Candidate,
    id=st.uuids().map(str),
    unit_cost_cents=st.integers(1, 50),
    max_quantity=st.integers(1, 4),
    value_per_unit=st.integers(1, 30),
    needed_quantity=st.integers(0, 4),
    surplus_value_per_unit=st.integers(0, 5),
    fixed_cost_cents=st.sampled_from([0, 0, 10, 25]),
)


@settings(max_examples=300, deadline=None)
@given(
    candidates=st.lists(candidate_st, min_size=1, max_size=5, unique_by=lambda c: c.id),
    budget=st.integers(0, 200),
)
def test_concave_candidates_match_brute_force(candidates: list[Candidate], budget: int) -> None:
    groups = single_groups(candidates)
    solution = optimise(groups, budget)
    assert solution.cost_cents <= budget
    assert (solution.value, solution.cost_cents) == brute_force(groups, budget)


def test_candidate_value_flattens_past_the_need() -> None:
    camp = Candidate("camp", 16_000, 12, value_per_unit=10, needed_quantity=9)
    assert [camp.value(n) for n in (0, 9, 10, 12)] == [0, 90, 90, 90]
    assert camp.cost(0) == 0 and camp.cost(3) == 48_000


def test_nothing_fits_an_empty_budget() -> None:
    solution = optimise(single_groups([Candidate("x", 100, 3, 5, 3)]), 0)
    assert solution.picks == {} and solution.value == 0


def test_free_choices_are_taken() -> None:
    solution = optimise([Group("g", (Choice("free", 1, 0, 7),))], 0)
    assert solution.value == 7 and solution.picks["g"].candidate_id == "free"


def test_a_realistic_catalogue_of_500_offers_stays_exact_on_a_slice() -> None:
    """Big instance: the optimum is at least the greedy value and within budget;
    a 6-offer slice of it is checked against brute force."""
    rng = random.Random(5)
    candidates = [
        Candidate(
            f"o{i}",
            unit_cost_cents=rng.choice([3000, 6500, 12000, 16000, 17500, 2200])
            + rng.randint(0, 9) * 100,
            max_quantity=rng.randint(1, 12),
            value_per_unit=rng.randint(1, 50),
            needed_quantity=rng.randint(0, 12),
            fixed_cost_cents=rng.choice([0, 0, 5000]),
        )
        for i in range(500)
    ]
    budget = 600_000
    solution = optimise(single_groups(candidates), budget)
    assert solution.cost_cents <= budget and solution.value > 0
    small = single_groups(candidates[:6])
    assert (optimise(small, 40_000).value, optimise(small, 40_000).cost_cents) == brute_force(
        small, 40_000
    )


def exact_dp(groups: list[Group], budget: int, step: int) -> int:
    """Best value by a plain dynamic programme over the budget in ``step`` cents: an
    independent exact method, slow but simple."""
    slots = budget // step
    best = [0] * (slots + 1)  # best[c]: most value for a cost of at most c steps
    for group in groups:
        new = best[:]
        for choice in group.choices:
            size = choice.cost_cents // step
            for c in range(size, slots + 1):
                candidate = best[c - size] + choice.value
                if candidate > new[c]:
                    new[c] = candidate
        best = new
    return best[slots]


def test_hundreds_of_offers_match_an_exact_dynamic_programme() -> None:
    """300 offers of up to 12 units each: the optimum, not a greedy guess."""
    rng = random.Random(11)
    candidates = [
        Candidate(
            f"o{i}",
            unit_cost_cents=rng.randint(2, 40) * 1_000,
            max_quantity=rng.randint(1, 12),
            value_per_unit=rng.randint(1, 50),
            needed_quantity=rng.randint(0, 12),
            surplus_value_per_unit=rng.choice([0, 0, 1]),
            fixed_cost_cents=rng.choice([0, 0, 5_000]),
        )
        for i in range(300)
    ]
    groups = single_groups(candidates)
    for budget in (150_000, 600_000):
        solution = optimise(groups, budget)
        assert solution.cost_cents <= budget
        assert solution.value == exact_dp(groups, budget, 1_000)
        # on this instance a greedy plan (best value per euro first) is strictly worse
        assert solution.value > _greedy_value(candidates, budget)


def _greedy_value(candidates: list[Candidate], budget: int) -> int:
    """Best value per euro first, whole needed quantities: what a greedy plan gets."""
    room, value = budget, 0
    ranked = sorted(candidates, key=lambda c: -c.value_per_unit / c.unit_cost_cents)
    for candidate in ranked:
        quantity = min(candidate.needed_quantity, candidate.max_quantity)
        while quantity and candidate.cost(quantity) > room:
            quantity -= 1
        if quantity:
            room -= candidate.cost(quantity)
            value += candidate.value(quantity)
    return value

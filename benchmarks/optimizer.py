"""The exact best plan over a 500-offer catalogue.

``recommend`` is what the Plan page's "Recommend" button runs: the firm's needs and
relevance turned into offer groups, the exact optimiser, and the explanations.
Firms and catalogue come from the synthetic generator (seeded); the raw optimiser on
random candidates is timed too, to tell the model from the solver.
"""

from __future__ import annotations

import random
import time
from collections.abc import Iterator

from benchmarks.harness import Figure, repeat
from wat_desktop.domain.plan.optimizer import Candidate, optimise, single_groups

PRICES = [2200, 3000, 6500, 12000, 16000, 17500]


def instance(seed: int, offers: int) -> list[Candidate]:
    rng = random.Random(seed)
    return [
        Candidate(
            f"o{i}",
            unit_cost_cents=rng.choice(PRICES) + rng.randint(0, 9) * 100,
            max_quantity=rng.randint(1, 12),
            value_per_unit=rng.randint(1, 50),
            needed_quantity=rng.randint(0, 12),
            fixed_cost_cents=rng.choice([0, 0, 5000]),
        )
        for i in range(offers)
    ]


def _recommend_figure(runs: int, offers: int) -> Figure:
    from wat_desktop.domain.catalogue_format import parse_catalogue_bytes
    from wat_desktop.domain.plan.recommendation import recommend
    from wat_desktop.services.synth import generate_firms
    from wat_desktop.services.synth_files import synthetic_catalogue_bytes

    catalogue = parse_catalogue_bytes(synthetic_catalogue_bytes(offers, 1))
    firms = [s.firm for s in generate_firms(max(runs, 1), seed=7, min_stage=3)]
    turn = iter(range(10**9))

    def solve() -> float:
        firm = firms[next(turn) % len(firms)]
        budget = max(firm.budget.yearly_budget_cents, 300_000)
        start = time.perf_counter()
        recommend(firm, catalogue, budget)
        return (time.perf_counter() - start) * 1000

    return Figure(
        f"exact best plan, one firm, {offers} offers (recommend)",
        "ms",
        repeat(solve, runs, warmup=1),
        "<= 50 ms",
        limit=50.0,
        gui_thread=True,
        note="Plan page, Recommend button: groups, exact optimiser, explanations",
    )


def measure(runs: int, quick: bool) -> list[Figure]:
    offers = 20 if quick else 500
    figures = [_recommend_figure(runs, offers)]
    groups = [single_groups(instance(seed, offers)) for seed in range(max(runs, 1))]
    for budget in (600_000, 3_000_000):
        index = iter(range(10**9))

        def solve(budget: int = budget, index: Iterator[int] = index) -> float:
            g = groups[next(index) % len(groups)]
            start = time.perf_counter()
            optimise(g, budget)
            return (time.perf_counter() - start) * 1000

        figures.append(
            Figure(
                f"optimiser alone, {offers} random offers, budget {budget // 100} €",
                "ms",
                repeat(solve, runs),
                "<= 50 ms",
                limit=50.0,
            )
        )
    return figures

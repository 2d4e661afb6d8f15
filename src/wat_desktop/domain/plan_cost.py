"""The yearly cost of a firm's plan to the firm, quick enough for thousands of firms.

It is what the plan page shows as the cost to the firm (services at their pooled
prices, membership fees, the 10% solidarity contribution where due) without the
per-firm tax work the portfolio does not show. The firm list keeps it in a column
(``firms.plan_cost_cents``); ``cost_basis`` names what a stored cost was worked out
from, so a cost made with an older catalogue, or for a plan year that has gone by,
is recognised as stale and worked out again.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from typing import Any

from wat_desktop.domain.catalogue import Catalogue


def plan_year_of(budget_year: Any, today: date | None = None) -> int:
    """The year a plan is for, as ``plan.recommendation.plan_year``: the budget's year,
    else the current one, or the next from September."""
    if isinstance(budget_year, int) and not isinstance(budget_year, bool) and budget_year > 0:
        return budget_year
    today = today or date.today()
    return today.year + 1 if today.month >= 9 else today.year


def chosen_quantities(offers: Any) -> dict[str, int]:
    """The offers of a stored plan (offer id -> units) that count: positive whole units."""
    if not isinstance(offers, dict):
        return {}
    return {
        str(k): v
        for k, v in offers.items()
        if isinstance(v, int) and not isinstance(v, bool) and v > 0
    }


NO_OFFERS = "-"  # the basis of a plan without offers: 0 whatever the catalogue or year


def cost_basis(catalogue_key: str, budget_year: Any, today: date | None = None) -> str:
    """What a plan cost depends on besides the plan: the catalogue (``catalogue_key``,
    e.g. its SHA-256; "" when there is none) and, for a plan without a year of its own,
    the year it falls in today (the solidarity rate is the year's)."""
    key = catalogue_key[:16]
    if isinstance(budget_year, int) and not isinstance(budget_year, bool) and budget_year > 0:
        return key
    return f"{key}@{plan_year_of(None, today)}"


def fresh_bases(catalogue_key: str, today: date | None = None) -> frozenset[str]:
    """Every ``cost_basis`` that is current today for this catalogue."""
    return frozenset({NO_OFFERS, cost_basis(catalogue_key, 1), cost_basis(catalogue_key, 0, today)})


class PlanCosts:
    """Cost to the firm of chosen offers for one catalogue (``plan_figures``'s cost)."""

    def __init__(self, catalogue: Catalogue | None) -> None:
        from wat_desktop.domain.pooling import network_demand

        self._catalogue = catalogue
        self._demand = network_demand(catalogue) if catalogue is not None else {}
        self._rates: dict[int, Decimal] = {}

    def _rate(self, year: int) -> Decimal:
        if year not in self._rates:
            # Imported on first use: the tax rules are not needed to list firms.
            from wat_desktop.domain.plan.figures import solidarity_rate

            self._rates[year] = solidarity_rate(year)
        return self._rates[year]

    def cost_cents(self, quantities: Mapping[str, int], year: int) -> int:
        if self._catalogue is None:
            return 0
        from wat_desktop.domain.plan.figures import line_figures, solidarity_cents
        from wat_desktop.domain.pooling import pool_status, users_for_units

        lines = []
        for offer_id, units in quantities.items():
            offer = self._catalogue.offer(offer_id)
            if offer is None or units <= 0:
                continue
            pool = None
            if offer.pooling is not None:
                pool = pool_status(offer, self._demand[offer.id], users_for_units(offer, units))
            lines.append(line_figures(offer, units, pool))
        if not lines:
            return 0
        rate = self._rate(year)
        return sum(line.cost_cents for line in lines) + sum(
            solidarity_cents(line, rate) for line in lines
        )

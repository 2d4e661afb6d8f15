"""Firms in and out of the database, as domain objects (never ORM rows).

Every save also stores the plan's yearly cost to the firm in ``plan_cost_cents``
(the portfolio lists thousands of firms by it without working out each plan) and,
in the plan document, the ``cost_basis`` it was worked out from (the catalogue's
digest and, for a plan without a year of its own, the year). A cost whose basis is
no longer current (a new catalogue was imported, the plan year moved on, the row
was written by an older version or in bulk) is worked out again by
``refresh_plan_costs``.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from wat_desktop.domain.edit_conflict import EditConflictError
from wat_desktop.domain.firm import (
    Budget,
    CompanyProfile,
    Firm,
    FirmSummary,
    Workforce,
    measures_from_dict,
    measures_to_dict,
    needs_from_dict,
    needs_to_dict,
    relevance_from_dict,
    relevance_to_dict,
)
from wat_desktop.persistence.models import FirmRow

if TYPE_CHECKING:
    from wat_desktop.domain.plan_cost import PlanCosts

COST_BASIS_KEY = "cost_basis"  # in the plan document: what plan_cost_cents was made from
_ID_CHUNK = 500  # ids per IN (...): well under every driver's parameter limit


class FirmNotFoundError(LookupError):
    pass


# Catalogue digest -> its PlanCosts (the network's demand is summed once per catalogue).
_COSTS: dict[str, PlanCosts] = {}


def _pricing(session: Session) -> tuple[str, PlanCosts]:
    """The current catalogue's digest ("" when there is none) and its cost calculator."""
    from wat_desktop.domain.plan_cost import PlanCosts
    from wat_desktop.persistence.catalogue_repository import CatalogueRepository

    current = CatalogueRepository(session).current_catalogue()
    digest = current.sha256 if current is not None else ""
    if digest not in _COSTS:
        _COSTS.clear()  # only the current catalogue's is worth keeping
        _COSTS[digest] = PlanCosts(current.catalogue if current is not None else None)
    return digest, _COSTS[digest]


def _plan_cost(
    session: Session,
    offers: Any,
    budget_year: Any,
    pricing: tuple[str, PlanCosts] | None = None,
) -> tuple[int, str]:
    """The plan's cost and its basis; a plan without offers costs 0 whatever the
    catalogue (and no catalogue is read for it)."""
    from wat_desktop.domain.plan_cost import (
        NO_OFFERS,
        chosen_quantities,
        cost_basis,
        plan_year_of,
    )

    quantities = chosen_quantities(offers)
    if not quantities:
        return 0, NO_OFFERS
    digest, costs = pricing or _pricing(session)
    return (
        costs.cost_cents(quantities, plan_year_of(budget_year)),
        cost_basis(digest, budget_year),
    )


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def to_domain(row: FirmRow) -> Firm:
    return Firm(
        id=row.id,
        profile=CompanyProfile.from_dict(row.profile),
        needs=needs_from_dict(row.needs),
        relevance=relevance_from_dict(row.relevance),
        workforce=Workforce.from_dict(row.workforce),
        measures=measures_from_dict(row.measures),
        budget=Budget.from_dict(row.budget),
        selected_offers={str(k): int(v) for k, v in (row.plan or {}).get("offers", {}).items()},
        take_up=needs_from_dict((row.plan or {}).get("take_up")),
        survey=dict(row.survey or {}),
        revision=row.revision,
    )


def _copy_into(session: Session, row: FirmRow, firm: Firm, steps_done: int) -> None:
    # The cost first: its query must not flush a half-copied row.
    cost, basis = _plan_cost(session, firm.selected_offers, firm.budget.year)
    profile = firm.profile
    row.name = profile.name
    row.partita_iva = profile.partita_iva
    row.municipality = profile.municipality
    row.territorial_area = profile.territorial_area
    row.ateco = profile.ateco
    row.ccnl = profile.ccnl
    row.headcount = profile.headcount.total
    row.steps_done = steps_done
    row.profile = profile.to_dict()
    row.needs = needs_to_dict(firm.needs)
    row.relevance = relevance_to_dict(firm.relevance)
    row.workforce = firm.workforce.to_dict()
    row.measures = measures_to_dict(firm.measures)
    row.budget = firm.budget.to_dict()
    row.survey = dict(firm.survey)
    plan = {
        **(row.plan or {}),
        "offers": dict(firm.selected_offers),
        "take_up": needs_to_dict(firm.take_up),
    }
    row.plan_cost_cents = cost
    plan[COST_BASIS_KEY] = basis
    row.plan = plan
    row.updated_at = _now()


class FirmRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def summaries(self, include_archived: bool = False) -> list[FirmSummary]:
        query = select(
            FirmRow.id,
            FirmRow.name,
            FirmRow.municipality,
            FirmRow.headcount,
            FirmRow.steps_done,
            FirmRow.archived,
        ).order_by(FirmRow.name, FirmRow.id)
        if not include_archived:
            query = query.where(FirmRow.archived.is_(False))
        return [FirmSummary(*row) for row in self.session.execute(query)]

    def get(self, firm_id: int) -> Firm:
        return to_domain(self._row(firm_id))

    def add(self, firm: Firm, steps_done: int = 0) -> Firm:
        row = FirmRow(created_at=_now(), workforce={}, measures={}, budget={}, survey={}, plan={})
        _copy_into(self.session, row, firm, steps_done)
        self.session.add(row)
        self.session.flush()
        return to_domain(row)

    def save(self, firm: Firm, steps_done: int) -> Firm:
        """Store every section of ``firm``; refuse if the stored revision moved on."""
        if firm.id is None:
            raise FirmNotFoundError("firm has no id")
        row = self._row(firm.id)
        if row.revision != firm.revision:
            raise EditConflictError(f"firm {firm.id}: revision {row.revision} != {firm.revision}")
        _copy_into(self.session, row, firm, steps_done)
        try:
            self.session.flush()
        except StaleDataError as error:
            raise EditConflictError(str(error)) from error
        return to_domain(row)

    def refresh_plan_costs(self, firm_ids: Iterable[int], store: bool = True) -> dict[int, int]:
        """Work out again the plan cost of ``firm_ids`` (those whose basis is stale) with
        the current catalogue; with ``store``, keep it in their rows. Returns id -> cost.

        Not an edit: the revision stays (an open editor can still save), and a row is
        only written if its revision is still the one read here, so a save that
        happened meanwhile, with its own fresh cost, is never overwritten."""
        ids = list(firm_ids)
        costs: dict[int, int] = {}
        updates: list[dict[str, Any]] = []
        pricing = _pricing(self.session) if ids else None
        for start in range(0, len(ids), _ID_CHUNK):
            query = select(FirmRow.id, FirmRow.revision, FirmRow.plan, FirmRow.budget).where(
                FirmRow.id.in_(ids[start : start + _ID_CHUNK])
            )
            for firm_id, revision, plan, budget in self.session.execute(query):
                plan = dict(plan or {})
                year = (budget or {}).get("year")
                costs[firm_id], plan[COST_BASIS_KEY] = _plan_cost(
                    self.session, plan.get("offers"), year, pricing
                )
                updates.append(
                    {"b_id": firm_id, "b_revision": revision, "cost": costs[firm_id], "plan": plan}
                )
        if store and updates:
            table = FirmRow.__table__
            statement = (
                update(table)
                .where(table.c.id == bindparam("b_id"), table.c.revision == bindparam("b_revision"))
                .values(plan_cost_cents=bindparam("cost"), plan=bindparam("plan"))
            )
            # Core, not the ORM: no revision bump, one executemany for every row.
            self.session.connection().execute(statement, updates)
        return costs

    def delete(self, firm_id: int) -> None:
        self.session.delete(self._row(firm_id))

    def _row(self, firm_id: int) -> FirmRow:
        row = self.session.get(FirmRow, firm_id)
        if row is None:
            raise FirmNotFoundError(firm_id)
        return row

"""The plan step's use cases: recommend a plan, compute its live figures, store it."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from wat_desktop.domain.catalogue import Catalogue
from wat_desktop.domain.firm import Firm
from wat_desktop.domain.plan.figures import PlanFigures, plan_figures, rules_year
from wat_desktop.domain.plan.funding import Funding, plan_funding
from wat_desktop.domain.plan.recommendation import Recommendation, plan_year, recommend
from wat_desktop.domain.rules import TaxYearError, firm_ccnl_floor
from wat_desktop.services.catalogue_service import CatalogueService
from wat_desktop.services.firm_service import FirmService


class NoCatalogueError(LookupError):
    """No network catalogue has been imported yet."""


class PlanService:
    def __init__(self, firms: FirmService, catalogues: CatalogueService) -> None:
        self._firms = firms
        self._catalogues = catalogues

    def catalogue(self) -> Catalogue:
        catalogue = self._catalogues.current()
        if catalogue is None:
            raise NoCatalogueError
        return catalogue

    def budget_cents(self, firm: Firm) -> int:
        """The firm's yearly welfare budget (0 when not set)."""
        return firm.budget.yearly_budget_cents

    def rules_year(self, firm: Firm, today: date | None = None) -> int:
        """The tax year whose rules the plan's figures use (the plan page, the CLI and
        the dossier all take it from here)."""
        return rules_year(plan_year(firm, today))

    def ccnl_floor_cents(self, firm: Firm) -> tuple[int, bool]:
        """Compulsory welfare the CCNL already puts on the firm in the plan year, and
        whether it includes a health fund (health needs then count half)."""
        try:
            floor = firm_ccnl_floor(firm, self.rules_year(firm))
        except (KeyError, ValueError, TaxYearError):
            return 0, False
        return sum(o.firm_cost_cents for o in floor), any(o.kind == "health_fund" for o in floor)

    def funding(self, firm: Firm) -> Funding | None:
        """Budget, CCNL welfare and the bonus expected as welfare (None without rules)."""
        try:
            return plan_funding(firm, self.rules_year(firm))
        except (KeyError, ValueError, TaxYearError):
            return None

    def recommend(self, firm: Firm, budget_cents: int | None = None) -> Recommendation:
        """The exact best plan for ``budget_cents`` (default: the firm's budget)."""
        budget = self.budget_cents(firm) if budget_cents is None else budget_cents
        _floor, health_fund = self.ccnl_floor_cents(firm)
        return recommend(firm, self.catalogue(), budget, health_fund_paid=health_fund)

    def figures(
        self,
        firm: Firm,
        quantities: Mapping[str, int],
        budget_cents: int | None = None,
        catalogue: Catalogue | None = None,
    ) -> PlanFigures:
        """Live figures of ``quantities`` (offer id -> units) for ``firm``, with
        ``catalogue`` if the caller has just read it (else the current one)."""
        budget = self.budget_cents(firm) if budget_cents is None else budget_cents
        catalogue = catalogue or self.catalogue()
        return plan_figures(firm, catalogue, quantities, plan_year(firm), budget)

    def apply(self, firm: Firm, recommendation: Recommendation) -> Firm:
        """Make the recommendation the firm's chosen plan and save it."""
        apply_recommendation(firm, recommendation)
        return self._firms.save(firm)


def apply_recommendation(firm: Firm, recommendation: Recommendation) -> None:
    """The recommendation becomes the plan, made for the current counts (even when it
    comes out as the plan the firm had before the survey)."""
    from wat_desktop.domain.survey.after_import import mark_plan_current

    firm.selected_offers = dict(recommendation.quantities)
    mark_plan_current(firm)

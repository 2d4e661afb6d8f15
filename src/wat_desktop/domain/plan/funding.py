"""How a plan is paid for: the budget, the welfare the CCNL already makes due, and
the productivity bonus the employees are expected to take as welfare.

Computed once here for the plan page and the dossier, so both say the same:

- the CCNL's flexible benefits are due anyway and employees may spend them on
  services such as the plan's (not in cash), so they can fund part of it; the
  health fund is paid to the fund and funds nothing else;
- the bonus share expected as welfare (``Budget.bonus_conversion_percent``)
  reaches employees whole, and the firm saves the employer contributions it
  would pay on the same bonus in cash (``rules.productivity_bonus``, at the
  reference salary of 28,000 €).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from wat_desktop.domain.firm import Firm
from wat_desktop.domain.rules import productivity_bonus, to_cents
from wat_desktop.domain.rules.ccnl_floor import CcnlObligation, firm_ccnl_floor
from wat_desktop.domain.rules.plan_totals import DEFAULT_RAL


@dataclass(frozen=True)
class Funding:
    year: int
    budget_cents: int
    ccnl: tuple[CcnlObligation, ...]
    bonus_cents: int  # the yearly productivity bonus
    bonus_percent: int  # share expected as welfare (0 when it cannot be converted)
    bonus_welfare_cents: int  # that share, in euros: it reaches employees whole
    contributions_saved_cents: int  # employer contributions not due on that share

    @property
    def ccnl_cents(self) -> int:
        """What the CCNL items cost the firm, 10% solidarity included."""
        return sum(o.firm_cost_cents for o in self.ccnl)

    @property
    def flexible_cents(self) -> int:
        """The CCNL's flexible benefits: due anyway, spendable on welfare services."""
        return sum(o.firm_cost_cents for o in self.ccnl if o.kind == "flexible_benefits")


def plan_funding(firm: Firm, year: int) -> Funding:
    """The money around the plan in ``year`` (raises ``TaxYearError`` without a file)."""
    budget = firm.budget
    floor = tuple(firm_ccnl_floor(firm, year))
    convertible = (
        firm.profile.productivity_bonus_agreement
        and budget.bonus_convertible
        and budget.productivity_bonus_cents > 0
    )
    percent = max(0, min(100, budget.bonus_conversion_percent)) if convertible else 0
    welfare = budget.productivity_bonus_cents * percent // 100
    headcount = firm.profile.headcount.total
    saved = 0
    if welfare and headcount:
        per_head = Decimal(welfare) / 100 / headcount
        bonus = productivity_bonus(year, DEFAULT_RAL, per_head)
        saved = to_cents(bonus.cash.firm_cost - bonus.welfare.firm_cost) * headcount
    return Funding(
        year,
        budget.yearly_budget_cents,
        floor,
        budget.productivity_bonus_cents,
        percent,
        welfare,
        saved,
    )

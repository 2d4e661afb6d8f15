"""Compulsory welfare already due under the firm's collective agreement (CCNL).

A plan adds to this floor; it never replaces it. Each item is due for the staff
categories its year file names (``categories``): the metalworkers' flexible
benefits and Metasalute cover operai, impiegati and quadri, not the dirigenti,
who have a contract and a fund of their own. ``firm_ccnl_floor`` is the one
function the budget step, the plan page, the CLI and the dossier call.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from wat_desktop.domain.ccnl import CcnlId
from wat_desktop.domain.firm import Firm, Headcount
from wat_desktop.domain.i18n_markers import QT_TRANSLATE_NOOP
from wat_desktop.domain.rules.parameters import EMPLOYEE_CATEGORIES, Citation, LocalText
from wat_desktop.domain.rules.rounding import ZERO, to_cent, to_cents
from wat_desktop.domain.rules.year_files import load_tax_year

OBLIGATION_LABELS = {
    "flexible_benefits": QT_TRANSLATE_NOOP("CcnlObligation", "Flexible benefits"),
    "health_fund": QT_TRANSLATE_NOOP("CcnlObligation", "Health fund"),
    "bilateral_body": QT_TRANSLATE_NOOP("CcnlObligation", "Bilateral body"),
}


@dataclass(frozen=True)
class CcnlObligation:
    """One compulsory item for the whole firm; amounts in euros and in cents."""

    kind: str  # key of OBLIGATION_LABELS (translate with context "CcnlObligation")
    name: LocalText  # e.g. "Metasalute" (a proper name: the same in both languages)
    per_employee: Decimal
    headcount: int  # the employees it is due for (its categories only)
    amount: Decimal  # per_employee x headcount
    solidarity: Decimal  # the employer's 10% solidarity contribution, where due
    citation: Citation
    solidarity_rate: Decimal = ZERO  # 0.10 where the contribution is due
    categories: tuple[str, ...] = EMPLOYEE_CATEGORIES
    left_out: int = 0  # employees of the firm in other categories (e.g. dirigenti)

    @property
    def firm_cost(self) -> Decimal:
        return self.amount + self.solidarity

    @property
    def per_employee_cost(self) -> Decimal:
        """What one covered employee costs the firm: 156 € + 10% = 171.60 €."""
        return to_cent(self.per_employee * (1 + self.solidarity_rate))

    @property
    def amount_cents(self) -> int:
        return to_cents(self.amount)

    @property
    def firm_cost_cents(self) -> int:
        return to_cents(self.firm_cost)

    @property
    def label(self) -> str:
        return OBLIGATION_LABELS[self.kind]

    def name_in(self, language: str) -> str:
        return self.name.in_language(language)


def _covered(headcount: Headcount | int, categories: tuple[str, ...]) -> tuple[int, int]:
    """(employees in ``categories``, employees left out); an int counts everyone in."""
    if isinstance(headcount, int):
        return headcount, 0
    covered = sum(getattr(headcount, c) for c in categories)
    return covered, headcount.total - covered


def ccnl_floor(
    year: int, ccnl_id: CcnlId | str, headcount: Headcount | int
) -> list[CcnlObligation]:
    """The yearly compulsory welfare of ``ccnl_id`` for a firm's ``headcount`` (each
    item for its categories only); a plain number is a count of covered employees."""
    ty = load_tax_year(year)
    rules = ty.ccnl[CcnlId(ccnl_id).value]
    result = []
    for rule in rules:
        covered, left_out = _covered(headcount, rule.categories)
        amount = to_cent(rule.per_employee_year * covered)
        rate = ty.solidarity_rate.value if rule.solidarity else ZERO
        solidarity = to_cent(amount * rate) if rule.solidarity else ZERO
        result.append(
            CcnlObligation(
                rule.kind,
                rule.name,
                rule.per_employee_year,
                covered,
                amount,
                solidarity,
                rule.citation,
                rate,
                rule.categories,
                left_out,
            )
        )
    return result


def firm_ccnl_floor(firm: Firm, year: int) -> list[CcnlObligation]:
    """The firm's compulsory CCNL welfare in ``year``: empty for no CCNL, "other" or
    an id the year files do not know; ``TaxYearError`` when the year has no file."""
    ccnl = firm.profile.ccnl
    if ccnl not in {c.value for c in CcnlId} or ccnl == CcnlId.OTHER:
        return []
    return ccnl_floor(year, ccnl, firm.profile.headcount)

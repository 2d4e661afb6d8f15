"""The fringe-benefit check per employee (art. 51 c.3 TUIR, 2025-2027 derogation).

The cliff: up to the ceiling the whole amount is exempt; one cent above it the
*whole* amount, not the excess, becomes taxable income.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from wat_desktop.domain.i18n_markers import QT_TRANSLATE_NOOP
from wat_desktop.domain.rules.parameters import Citation
from wat_desktop.domain.rules.rounding import ZERO, to_cent
from wat_desktop.domain.rules.year_files import load_tax_year


class FringeStatus(StrEnum):
    BELOW = "below"
    AT = "at"
    ABOVE = "above"


FRINGE_MESSAGES = {
    FringeStatus.BELOW: QT_TRANSLATE_NOOP(
        "Rules", "Below the ceiling: the whole amount is exempt."
    ),
    FringeStatus.AT: QT_TRANSLATE_NOOP(
        "Rules",
        "Exactly at the ceiling: the whole amount is exempt; one cent more makes it all taxable.",
    ),
    FringeStatus.ABOVE: QT_TRANSLATE_NOOP(
        "Rules",
        "Above the ceiling: the whole amount, not only the excess, becomes taxable income.",
    ),
}


@dataclass(frozen=True)
class FringeResult:
    year: int
    amount: Decimal
    ceiling: Decimal
    has_dependent_children: bool
    status: FringeStatus
    exempt: Decimal
    taxable: Decimal  # the whole amount above the ceiling (cliff)
    covered_items: tuple[str, ...]  # what counts toward the ceiling this year
    citations: tuple[Citation, ...]

    @property
    def message(self) -> str:
        """Untranslated source text, context ``Rules``."""
        return FRINGE_MESSAGES[self.status]

    @property
    def headroom(self) -> Decimal:
        """How much more fits under the ceiling (0 when at or above)."""
        return max(ZERO, self.ceiling - self.amount)


def fringe_check(year: int, amount: Decimal, has_dependent_children: bool) -> FringeResult:
    """Classify one employee's yearly fringe benefits against the year's ceiling.

    The ceiling with dependent children needs the employee's self-declaration.
    """
    ty = load_tax_year(year)
    fringe = ty.fringe
    chosen = fringe.ceiling_with_children if has_dependent_children else fringe.ceiling_general
    amount = to_cent(Decimal(amount))
    ceiling = chosen.value
    if amount < ceiling:
        status = FringeStatus.BELOW
    elif amount == ceiling:
        status = FringeStatus.AT
    else:
        status = FringeStatus.ABOVE
    above = status is FringeStatus.ABOVE
    taxable = amount if above and fringe.cliff else (amount - ceiling if above else ZERO)
    return FringeResult(
        year=year,
        amount=amount,
        ceiling=ceiling,
        has_dependent_children=has_dependent_children,
        status=status,
        exempt=amount - taxable,
        taxable=taxable,
        covered_items=fringe.derogation_items,
        citations=(chosen.citation, fringe.cliff_citation, fringe.derogation_citation),
    )

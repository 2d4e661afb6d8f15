"""How much of a welfare plan the firm may deduct from its income (art. 95 / 100 TUIR)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from wat_desktop.domain.i18n_markers import QT_TRANSLATE_NOOP
from wat_desktop.domain.rules.parameters import Citation
from wat_desktop.domain.rules.rounding import ZERO, to_cent
from wat_desktop.domain.rules.year_files import latest_year, load_tax_year

VOLUNTARY_WARNING = QT_TRANSLATE_NOOP(
    "Rules",
    "A voluntary plan is deductible only up to 5 per mille of the labour cost. Adopt it "
    "through a company agreement or a binding regulation the employer cannot revoke to "
    "deduct it in full (art. 95 TUIR; Agenzia delle Entrate circ. 28/E/2016 and 5/E/2018).",
)
BINDING_NOTE = QT_TRANSLATE_NOOP(
    "Rules",
    "Provided under a contract, an agreement or a binding company regulation: fully "
    "deductible (art. 95 TUIR). A regulation the employer can revoke does not qualify.",
)


@dataclass(frozen=True)
class Deductibility:
    binding: bool
    amount: Decimal
    limit: Decimal | None  # None: no limit (binding)
    deductible: Decimal
    non_deductible: Decimal
    citation: Citation

    @property
    def message(self) -> str:
        """Untranslated warning or note, context ``Rules``."""
        return BINDING_NOTE if self.binding else VOLUNTARY_WARNING


def deductibility(
    regulation_binding: bool,
    labour_cost: Decimal,
    amount: Decimal,
    year: int | None = None,
) -> Deductibility:
    """Deductible share of ``amount`` for a firm with ``labour_cost`` a year.

    Binding regulation or agreement: full. Voluntary: up to the year's 5 per
    mille of labour cost. ``year`` defaults to the latest year file.
    """
    ty = load_tax_year(latest_year() if year is None else year)
    amount = to_cent(Decimal(amount))
    rate = ty.voluntary_deduction_rate
    if regulation_binding:
        return Deductibility(True, amount, None, amount, ZERO, rate.citation)
    limit = to_cent(Decimal(labour_cost) * rate.value)
    deductible = min(amount, limit)
    return Deductibility(False, amount, limit, deductible, amount - deductible, rate.citation)

"""The one rounding rule of the rules engine, stated once.

A payroll rounds each withholding (contribution, tax, surcharge) to the cent,
half up, and the net is what is left. That is why 1,000 € of productivity bonus
at 5% nets 862.69 € (tax 45.405 → 45.41), not the 862.70 € of a table that
rounds only the final net.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from wat_desktop.domain.i18n_markers import QT_TRANSLATE_NOOP

CENT = Decimal("0.01")
ZERO = Decimal("0.00")

ROUNDING_RULE = QT_TRANSLATE_NOOP(
    "Rules", "Each withholding is rounded to the cent, half up, as a payroll does."
)
DISCLAIMER = QT_TRANSLATE_NOOP("Rules", "Estimate, not tax advice.")


def to_cent(value: Decimal) -> Decimal:
    """Round to the cent, half up (the payroll rule)."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def to_cents(value: Decimal) -> int:
    """Integer cents of an amount rounded to the cent, half up."""
    return int(to_cent(value) * 100)

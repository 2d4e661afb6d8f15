"""One money, number and date format for the UI, the PDFs and the command line.

Babel, not QLocale: QLocale gives ``1234,56 €`` without grouping and cannot
parse ``1.234,56`` (PLATFORM-NOTES). Amounts are integer cents or Decimal.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation
from functools import lru_cache

BABEL_LOCALES = {"it": "it_IT", "en": "en_GB"}


def _locale(language: str) -> str:
    return BABEL_LOCALES.get(language, "it_IT")


def cents_to_decimal(cents: int) -> Decimal:
    return (Decimal(cents) / 100).quantize(Decimal("0.01"))


def format_money(amount: int | Decimal, language: str = "it", *, cents: bool = True) -> str:
    """``1.234,56 €`` in Italian, ``€1,234.56`` in English. Ints are cents."""
    # A pure function of its arguments, called dozens of times per plan edit and per
    # repaint at ~0.5 ms each in Babel: the same amounts come back, so keep them.
    return _format_money(type(amount), amount, language, cents)


@lru_cache(maxsize=4096)
def _format_money(kind: type, amount: int | Decimal, language: str, cents: bool) -> str:
    # ``kind`` is part of the key: 1 == Decimal(1) == True hash alike but format apart.
    from babel.numbers import format_currency

    value = cents_to_decimal(amount) if isinstance(amount, int) and cents else Decimal(amount)
    return format_currency(value, "EUR", locale=_locale(language))


def format_number(value: int | Decimal, language: str = "it") -> str:
    from babel.numbers import format_decimal

    return format_decimal(value, locale=_locale(language))


def format_date(value: date, language: str = "it") -> str:
    """``24/11/2026`` in both languages: the dossier is for Italian offices."""
    del language
    return value.strftime("%d/%m/%Y")


class MoneyParseError(ValueError):
    pass


def parse_money(text: str, language: str = "it") -> int:
    """Parse ``1.234,56``, ``1234,56`` or ``1.234,56 €`` into cents, exactly."""
    from babel.numbers import NumberFormatError, parse_decimal

    cleaned = text.replace("€", "").replace("\u00a0", " ").strip().replace(" ", "")
    if not cleaned:
        raise MoneyParseError(text)
    try:
        value = parse_decimal(cleaned, locale=_locale(language), strict=True)
    except (NumberFormatError, InvalidOperation):
        raise MoneyParseError(text) from None
    cents = value * 100
    if cents != cents.to_integral_value() or value < 0:
        raise MoneyParseError(text)
    return int(cents)

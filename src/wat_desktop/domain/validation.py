"""Field validation with messages the UI translates (context ``Validation``)."""

from __future__ import annotations

from dataclasses import dataclass

from wat_desktop.domain.i18n_markers import QT_TRANSLATE_NOOP

CONTEXT = "Validation"

MSG_REQUIRED = QT_TRANSLATE_NOOP("Validation", "This field is required.")
MSG_VAT_LENGTH = QT_TRANSLATE_NOOP("Validation", "A Partita IVA has exactly 11 digits.")
MSG_VAT_DIGITS = QT_TRANSLATE_NOOP("Validation", "A Partita IVA contains digits only.")
MSG_VAT_CHECKSUM = QT_TRANSLATE_NOOP(
    "Validation", "The Partita IVA check digit is wrong: please check the number."
)
MSG_VAT_INVALID = QT_TRANSLATE_NOOP("Validation", "This is not a valid Partita IVA.")
MSG_NEGATIVE = QT_TRANSLATE_NOOP("Validation", "A count cannot be negative.")
MSG_OVER_HEADCOUNT = QT_TRANSLATE_NOOP(
    "Validation", "This count is higher than the number of employees (%1)."
)


@dataclass(frozen=True)
class FieldIssue:
    """A problem with one field: ``message`` is an untranslated source string
    whose ``%1``, ``%2``... placeholders are filled from ``args``."""

    field: str
    message: str
    args: tuple[str, ...] = ()


def normalise_partita_iva(value: str) -> str:
    """Strip spaces, dots and an ``IT`` prefix, as people paste them."""
    compact = "".join(ch for ch in value if not ch.isspace() and ch not in ".-/")
    if compact.upper().startswith("IT"):
        compact = compact[2:]
    return compact


def check_partita_iva(value: str, field_name: str = "partita_iva") -> FieldIssue | None:
    """Validate an Italian VAT number with python-stdnum (checksum included)."""
    from stdnum import exceptions
    from stdnum.it import iva

    compact = normalise_partita_iva(value)
    if not compact:
        return FieldIssue(field_name, MSG_REQUIRED)
    if not compact.isdigit():
        return FieldIssue(field_name, MSG_VAT_DIGITS)
    if len(compact) != 11:
        return FieldIssue(field_name, MSG_VAT_LENGTH)
    try:
        iva.validate(compact)
    except exceptions.InvalidChecksum:
        return FieldIssue(field_name, MSG_VAT_CHECKSUM)
    except exceptions.ValidationError:
        return FieldIssue(field_name, MSG_VAT_INVALID)
    return None


def check_required(value: str, field_name: str) -> FieldIssue | None:
    return FieldIssue(field_name, MSG_REQUIRED) if not value.strip() else None

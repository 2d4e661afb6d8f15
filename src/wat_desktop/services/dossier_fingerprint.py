"""The fingerprint of the data a dossier is made from, so it can be verified later.

The canonical JSON is built per section: the catalogue's part, the same for every
firm of a batch, is encoded once per catalogue and reused. A JSON object with
sorted keys is its members in key order, each encoded as on its own, so the text
(and the digest) is exactly what encoding the whole document at once gives.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from datetime import date
from enum import Enum
from typing import Any

from wat_desktop.domain.catalogue import Catalogue
from wat_desktop.domain.firm import Firm

FINGERPRINT_VERSION = 1

_SCALARS = frozenset({str, int, float, bool, type(None)})
# Field names of each dataclass met so far (None: the type is not a dataclass).
_FIELDS: dict[type, tuple[str, ...] | None] = {}
# The last catalogue encoded and its canonical JSON (catalogues are frozen).
_LAST_CATALOGUE: tuple[Catalogue, str] | None = None


def _field_names(kind: type) -> tuple[str, ...] | None:
    if kind not in _FIELDS:
        is_dataclass = dataclasses.is_dataclass(kind)
        _FIELDS[kind] = tuple(f.name for f in dataclasses.fields(kind)) if is_dataclass else None
    return _FIELDS[kind]


def _plain(value: Any) -> Any:
    """JSON-ready data: dataclasses as objects of their fields, enums as their values,
    dates in ISO form, anything else (Decimal...) as its exact text."""
    kind = type(value)
    if kind in _SCALARS:  # most values: nothing to convert
        return value
    names = _field_names(kind)
    if names is not None:
        return {name: _plain(getattr(value, name)) for name in names}
    if isinstance(value, dict):
        return {str(_plain(k)): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool | int | str | float):  # subclasses of the scalars
        return value
    return str(value)  # Decimal and friends: their exact text


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def _catalogue_json(catalogue: Catalogue) -> str:
    global _LAST_CATALOGUE
    if _LAST_CATALOGUE is None or _LAST_CATALOGUE[0] is not catalogue:
        _LAST_CATALOGUE = (catalogue, _canonical(_plain(catalogue)))
    return _LAST_CATALOGUE[1]


def fingerprint(
    firm: Firm, catalogue: Catalogue, language: str, issued_on: date, rule_year: int | None
) -> str:
    """SHA-256 (hex) of the firm's answers, the catalogue and the options, in
    canonical JSON. The id and the storage revision are left out: they say
    where the data is kept, not what it is."""
    firm_data = _plain(firm)
    firm_data.pop("id", None)
    firm_data.pop("revision", None)
    members = {
        "fingerprint_version": _canonical(FINGERPRINT_VERSION),
        "firm": _canonical(firm_data),
        "catalogue": _catalogue_json(catalogue),
        "language": _canonical(language),
        "issued_on": _canonical(issued_on.isoformat()),
        "rule_year": _canonical(rule_year),
    }
    canonical = "{" + ",".join(f"{_canonical(k)}:{members[k]}" for k in sorted(members)) + "}"
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()

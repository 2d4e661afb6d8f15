"""Reading a catalogue file (the network's exchange file) into domain objects.

Bytes go through three gates before anything else sees them: a size cap
(checked before parsing), a strict JSON reader (no NaN or Infinity, no
duplicate keys, no absurd nesting or number length) and the typed schema of
``catalogue_schema``. Every problem becomes a ``FormatIssue`` naming where it
is (``offers[3] (nido-girotondo).price``) and what is wrong, as a translatable
template (context ``CatalogueFormat``).
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from itertools import accumulate
from typing import Any

from pydantic import ValidationError

from wat_desktop.domain.catalogue import (
    Catalogue,
    Commitment,
    MemberFirm,
    Network,
    Offer,
    PoolingRule,
    PriceTier,
    Provider,
)
from wat_desktop.domain.catalogue_schema import (
    FORMAT_NAME,
    SCHEMA_VERSION,
    CatalogueDocument,
    OfferDoc,
)
from wat_desktop.domain.i18n_markers import QT_TRANSLATE_NOOP, Translate, fill
from wat_desktop.domain.schema_errors import (
    CONTEXT,
    MAX_OBJECT_FIELDS,
    MSG_TOO_MANY_FIELDS,
    FormatIssue,
    count_issues,
    issues_from_validation,
)

__all__ = [
    "FORMAT_NAME",
    "MAX_CATALOGUE_BYTES",
    "SCHEMA_VERSION",
    "CatalogueFormatError",
    "FormatIssue",
    "euros_to_cents",
    "parse_catalogue_bytes",
]

MAX_CATALOGUE_BYTES = 4 * 1024 * 1024  # the demo is ~30 kB; hundreds of offers fit easily
MAX_DEPTH = 16  # the schema nests 6 levels; deeper is hostile
MAX_NUMBER_DIGITS = 12
MAX_ISSUES_SHOWN = 8
MORE_PROBLEMS = QT_TRANSLATE_NOOP("CatalogueFormat", "… and %1 more problems")


class CatalogueFormatError(ValueError):
    """The file is not a valid catalogue; nothing may be stored."""

    def __init__(self, issues: list[FormatIssue]) -> None:
        self.issues = issues
        super().__init__(self.text())

    def text(self, tr: Translate | None = None) -> str:
        lines = [issue.text(tr) for issue in self.issues[:MAX_ISSUES_SHOWN]]
        if count_issues(self.issues) > MAX_ISSUES_SHOWN:  # a long list ends in "… and N more"
            more = (tr or Translate())(CONTEXT, MORE_PROBLEMS)
            lines.append(fill(more, count_issues(self.issues) - MAX_ISSUES_SHOWN))
        return "\n".join(lines)

    # Compatibility with the first reader: the first issue's place and problem.
    @property
    def where(self) -> str:
        return self.issues[0].where

    @property
    def problem(self) -> str:
        return self.issues[0].text()


def _fail(problem: str, *args: object, where: str = "") -> CatalogueFormatError:
    return CatalogueFormatError([FormatIssue(where, problem, tuple(str(a) for a in args))])


def euros_to_cents(text: str) -> int:
    """Exact conversion of a schema-validated decimal string such as ``"175.00"``."""
    return int(Decimal(text) * 100)


# --- strict JSON ---------------------------------------------------------------------


# Outside strings only brackets matter; ``_STRING`` skips a string with its escapes
# (an unterminated one runs to the end of the text, as a reader would take it).
_STRING = re.compile(r'"[^"\\]*(?:\\[\s\S][^"\\]*)*"?')
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}


def _max_depth(text: str) -> int:
    """Deepest nesting of arrays/objects, outside strings, without recursion.

    Runs at C speed (a 500-offer file in a few ms, where a loop over its characters
    took 40): strings are cut out first (by splitting at the quotes when no escape
    can hide one, else with ``_STRING``), then only brackets are kept and counted."""
    # Without a backslash the odd parts between quotes are exactly the strings' insides.
    outside = _STRING.sub("", text) if "\\" in text else "".join(text.split('"')[0::2])
    brackets = _NOT_BRACKET.sub("", outside)
    return max(accumulate(map(_STEP.__getitem__, brackets), initial=0))


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    if len(pairs) > MAX_OBJECT_FIELDS:  # thousands of unknown keys: seconds of schema errors
        raise _fail(MSG_TOO_MANY_FIELDS, len(pairs), MAX_OBJECT_FIELDS)
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            owner = result.get("id")
            if isinstance(owner, str):
                raise _fail(
                    QT_TRANSLATE_NOOP(
                        "CatalogueFormat", 'duplicate key "%1" in the object with id "%2"'
                    ),
                    key,
                    owner,
                )
            raise _fail(QT_TRANSLATE_NOOP("CatalogueFormat", 'duplicate key "%1"'), key)
        result[key] = value
    return result


def _reject_constant(name: str) -> Any:
    raise _fail(
        QT_TRANSLATE_NOOP("CatalogueFormat", "%1 is not allowed: numbers must be finite"), name
    )


def _check_number(text: str) -> Any:
    mantissa, _, exponent = text.lower().partition("e")
    too_long = len(mantissa.lstrip("-").replace(".", "")) > MAX_NUMBER_DIGITS
    if too_long or (exponent and abs(int(exponent)) > MAX_NUMBER_DIGITS):
        raise _fail(
            QT_TRANSLATE_NOOP("CatalogueFormat", "number %1 is too large"),
            text[:20] + ("…" if len(text) > 20 else ""),
        )
    return text  # only checked here; the schema reads the numbers itself


def check_json(raw: bytes) -> str:
    """Size, encoding, nesting and JSON syntax; returns the decoded text."""
    if len(raw) > MAX_CATALOGUE_BYTES:
        raise file_too_large(len(raw))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise _fail(
            QT_TRANSLATE_NOOP("CatalogueFormat", "not UTF-8 text (byte %1)"), error.start
        ) from None
    if _max_depth(text) > MAX_DEPTH:
        raise _fail(
            QT_TRANSLATE_NOOP("CatalogueFormat", "nested more than %1 levels deep"), MAX_DEPTH
        )
    try:
        data = json.loads(
            text,
            object_pairs_hook=_no_duplicates,
            parse_constant=_reject_constant,
            parse_int=_check_number,
            parse_float=_check_number,
        )
    except json.JSONDecodeError as error:
        raise _fail(
            QT_TRANSLATE_NOOP("CatalogueFormat", "malformed JSON at line %1, column %2: %3"),
            error.lineno,
            error.colno,
            error.msg,
        ) from None
    if not isinstance(data, dict):
        raise _fail(QT_TRANSLATE_NOOP("CatalogueFormat", "the file must hold one JSON object"))
    return text


def file_too_large(size: int) -> CatalogueFormatError:
    return _fail(
        QT_TRANSLATE_NOOP("CatalogueFormat", "file too large (%1 bytes; at most %2)"),
        size,
        MAX_CATALOGUE_BYTES,
    )


# --- schema and conversion -----------------------------------------------------------


def parse_document(raw: bytes) -> CatalogueDocument:
    """The validated document, or ``CatalogueFormatError`` listing every problem."""
    text = check_json(raw)
    try:
        return CatalogueDocument.model_validate_json(text, strict=True)
    except ValidationError as error:
        data = json.loads(text)
        raise CatalogueFormatError(issues_from_validation(error, data)) from None


def parse_catalogue_bytes(raw: bytes) -> Catalogue:
    """Validate a whole catalogue file and build the domain catalogue."""
    return to_catalogue(parse_document(raw))


def _offer(doc: OfferDoc) -> Offer:
    pooling = None
    if doc.pooling is not None:
        pooling = PoolingRule(
            min_users=doc.pooling.min_users,
            min_firms=doc.pooling.min_firms,
            tiers=tuple(PriceTier(t.min_users, euros_to_cents(t.price)) for t in doc.pooling.tiers),
            membership_fee_cents=euros_to_cents(doc.pooling.membership_fee),
        )
    return Offer(
        id=doc.id,
        title=doc.title,
        provider_id=doc.provider,
        need_areas=tuple(doc.need_areas),
        benefit_type=doc.benefit_type,
        beneficiaries=tuple(doc.beneficiaries),
        unit=doc.unit,
        price_cents=euros_to_cents(doc.price),
        description=doc.description,
        pooling=pooling,
        need_keys=tuple(doc.need_keys),
        units_per_user=doc.units_per_user,
        capacity_users=doc.capacity_users,
        valid_from=doc.valid_from,
        valid_to=doc.valid_to,
        take_up_percent=doc.take_up_percent,
    )


def to_catalogue(doc: CatalogueDocument) -> Catalogue:
    net = doc.network
    network = Network(
        id=net.id,
        name=net.name,
        legal_form=net.legal_form,
        coordinator=net.coordinator,
        municipalities=tuple(net.municipalities),
        member_firms=tuple(
            MemberFirm(
                id=f.id,
                name=f.name,
                municipality=f.municipality,
                employees=f.employees,
                commitments=tuple(Commitment(c.offer, c.users) for c in f.commitments),
            )
            for f in net.member_firms
        ),
    )
    providers = {
        p.id: Provider(p.id, p.name, p.kind, p.municipality, p.accredited, p.accreditation)
        for p in doc.providers
    }
    return Catalogue(
        network=network,
        version=doc.version,
        providers=providers,
        offers=tuple(_offer(o) for o in doc.offers),
        published=doc.published,
    )

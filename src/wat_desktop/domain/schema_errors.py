"""Shared guards for imported files: strict JSON, and located, translatable messages.

A pydantic error has a location tuple (``("offers", 3, "price")``) and a type;
we print the location as ``offers[3] (nido-girotondo).price`` (the id helps a
coordinator find the entry in a long file) and map the type to an English
template marked for translation in context ``CatalogueFormat``.

``load_strict_json`` is the gate every JSON importer passes before its schema:
Python's ``json`` accepts ``NaN`` and duplicate keys silently, turns ``1e400``
into infinity and raises an untranslated ``ValueError`` past 4,300 digits
(PLATFORM-NOTES), so each of those becomes a located ``FormatIssue`` here.
Nesting is measured on the parsed objects with an explicit stack (no
recursion, no per-character loop in Python). ``issues_from_validation``
converts at most ``MAX_ISSUES`` pydantic errors: a hostile file with 150,000
unknown keys took 8 s and 217 MB when every error was converted.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from wat_desktop.domain.i18n_markers import QT_TRANSLATE_NOOP, Translate, fill

CONTEXT = "CatalogueFormat"


@dataclass(frozen=True)
class FormatIssue:
    """One problem: ``where`` is a path in the file ("" for the whole file),
    ``problem`` an English template with ``%1``… filled from ``args``."""

    where: str
    problem: str
    args: tuple[str, ...] = ()

    def text(self, tr: Translate | None = None) -> str:
        tr = tr or Translate()
        problem = fill(tr(CONTEXT, self.problem), *self.args)
        return f"{self.where}: {problem}" if self.where else problem


# Templates by pydantic error type; %1 is filled by _ARGS below when present.
_TEMPLATES: dict[str, str] = {
    "missing": QT_TRANSLATE_NOOP("CatalogueFormat", "required field is missing"),
    "extra_forbidden": QT_TRANSLATE_NOOP("CatalogueFormat", "unknown field"),
    "enum": QT_TRANSLATE_NOOP("CatalogueFormat", 'unknown value "%1"; allowed: %2'),
    "literal_error": QT_TRANSLATE_NOOP("CatalogueFormat", 'must be %2, not "%1"'),
    "string_type": QT_TRANSLATE_NOOP("CatalogueFormat", "must be text"),
    "int_type": QT_TRANSLATE_NOOP("CatalogueFormat", "must be a whole number"),
    "int_from_float": QT_TRANSLATE_NOOP("CatalogueFormat", "must be a whole number"),
    "bool_type": QT_TRANSLATE_NOOP("CatalogueFormat", "must be true or false"),
    "list_type": QT_TRANSLATE_NOOP("CatalogueFormat", "must be a list"),
    "model_type": QT_TRANSLATE_NOOP("CatalogueFormat", "must be an object"),
    "model_attributes_type": QT_TRANSLATE_NOOP("CatalogueFormat", "must be an object"),
    "date_type": QT_TRANSLATE_NOOP("CatalogueFormat", "must be a date like 2026-12-31"),
    "date_parsing": QT_TRANSLATE_NOOP("CatalogueFormat", "must be a date like 2026-12-31"),
    "date_from_datetime_parsing": QT_TRANSLATE_NOOP(
        "CatalogueFormat", "must be a date like 2026-12-31"
    ),
    "string_pattern_mismatch": QT_TRANSLATE_NOOP(
        "CatalogueFormat", 'invalid id "%1": use lower-case letters, digits, - and _'
    ),
    "string_too_short": QT_TRANSLATE_NOOP("CatalogueFormat", "must not be empty"),
    "string_too_long": QT_TRANSLATE_NOOP("CatalogueFormat", "too long (at most %2 characters)"),
    "too_short": QT_TRANSLATE_NOOP("CatalogueFormat", "has too few entries (at least %2)"),
    "too_long": QT_TRANSLATE_NOOP("CatalogueFormat", "too many entries (at most %2)"),
    "greater_than_equal": QT_TRANSLATE_NOOP("CatalogueFormat", "%1 is too small (at least %2)"),
    "less_than_equal": QT_TRANSLATE_NOOP("CatalogueFormat", "%1 is too large (at most %2)"),
    "money_negative": QT_TRANSLATE_NOOP("CatalogueFormat", 'amount "%1" must not be negative'),
    "money_format": QT_TRANSLATE_NOOP(
        "CatalogueFormat", 'amount "%1" must be euros with at most two decimals, like "175.00"'
    ),
    "money_too_large": QT_TRANSLATE_NOOP("CatalogueFormat", 'amount "%1" is implausibly large'),
    "benefit_type": QT_TRANSLATE_NOOP("CatalogueFormat", 'unknown benefit type "%1"'),
    "tiers_order": QT_TRANSLATE_NOOP(
        "CatalogueFormat", "price tiers must have strictly ascending min_users"
    ),
    "dates": QT_TRANSLATE_NOOP("CatalogueFormat", "valid_to is before valid_from"),
    "need_key_area": QT_TRANSLATE_NOOP(
        "CatalogueFormat", 'need key "%2" is not in the offer\'s need areas'
    ),
    "duplicate_id": QT_TRANSLATE_NOOP("CatalogueFormat", 'duplicate id "%2"'),
    "unknown_provider": QT_TRANSLATE_NOOP("CatalogueFormat", 'unknown provider "%2"'),
    "unknown_commitment": QT_TRANSLATE_NOOP(
        "CatalogueFormat", 'commitment to "%2", which is not a pooled offer of this catalogue'
    ),
}
_SCHEMA_VERSION = QT_TRANSLATE_NOOP(
    "CatalogueFormat",
    "this file has schema version %1; this version of WAT Desktop reads schema version %2",
)
_FORMAT = QT_TRANSLATE_NOOP(
    "CatalogueFormat", 'not a WAT catalogue file ("format" must be "wat-catalogue")'
)
# Which context entry gives %2 (%1 is always the offending input).
_SECOND_ARG = {
    "enum": "expected",
    "literal_error": "expected",
    "string_too_long": "max_length",
    "too_short": "min_length",
    "too_long": "max_length",
    "greater_than_equal": "ge",
    "less_than_equal": "le",
    "need_key_area": "key",
    "duplicate_id": "id",
    "unknown_provider": "provider",
    "unknown_commitment": "offer",
}


def location(loc: tuple[int | str, ...], data: Any) -> str:
    """``("offers", 3, "price")`` → ``offers[3] (nido-girotondo).price``."""
    text = ""
    node = data
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
            node = node[part] if isinstance(node, list) and part < len(node) else None
            if isinstance(node, dict) and isinstance(node.get("id"), str):
                text += f" ({node['id'][:64]})"
        else:
            text += f".{part}" if text else str(part)
            node = node.get(part) if isinstance(node, dict) else None
    return text


def _short(value: Any) -> str:
    text = value if isinstance(value, str) else repr(value)
    return text if len(text) <= 40 else text[:40] + "…"


def issue_from_pydantic(error: Any, data: Any) -> FormatIssue:
    """One pydantic error dict as a FormatIssue located in ``data``."""
    kind = error["type"]
    ctx = error.get("ctx") or {}
    loc = tuple(error["loc"])
    # Cross-reference checks run on the whole document; they name their own path.
    where = location(tuple(ctx["path"]) if "path" in ctx else loc, data)
    if loc == ("schema_version",) and kind != "missing":
        return FormatIssue(where, _SCHEMA_VERSION, (_short(error["input"]), "1"))
    if loc == ("format",) and kind != "missing":
        return FormatIssue(where, _FORMAT)
    template = _TEMPLATES.get(kind)
    if template is None:  # a pydantic check we did not foresee: its English text
        return FormatIssue(where, "%1", (error["msg"],))
    second = ctx.get(_SECOND_ARG.get(kind, ""), "")
    return FormatIssue(where, template, (_short(error["input"]), str(second)))


# --- strict JSON, shared by the firm, demand and catalogue importers ----------------------

MAX_JSON_DEPTH = 32  # the deepest schema nests 6 levels
MAX_NUMBER_CHARS = 24  # no count or amount in any format needs more
MAX_ISSUES = 100  # pydantic errors converted per file; the rest are counted
MAX_OBJECT_FIELDS = 1000  # the widest object of any format has about 40

MSG_NOT_JSON = QT_TRANSLATE_NOOP("CatalogueFormat", "not a JSON file (line %1, column %2)")
MSG_NOT_OBJECT = QT_TRANSLATE_NOOP("CatalogueFormat", "the file must hold one JSON object")
MSG_DUPLICATE_KEY = QT_TRANSLATE_NOOP("CatalogueFormat", 'the field "%1" appears twice')
MSG_CONSTANT = QT_TRANSLATE_NOOP("CatalogueFormat", "%1 is not a number JSON allows")
MSG_TOO_DEEP = QT_TRANSLATE_NOOP("CatalogueFormat", "the file is nested too deeply")
MSG_NUMBER_TOO_LARGE = QT_TRANSLATE_NOOP("CatalogueFormat", "number %1 is too large")
MSG_NOT_UTF8 = QT_TRANSLATE_NOOP(
    "CatalogueFormat", "the file is not UTF-8 text (line %1): save it as UTF-8 and try again"
)
MSG_TOO_LARGE = QT_TRANSLATE_NOOP("CatalogueFormat", "the file is larger than %1 KB")
MSG_MORE_PROBLEMS = QT_TRANSLATE_NOOP("CatalogueFormat", "… and %1 more problems")
MSG_TOO_MANY_FIELDS = QT_TRANSLATE_NOOP(
    "CatalogueFormat", "an object has %1 fields (at most %2): this is not an exchange file"
)


class StrictJsonError(ValueError):
    """The bytes are not acceptable JSON; ``issues`` say why and where."""

    def __init__(self, issues: list[FormatIssue]) -> None:
        super().__init__("; ".join(issue.text() for issue in issues[:5]))
        self.issues = issues


def _fail(problem: str, *args: object, where: str = "") -> StrictJsonError:
    return StrictJsonError([FormatIssue(where, problem, tuple(str(a) for a in args))])


def decode_utf8(raw: bytes) -> str:
    """UTF-8 text, a BOM dropped; the error names the line of the first bad byte."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        raise _fail(MSG_NOT_UTF8, line) from None


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    if len(pairs) > MAX_OBJECT_FIELDS:
        raise _fail(MSG_TOO_MANY_FIELDS, len(pairs), MAX_OBJECT_FIELDS)
    result = dict(pairs)
    if len(result) != len(pairs):  # rare: find the repeated key for the message
        seen: set[str] = set()
        for key, _value in pairs:
            if key in seen:
                raise _fail(MSG_DUPLICATE_KEY, _short(key))
            seen.add(key)
    return result


def _no_constant(name: str) -> Any:
    raise _fail(MSG_CONSTANT, name)


def _number(text: str) -> Any:
    if len(text) > MAX_NUMBER_CHARS:
        raise _fail(MSG_NUMBER_TOO_LARGE, _short(text))
    value = float(text)
    if value in (float("inf"), float("-inf")):  # 1e400 parses as infinity
        raise _fail(MSG_NUMBER_TOO_LARGE, _short(text))
    return value


def _integer(text: str) -> int:
    if len(text) > MAX_NUMBER_CHARS:
        raise _fail(MSG_NUMBER_TOO_LARGE, _short(text))
    return int(text)


def nesting_depth(data: Any) -> int:
    """How deeply lists and objects nest in parsed JSON, without recursion."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        node, depth = stack.pop()
        children = node.values() if isinstance(node, dict) else node
        if isinstance(node, dict | list):
            deepest = max(deepest, depth)
            stack.extend((child, depth + 1) for child in children if isinstance(child, dict | list))
    return deepest


def load_strict_json(
    raw: bytes | str, max_bytes: int | None = None, max_depth: int = MAX_JSON_DEPTH
) -> Any:
    """Parse one JSON object strictly; raise ``StrictJsonError`` with a located issue.

    Refused: more than ``max_bytes`` (checked first), text that is not UTF-8,
    malformed JSON (line and column), duplicate keys (the key), ``NaN`` and
    ``Infinity``, numbers longer than ``MAX_NUMBER_CHARS`` or infinite, nesting
    deeper than ``max_depth``, and anything but an object at the top.
    """
    if max_bytes is not None and len(raw) > max_bytes:
        raise _fail(MSG_TOO_LARGE, max_bytes // 1024)
    text = decode_utf8(raw) if isinstance(raw, bytes) else raw
    try:
        data = json.loads(
            text,
            object_pairs_hook=_no_duplicates,
            parse_constant=_no_constant,
            parse_int=_integer,
            parse_float=_number,
        )
    except json.JSONDecodeError as error:
        raise _fail(MSG_NOT_JSON, error.lineno, error.colno) from None
    except RecursionError:  # deeper than Python's limit: refused before our own check
        raise _fail(MSG_TOO_DEEP) from None
    if not isinstance(data, dict):
        raise _fail(MSG_NOT_OBJECT)
    if nesting_depth(data) > max_depth:
        raise _fail(MSG_TOO_DEEP)
    return data


def issues_from_validation(error: Any, data: Any, limit: int = MAX_ISSUES) -> list[FormatIssue]:
    """A pydantic ``ValidationError`` as located issues: the first ``limit`` of them,
    then one issue counting the rest (see ``count_issues``)."""
    total = error.error_count()
    issues = [issue_from_pydantic(e, data) for e in error.errors(include_url=False)[:limit]]
    if total > limit:
        issues.append(FormatIssue("", MSG_MORE_PROBLEMS, (str(total - limit),)))
    return issues


def count_issues(issues: list[FormatIssue]) -> int:
    """How many problems ``issues`` stands for (a trailing "… and N more" counts N)."""
    if issues and issues[-1].problem == MSG_MORE_PROBLEMS and issues[-1].args:
        return len(issues) - 1 + int(issues[-1].args[0])
    return len(issues)

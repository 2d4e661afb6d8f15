"""The demand file, version 1: a firm's ANONYMOUS aggregated demand.

A firm sends it to the network coordinator, who imports many of them to see
the territorial demand. What travels, and nothing else (``extra="forbid"``
everywhere, so a name smuggled in an extra field is refused):

- ``firm_key``: a random key made once per firm (not its name, not its
  Partita IVA), so a newer file from the same firm replaces the older one;
  ``revision`` (higher is newer) and ``exported_on`` order the versions;
- ``territorial_area`` and ``municipality``, the ``employees`` size band;
- ``needs``: aggregate counts; a count from 1 to ``threshold - 1`` travels as
  ``"small"`` (the anonymity threshold of the survey, applied before export);
- ``relevance`` of each need area (1-5);
- ``offers``: the chosen pooled offers with users and quantities (in the
  offer's unit), for ``catalogue`` id and version;
- ``checksum``: ``"sha256:"`` + SHA-256 of the canonical payload (every other
  field, JSON with sorted keys, no spaces, UTF-8), so a hand-edited or damaged
  file is noticed.

``docs/schemas/demand-file-v1.schema.json`` is generated from these models
(``python -m wat_desktop.domain.demand_file``) and a test keeps them equal. The
text is pre-parsed as strictly as the firm file (duplicate keys, NaN, depth).
"""

from __future__ import annotations

import hashlib
import json
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from wat_desktop.domain.firm import TerritorialArea
from wat_desktop.domain.firm_file import FirmFileError, _no_constant, _no_duplicates
from wat_desktop.domain.i18n_markers import QT_TRANSLATE_NOOP
from wat_desktop.domain.need_areas import NeedArea
from wat_desktop.domain.need_counts import NeedKey
from wat_desktop.domain.schema_errors import FormatIssue, issue_from_pydantic

FORMAT = "wat-demand"
SCHEMA_VERSION = 1
MAX_BYTES = 256 * 1024  # a real file is a few KB
SMALL = "small"
KEY_PATTERN = r"^[0-9a-f]{32}$"
CHECKSUM_PATTERN = r"^sha256:[0-9a-f]{64}$"

Count = Annotated[int, Field(ge=0, le=1_000_000)]
PositiveCount = Annotated[int, Field(ge=1, le=1_000_000)]
NeedCount = Count | Literal["small"]


# Size bands (headcount) that say how big a firm is without saying which firm it is.
EMPLOYEE_BANDS: tuple[tuple[str, int, int | None], ...] = (
    ("0", 0, 0),
    ("1-9", 1, 9),
    ("10-15", 10, 15),
    ("16-49", 16, 49),
    ("50-249", 50, 249),
    ("250+", 250, None),
)
Band = Literal["0", "1-9", "10-15", "16-49", "50-249", "250+"]


def employee_band(headcount: int) -> str:
    """The band a headcount falls in."""
    for name, low, high in EMPLOYEE_BANDS:
        if headcount >= low and (high is None or headcount <= high):
            return name
    return "0"


class _Strict(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)


class CatalogueRefV1(_Strict):
    """The network catalogue the chosen offers come from."""

    id: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_-]{0,63}$", description="Network id.")]
    version: Annotated[str, Field(min_length=1, max_length=64, description="Catalogue version.")]


class OfferDemandV1(_Strict):
    """One pooled offer the firm chose."""

    offer: Annotated[
        str,
        Field(pattern=r"^[a-z0-9][a-z0-9_-]{0,63}$", description="Offer id in the catalogue."),
    ]
    users: Annotated[PositiveCount, Field(description="People who would use the offer.")]
    quantity: Annotated[
        PositiveCount, Field(description="Units in the offer's unit (e.g. child-weeks).")
    ]


class DemandFileV1(_Strict):
    """A WAT Desktop demand file, schema version 1 (anonymous aggregated demand)."""

    model_config = ConfigDict(
        strict=True, extra="forbid", frozen=True, title="WAT Desktop demand file, version 1"
    )

    format: Annotated[Literal["wat-demand"], Field(description='Always "wat-demand".')] = FORMAT
    schema_version: Annotated[
        Literal[1], Field(description="1 for this schema; a reader refuses other versions.")
    ] = SCHEMA_VERSION
    firm_key: Annotated[
        str,
        Field(
            pattern=KEY_PATTERN,
            description="Random key made once per firm (never its name or Partita IVA): "
            "a newer file with the same key replaces the older one.",
        ),
    ]
    revision: Annotated[
        int, Field(ge=0, le=10**9, description="Higher is newer (then exported_on).")
    ]
    exported_on: Annotated[
        str,
        Field(
            pattern=r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$",
            description="When the file was written, UTC.",
        ),
    ]
    app_version: Annotated[
        str, Field(max_length=40, description="WAT Desktop version that wrote it.")
    ] = ""
    territorial_area: Annotated[
        TerritorialArea | Literal[""], Field(description="The network's area; empty if not given.")
    ] = ""
    municipality: Annotated[
        str,
        Field(
            max_length=60,
            pattern=r"^[^\d@:/\\<>]*$",
            description="Municipality of the site (no digits, addresses or e-mails).",
        ),
    ] = ""
    employees: Annotated[Band, Field(description="Headcount band, not the exact headcount.")]
    threshold: Annotated[
        int, Field(ge=2, le=100, description="Anonymity threshold applied before export.")
    ]
    needs: Annotated[
        dict[NeedKey, NeedCount],
        Field(description='People per need; 1 to threshold-1 travels as "small", never exactly.'),
    ] = {}
    relevance: Annotated[
        dict[NeedArea, Annotated[int, Field(ge=1, le=5)]],
        Field(description="How relevant the firm finds each need area, 1 to 5."),
    ] = {}
    catalogue: Annotated[
        CatalogueRefV1 | None, Field(description="Catalogue of the chosen offers.")
    ] = None
    offers: list[OfferDemandV1] = Field(
        default_factory=list, max_length=500, description="Chosen pooled offers."
    )
    checksum: Annotated[
        str,
        Field(
            pattern=CHECKSUM_PATTERN,
            description='"sha256:" + SHA-256 of every other field as JSON with sorted keys, '
            "no spaces, UTF-8.",
        ),
    ]


MSG_NOT_JSON = QT_TRANSLATE_NOOP("CatalogueFormat", "not a JSON file (line %1, column %2)")
MSG_NOT_OBJECT = QT_TRANSLATE_NOOP("CatalogueFormat", "the file must hold one JSON object")
MSG_TOO_DEEP = QT_TRANSLATE_NOOP("CatalogueFormat", "the file is nested too deeply")
MSG_FORMAT = QT_TRANSLATE_NOOP(
    "CatalogueFormat", 'not a WAT Desktop demand file ("format" must be "wat-demand")'
)
MSG_VERSION = QT_TRANSLATE_NOOP(
    "CatalogueFormat",
    "this file has schema version %1; this version of WAT Desktop reads schema version %2",
)
MSG_CHECKSUM = QT_TRANSLATE_NOOP(
    "CatalogueFormat", "the checksum does not match: the file was changed or damaged"
)
MSG_DUPLICATE_OFFER = QT_TRANSLATE_NOOP("CatalogueFormat", 'the offer "%1" appears twice')
MSG_HUGE_NUMBER = QT_TRANSLATE_NOOP("CatalogueFormat", "a number in the file has too many digits")
MSG_NEED_COUNT = QT_TRANSLATE_NOOP("CatalogueFormat", 'must be a whole number or "small"')
# The generic pattern message speaks of ids; these fields say what they expect.
_PATTERN_MESSAGES = {
    "firm_key": QT_TRANSLATE_NOOP(
        "CatalogueFormat",
        '"%1" is not a firm key: the key is 32 random characters from 0-9 and a-f '
        "(never a name or a Partita IVA)",
    ),
    "exported_on": QT_TRANSLATE_NOOP(
        "CatalogueFormat", 'must be a UTC date and time like 2026-11-20T10:00:00Z, not "%1"'
    ),
    "municipality": QT_TRANSLATE_NOOP(
        "CatalogueFormat",
        '"%1" is not a municipality name: digits, e-mail addresses and paths are refused',
    ),
}


class DemandFileError(ValueError):
    """The file is not a valid demand file; ``issues`` say what is wrong and where."""

    def __init__(self, issues: list[FormatIssue]) -> None:
        super().__init__("; ".join(issue.text() for issue in issues[:5]))
        self.issues = issues


def canonical_payload(data: dict[str, Any]) -> bytes:
    """The bytes the checksum covers: every field but ``checksum``, canonical JSON."""
    payload = {k: v for k, v in data.items() if k != "checksum"}
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def checksum_of(data: dict[str, Any]) -> str:
    return "sha256:" + hashlib.sha256(canonical_payload(data)).hexdigest()


def _load_json(text: str) -> Any:
    # The firm file's pre-parse hooks: duplicate keys and NaN/Infinity are refused.
    try:
        return json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except FirmFileError as error:
        raise DemandFileError(error.issues) from None
    except json.JSONDecodeError as error:
        where = (str(error.lineno), str(error.colno))
        raise DemandFileError([FormatIssue("", MSG_NOT_JSON, where)]) from None
    except RecursionError:
        raise DemandFileError([FormatIssue("", MSG_TOO_DEEP)]) from None
    except ValueError:  # integers with thousands of digits
        raise DemandFileError([FormatIssue("", MSG_HUGE_NUMBER)]) from None


def parse_demand_file(text: str) -> DemandFileV1:
    """Validate a demand file's text (schema, then checksum); raise ``DemandFileError``."""
    data = _load_json(text)
    if not isinstance(data, dict):
        raise DemandFileError([FormatIssue("", MSG_NOT_OBJECT)])
    if data.get("format") != FORMAT:
        raise DemandFileError([FormatIssue("format", MSG_FORMAT)])
    if data.get("schema_version") != SCHEMA_VERSION:
        version = str(data.get("schema_version"))[:20]
        raise DemandFileError([FormatIssue("schema_version", MSG_VERSION, (version, "1"))])
    try:
        document = DemandFileV1.model_validate_json(text)
    except ValidationError as error:
        raise DemandFileError(_issues(error, data)) from None
    seen: set[str] = set()
    for index, line in enumerate(document.offers):
        if line.offer in seen:
            where = f"offers[{index}]"
            raise DemandFileError([FormatIssue(where, MSG_DUPLICATE_OFFER, (line.offer,))])
        seen.add(line.offer)
    if checksum_of(data) != document.checksum:
        raise DemandFileError([FormatIssue("checksum", MSG_CHECKSUM)])
    return document


def _issues(error: ValidationError, data: dict[str, Any]) -> list[FormatIssue]:
    """Located issues, with the demand file's own wording where the generic one misleads."""
    issues: list[FormatIssue] = []
    seen: set[FormatIssue] = set()  # "not in issues" was quadratic: 20,000 keys took 120 s
    for entry in error.errors():
        loc = tuple(entry["loc"])
        if loc[:1] == ("needs",) and len(loc) > 2:
            # A count is a number or "small": one message, not one per union branch;
            # a number out of range says so.
            if entry["type"] in ("greater_than_equal", "less_than_equal"):
                issue = issue_from_pydantic({**entry, "loc": loc[:2]}, data)
            elif any(
                e["type"] in ("greater_than_equal", "less_than_equal")
                and tuple(e["loc"])[:2] == loc[:2]
                for e in error.errors()
            ):
                continue
            else:
                issue = FormatIssue(f"needs.{loc[1]}", MSG_NEED_COUNT)
        elif entry["type"] == "string_pattern_mismatch" and loc[:1] and loc[0] in _PATTERN_MESSAGES:
            value = str(entry["input"])
            shown = value if len(value) <= 40 else value[:40] + "…"
            issue = FormatIssue(str(loc[0]), _PATTERN_MESSAGES[str(loc[0])], (shown,))
        else:
            issue = issue_from_pydantic(entry, data)
        if issue not in seen:
            seen.add(issue)
            issues.append(issue)
    return issues


def seal(data: dict[str, Any]) -> DemandFileV1:
    """A document from plain data (without checksum): the checksum is computed here."""
    draft = DemandFileV1.model_validate_json(json.dumps({**data, "checksum": "sha256:" + "0" * 64}))
    # Checksum what will be written: the dump includes defaults the caller left out.
    checksum = checksum_of(draft.model_dump(mode="json"))
    return draft.model_copy(update={"checksum": checksum})


def dump_demand_file(document: DemandFileV1) -> str:
    return json.dumps(document.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"


def suppress_count(count: int, threshold: int) -> int | str:
    """A need count as it travels: 1 to threshold-1 becomes ``"small"``."""
    return SMALL if 0 < count < threshold else count


def json_schema_text() -> str:
    """The published JSON Schema (docs/schemas/demand-file-v1.schema.json)."""
    schema = DemandFileV1.model_json_schema()
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://wat-desktop.example/schemas/demand-file-v1.schema.json",
        **schema,
    }
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


if __name__ == "__main__":
    print(json_schema_text(), end="")

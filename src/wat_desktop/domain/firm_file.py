"""The firm file: one versioned JSON document with the whole self-assessment.

A consultant moves a firm between computers with it. The schema is one strict
pydantic model (``extra="forbid"``: a misspelt or unknown field is an error,
not silently dropped); ``docs/schemas/firm-file-v1.schema.json`` is generated
from it (``python -m wat_desktop.domain.firm_file``) and a test keeps the two
equal. Only aggregate counts travel: no names of employees, no survey rows.
"""

from __future__ import annotations

import json
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from wat_desktop.domain.ccnl import CcnlId
from wat_desktop.domain.firm import (
    Budget,
    CoFundingSource,
    CompanyProfile,
    Firm,
    Measure,
    WelfareRegulation,
    Workforce,
)
from wat_desktop.domain.i18n_markers import QT_TRANSLATE_NOOP
from wat_desktop.domain.need_areas import NeedArea, WelfareIndexArea
from wat_desktop.domain.need_counts import NeedKey
from wat_desktop.domain.schema_errors import (
    MAX_OBJECT_FIELDS,
    MSG_TOO_MANY_FIELDS,
    FormatIssue,
    StrictJsonError,
    issues_from_validation,
    load_strict_json,
)

# Messages share the context of schema_errors.FormatIssue, which translates them.
CONTEXT = "CatalogueFormat"
FORMAT = "wat-desktop-firm"
SCHEMA_VERSION = 1
MAX_BYTES = 2 * 1024 * 1024

Count = Annotated[int, Field(ge=0, le=1_000_000)]
Cents = Annotated[int, Field(ge=0, le=10**13)]  # up to 100 billion euros
Percent = Annotated[int, Field(ge=0, le=100)]
Text = Annotated[str, Field(max_length=300)]
SurveyCell = int | Literal["small", "hidden", "withheld"]


class _Strict(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid")


class HeadcountV1(_Strict):
    operai: Count = 0
    impiegati: Count = 0
    quadri: Count = 0
    dirigenti: Count = 0
    part_time: Count = 0
    fixed_term: Count = 0


class ProfileV1(_Strict):
    name: Annotated[str, Field(min_length=1, max_length=300)]
    partita_iva: Annotated[str, Field(max_length=20)] = ""
    ateco: Annotated[str, Field(max_length=10)] = ""
    ateco_section: Annotated[str, Field(max_length=1)] = ""
    ccnl: CcnlId | Literal[""] = ""
    ccnl_other: Text = ""
    municipality: Text = ""
    territorial_area: Text = ""
    legal_representative: Annotated[
        str,
        Field(
            max_length=300,
            description="Who signs for the firm: the name in the dossier's declaration and "
            "signature block, kept as typed in step 1 (empty: the line is left blank).",
        ),
    ] = ""
    rsu_present: bool = False
    employers_association: Text = ""
    welfare_regulation: WelfareRegulation = WelfareRegulation.NONE
    productivity_bonus_agreement: bool = False
    headcount: HeadcountV1 = HeadcountV1()


class WorkforceV1(_Strict):
    age_under_30: Count = 0
    age_30_44: Count = 0
    age_45_54: Count = 0
    age_55_plus: Count = 0
    women: Count = 0
    men: Count = 0
    gender_not_stated: Count = 0
    shift_workers: Count = 0
    commute_under_10km: Count = 0
    commute_10_30km: Count = 0
    commute_over_30km: Count = 0


class MeasureV1(_Strict):
    in_place: bool = False
    staff_share: Percent = 0


class BudgetV1(_Strict):
    year: Annotated[int, Field(ge=0, le=2200)] = 0
    yearly_budget_cents: Cents = 0
    productivity_bonus_cents: Cents = 0
    bonus_convertible: bool = False
    bonus_conversion_percent: Percent = 0
    co_funding_cents: Cents = 0
    co_funding_source: CoFundingSource = CoFundingSource.NONE


class SurveyRowV1(_Strict):
    cells: dict[str, SurveyCell]
    need: SurveyCell


class SurveyV1(_Strict):
    """The published survey only (already suppressed): see domain/survey/result.py."""

    version: Literal[1] = 1
    respondents: Count
    headcount: Count
    threshold: Annotated[int, Field(ge=2, le=100)]
    imported_on: Annotated[str, Field(max_length=10)] = ""
    rows: dict[NeedKey, SurveyRowV1]
    plan_at_import: Annotated[
        str,
        Field(
            pattern="^[0-9a-f]{0,64}$",
            description="Fingerprint of the plan saved when this survey changed the need "
            "counts; while the plan is unchanged it is out of date (empty: nothing to update).",
        ),
    ] = ""


class FirmFileV1(_Strict):
    """A WAT Desktop firm file, schema version 1."""

    model_config = ConfigDict(strict=True, extra="forbid", title="WAT Desktop firm file, version 1")

    format: Literal["wat-desktop-firm"] = FORMAT
    schema_version: Literal[1] = SCHEMA_VERSION
    app_version: Annotated[str, Field(max_length=40)] = ""
    profile: ProfileV1
    workforce: WorkforceV1 = WorkforceV1()
    needs: dict[NeedKey, Count] = {}
    relevance: dict[NeedArea, Annotated[int, Field(ge=1, le=5)]] = {}
    measures: dict[WelfareIndexArea, MeasureV1] = {}
    budget: BudgetV1 = BudgetV1()
    selected_offers: dict[Annotated[str, Field(max_length=100)], Count] = {}
    take_up: dict[NeedKey, Percent] = {}  # the firm's own take-up rates, set on the plan page
    survey: SurveyV1 | None = None


MSG_NOT_JSON = QT_TRANSLATE_NOOP("CatalogueFormat", "not a JSON file (line %1, column %2)")
MSG_NOT_OBJECT = QT_TRANSLATE_NOOP("CatalogueFormat", "the file must hold one JSON object")
MSG_DUPLICATE_KEY = QT_TRANSLATE_NOOP("CatalogueFormat", 'the field "%1" appears twice')
MSG_CONSTANT = QT_TRANSLATE_NOOP("CatalogueFormat", "%1 is not a number JSON allows")
MSG_TOO_DEEP = QT_TRANSLATE_NOOP("CatalogueFormat", "the file is nested too deeply")
MSG_FORMAT = QT_TRANSLATE_NOOP(
    "CatalogueFormat", 'not a WAT Desktop firm file ("format" must be "wat-desktop-firm")'
)
MSG_VERSION = QT_TRANSLATE_NOOP(
    "CatalogueFormat",
    "this file has schema version %1; this version of WAT Desktop reads schema version %2",
)


class FirmFileError(ValueError):
    """The file is not a valid firm file; ``issues`` say what is wrong and where."""

    def __init__(self, issues: list[FormatIssue]) -> None:
        super().__init__("; ".join(issue.text() for issue in issues[:5]))
        self.issues = issues


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # Still the demand file's hook: the shared field cap keeps its schema errors few.
    if len(pairs) > MAX_OBJECT_FIELDS:
        raise FirmFileError(
            [FormatIssue("", MSG_TOO_MANY_FIELDS, (str(len(pairs)), str(MAX_OBJECT_FIELDS)))]
        )
    seen: dict[str, Any] = {}
    for key, value in pairs:
        if key in seen:
            raise FirmFileError([FormatIssue("", MSG_DUPLICATE_KEY, (key[:40],))])
        seen[key] = value
    return seen


def _no_constant(name: str) -> Any:
    raise FirmFileError([FormatIssue("", MSG_CONSTANT, (name,))])


def parse_firm_file(text: str) -> FirmFileV1:
    """Validate a firm file's text; raise ``FirmFileError`` listing every problem."""
    try:  # the shared gate: duplicate keys, NaN, huge numbers, nesting (schema_errors)
        data = load_strict_json(text)
    except StrictJsonError as error:
        raise FirmFileError(error.issues) from None
    if not isinstance(data, dict):
        raise FirmFileError([FormatIssue("", MSG_NOT_OBJECT)])
    if data.get("format") != FORMAT:
        raise FirmFileError([FormatIssue("format", MSG_FORMAT)])
    if data.get("schema_version") != SCHEMA_VERSION:
        version = str(data.get("schema_version"))[:20]
        raise FirmFileError([FormatIssue("schema_version", MSG_VERSION, (version, "1"))])
    try:
        # JSON mode: strict types, but enum values arrive as their strings.
        return FirmFileV1.model_validate_json(text)
    except ValidationError as error:
        raise FirmFileError(issues_from_validation(error, data)) from None


def to_firm_file(firm: Firm, app_version: str = "") -> FirmFileV1:
    """The firm as a file document (no database id, no revision)."""
    document = {
        "format": FORMAT,
        "schema_version": SCHEMA_VERSION,
        "app_version": app_version,
        "profile": firm.profile.to_dict(),
        "workforce": firm.workforce.to_dict(),
        "needs": {k.value: v for k, v in firm.needs.items()},
        "relevance": {k.value: v for k, v in firm.relevance.items()},
        "measures": {k.value: m.to_dict() for k, m in firm.measures.items()},
        "budget": firm.budget.to_dict(),
        "selected_offers": dict(firm.selected_offers),
        "take_up": {k.value: v for k, v in firm.take_up.items()},
        "survey": firm.survey or None,
    }
    return FirmFileV1.model_validate_json(json.dumps(document))


def from_firm_file(document: FirmFileV1) -> Firm:
    """A new, unsaved firm (``id`` None) from a validated file."""
    return Firm(
        profile=CompanyProfile.from_dict(document.profile.model_dump(mode="json")),
        workforce=Workforce.from_dict(document.workforce.model_dump(mode="json")),
        needs=dict(document.needs),
        relevance=dict(document.relevance),
        measures={
            area: Measure.from_dict(m.model_dump(mode="json"))
            for area, m in document.measures.items()
        },
        budget=Budget.from_dict(document.budget.model_dump(mode="json")),
        selected_offers=dict(document.selected_offers),
        take_up=dict(document.take_up),
        survey=document.survey.model_dump(mode="json") if document.survey else {},
    )


def dump_firm_file(document: FirmFileV1) -> str:
    return json.dumps(document.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"


def json_schema_text() -> str:
    """The published JSON Schema (docs/schemas/firm-file-v1.schema.json)."""
    schema = FirmFileV1.model_json_schema()
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://wat-desktop.example/schemas/firm-file-v1.schema.json",
        **schema,
    }
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


if __name__ == "__main__":
    print(json_schema_text(), end="")

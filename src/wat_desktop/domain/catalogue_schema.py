"""The catalogue exchange file, version 1: one strict, typed pydantic schema.

The published JSON Schema (``docs/schemas/catalogue-v1.schema.json``) is
generated from these models by ``scripts/catalogue_schema.py``; a test fails if
the committed file is stale. Money is a decimal string in euros (``"175.00"``),
never a JSON number, so no float ever touches a price. Unknown fields are
refused everywhere (``extra="forbid"``) so a typo never passes silently.
Cross-references (provider ids, offer ids in commitments, duplicate ids) are
checked in ``CatalogueDocument``'s model validator.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

from wat_desktop.domain.benefit_types import BenefitType
from wat_desktop.domain.catalogue import Beneficiary, ProviderKind, Unit
from wat_desktop.domain.need_areas import NeedArea
from wat_desktop.domain.need_counts import NEED_KEYS, NeedKey

FORMAT_NAME = "wat-catalogue"
SCHEMA_VERSION = 1
MAX_MONEY_EUROS = 1_000_000  # no single welfare price comes near this; larger is a typo
MAX_COUNT = 1_000_000
MONEY_PATTERN = r"^[0-9]{1,7}(\.[0-9]{1,2})?$"
ID_PATTERN = r"^[a-z0-9][a-z0-9_-]{0,63}$"
_MONEY_RE = re.compile(MONEY_PATTERN)


def _check_money(text: str) -> str:
    if text.strip().startswith("-"):
        raise PydanticCustomError("money_negative", "amount must not be negative")
    if not _MONEY_RE.match(text):
        raise PydanticCustomError(
            "money_format", "amount must be euros with at most two decimals, like 175.00"
        )
    if Decimal(text) > MAX_MONEY_EUROS:
        raise PydanticCustomError("money_too_large", "amount is implausibly large")
    return text


_BENEFIT_TYPE_IDS = frozenset(b.value for b in BenefitType)  # built once, not per offer


def _check_benefit_type(text: str) -> str:
    if text not in _BENEFIT_TYPE_IDS:
        raise PydanticCustomError("benefit_type", "unknown benefit type")
    return text


Money = Annotated[
    str,
    AfterValidator(_check_money),
    Field(json_schema_extra={"pattern": MONEY_PATTERN}, description='Euros, e.g. "175.00"'),
]
Id = Annotated[str, Field(pattern=ID_PATTERN)]
Text = Annotated[str, Field(min_length=1, max_length=200)]
LongText = Annotated[str, Field(max_length=2000)]
Count = Annotated[int, Field(ge=0, le=MAX_COUNT)]
PositiveCount = Annotated[int, Field(ge=1, le=MAX_COUNT)]
BenefitTypeId = Annotated[
    str,
    AfterValidator(_check_benefit_type),
    Field(
        json_schema_extra={"enum": [b.value for b in BenefitType]},
        description="Tax treatment under art. 51 TUIR (ids of domain/benefit_types.py)",
    ),
]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


def _doc(text: str) -> Any:
    """A required field with its description in the published schema."""
    return Field(description=text)


class CommitmentDoc(_Strict):
    """Users a member firm has already committed to one pooled offer."""

    offer: Id = _doc("Id of a pooled offer of this catalogue")
    users: PositiveCount = _doc("Users (employees or children) the firm commits")


class MemberFirmDoc(_Strict):
    """A firm already in the network, with the demand it has committed."""

    id: Id = _doc("Unique among the member firms")
    name: Text
    municipality: LongText = ""
    employees: Count = 0
    commitments: list[CommitmentDoc] = Field(default_factory=list, max_length=500)


class NetworkDoc(_Strict):
    """The territorial network that publishes the catalogue."""

    id: Id = _doc("Stable id: a newer catalogue of the same network replaces this one")
    name: Text
    legal_form: LongText = Field(
        default="", description="e.g. contratto di rete (L. 33/2009), territorial pact"
    )
    coordinator: LongText = ""
    municipalities: list[Text] = Field(default_factory=list, max_length=500)
    member_firms: list[MemberFirmDoc] = Field(default_factory=list, max_length=5000)


class ProviderDoc(_Strict):
    """A local provider of services."""

    id: Id = _doc("Unique among the providers; offers name it in their provider field")
    name: Text
    kind: ProviderKind
    municipality: LongText = ""
    accredited: bool = Field(default=False, description="Accredited by the network")
    accreditation: LongText = Field(default="", description="By whom, under which rules")


class TierDoc(_Strict):
    """From ``min_users`` pooled users upward, the unit price is ``price``."""

    min_users: PositiveCount = _doc("Pooled users (all firms together) from which it applies")
    price: Money = _doc('Unit price in euros at this volume, e.g. "160.00"')


class PoolingDoc(_Strict):
    """A pooled network offer: it runs once both thresholds are met by all firms together."""

    min_users: Count = Field(default=0, description="Users needed to activate the offer")
    min_firms: Count = Field(default=0, description="Firms needed to activate the offer")
    tiers: list[TierDoc] = Field(
        default_factory=list, max_length=50, description="Unit prices by pooled volume"
    )
    membership_fee: Money = Field(
        default="0", description="Yearly fee each joining firm pays once, in euros"
    )

    @model_validator(mode="after")
    def _tiers_ascending(self) -> PoolingDoc:
        volumes = [t.min_users for t in self.tiers]
        if volumes != sorted(set(volumes)):
            raise PydanticCustomError("tiers_order", "tiers must have strictly ascending min_users")
        return self


class OfferDoc(_Strict):
    """A service a provider offers to the network's firms."""

    id: Id = _doc("Unique among the offers; kept across versions to show repricing")
    title: Text
    description: LongText = ""
    provider: Id = _doc("Id of one of the providers")
    need_areas: list[NeedArea] = Field(min_length=1, max_length=10)
    need_keys: list[NeedKey] = Field(
        default_factory=list,
        max_length=20,
        description="The need counts it answers, within its need areas; empty: all of them",
    )
    benefit_type: BenefitTypeId
    beneficiaries: list[Beneficiary] = Field(min_length=1, max_length=4)
    unit: Unit = _doc("What the price is for")
    price: Money = _doc('Standalone unit price in euros, without pooling, e.g. "175.00"')
    units_per_user: PositiveCount = Field(
        default=1, description="Units one user takes in a year, e.g. 4 camp weeks"
    )
    capacity_users: PositiveCount | None = Field(
        default=None, description="Users the provider can take in a year"
    )
    valid_from: date | None = None
    valid_to: date | None = None
    take_up_percent: Annotated[int, Field(ge=0, le=100)] | None = Field(
        default=None,
        description="The network's estimate of how many of the people with the need use it",
    )
    pooling: PoolingDoc | None = Field(default=None, description="Only for pooled offers")

    @model_validator(mode="after")
    def _consistent(self) -> OfferDoc:
        if self.valid_from and self.valid_to and self.valid_to < self.valid_from:
            raise PydanticCustomError("dates", "valid_to is before valid_from")
        for key in self.need_keys:
            if NEED_KEYS[key].area not in self.need_areas:
                raise PydanticCustomError(
                    "need_key_area",
                    "need key {key} is not in the offer's need areas",
                    {"key": key.value},
                )
        return self


class CatalogueDocument(_Strict):
    """A territorial network's catalogue of services and pooled offers (WAT Desktop)."""

    format: Literal["wat-catalogue"]
    schema_version: Literal[1] = _doc("This schema; a reader refuses any other version")
    version: Annotated[str, Field(min_length=1, max_length=64)] = _doc(
        'The catalogue\'s own version, e.g. "2027.1"; numeric parts compare as numbers'
    )
    published: date | None = None
    network: NetworkDoc
    providers: list[ProviderDoc] = Field(min_length=1, max_length=5000)
    offers: list[OfferDoc] = Field(min_length=1, max_length=5000)

    @model_validator(mode="after")
    def _references(self) -> CatalogueDocument:
        _unique(("providers",), [p.id for p in self.providers])
        _unique(("offers",), [o.id for o in self.offers])
        _unique(("network", "member_firms"), [f.id for f in self.network.member_firms])
        providers = {p.id for p in self.providers}
        pooled = {o.id for o in self.offers if o.pooling is not None}
        for index, offer in enumerate(self.offers):
            if offer.provider not in providers:
                raise PydanticCustomError(
                    "unknown_provider",
                    "unknown provider {provider}",
                    {"path": ("offers", index, "provider"), "provider": offer.provider},
                )
        for index, firm in enumerate(self.network.member_firms):
            for number, commitment in enumerate(firm.commitments):
                if commitment.offer not in pooled:
                    raise PydanticCustomError(
                        "unknown_commitment",
                        "commitment to {offer}, which is not a pooled offer of this catalogue",
                        {
                            "path": ("network", "member_firms", index, "commitments", number),
                            "offer": commitment.offer,
                        },
                    )
        return self


def _unique(where: tuple[str, ...], ids: list[str]) -> None:
    seen: set[str] = set()
    for index, item in enumerate(ids):
        if item in seen:
            raise PydanticCustomError(
                "duplicate_id", "duplicate id {id}", {"path": (*where, index), "id": item}
            )
        seen.add(item)


def json_schema() -> dict[str, object]:
    """The published JSON Schema (draft 2020-12) of catalogue files."""
    schema = CatalogueDocument.model_json_schema(mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://wat-desktop.example/schemas/catalogue-v1.schema.json"
    schema["title"] = "WAT Desktop territorial catalogue, schema version 1"
    return schema

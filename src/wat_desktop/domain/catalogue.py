"""A territorial network's catalogue: the network, its providers and their offers.

Prices are integer euro cents. A pooled offer carries a ``PoolingRule``: it
activates when the network's pooled demand (member firms' committed users plus
the joining firm's) reaches its thresholds, and its unit price falls by volume
tiers counted in users. The file format is ``catalogue_schema``; these frozen
dataclasses are what the rest of the program works with.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from wat_desktop.domain.i18n_markers import QT_TRANSLATE_NOOP
from wat_desktop.domain.need_areas import NeedArea
from wat_desktop.domain.need_counts import NeedKey, keys_of_area

CONTEXT = "Catalogue"
_AREA_KEYS = {area: tuple(keys_of_area(area)) for area in NeedArea}


class Beneficiary(StrEnum):
    EMPLOYEE = "employee"
    FAMILY = "family"
    FORMER_WORKERS = "former_workers"
    CITIZENS = "citizens"


class Unit(StrEnum):
    EMPLOYEE_YEAR = "employee_year"
    CHILD_WEEK = "child_week"
    MONTH = "month"
    HOUR = "hour"
    USE = "use"


class ProviderKind(StrEnum):
    SOCIAL_COOP = "social_coop"
    ASSOCIATION = "association"
    MUTUAL_AID = "mutual_aid"
    PUBLIC_BODY = "public_body"
    BILATERAL_BODY = "bilateral_body"
    HEALTH_FUND = "health_fund"
    PRIVATE_FIRM = "private_firm"
    LOCAL_SHOP = "local_shop"


BENEFICIARY_LABELS: dict[Beneficiary, str] = {
    Beneficiary.EMPLOYEE: QT_TRANSLATE_NOOP("Catalogue", "Employees"),
    Beneficiary.FAMILY: QT_TRANSLATE_NOOP("Catalogue", "Family members"),
    Beneficiary.FORMER_WORKERS: QT_TRANSLATE_NOOP("Catalogue", "Former workers"),
    Beneficiary.CITIZENS: QT_TRANSLATE_NOOP("Catalogue", "Citizens"),
}

UNIT_LABELS: dict[Unit, str] = {
    Unit.EMPLOYEE_YEAR: QT_TRANSLATE_NOOP("Catalogue", "per employee per year"),
    Unit.CHILD_WEEK: QT_TRANSLATE_NOOP("Catalogue", "per child per week"),
    Unit.MONTH: QT_TRANSLATE_NOOP("Catalogue", "per month"),
    Unit.HOUR: QT_TRANSLATE_NOOP("Catalogue", "per hour"),
    Unit.USE: QT_TRANSLATE_NOOP("Catalogue", "per use"),
}

# After a price in a narrow column ("480,00 € al mese"); the full label says per whom.
UNIT_SHORT_LABELS: dict[Unit, str] = {
    Unit.EMPLOYEE_YEAR: QT_TRANSLATE_NOOP("Catalogue", "%1 a year"),
    Unit.CHILD_WEEK: QT_TRANSLATE_NOOP("Catalogue", "%1 a week"),
    Unit.MONTH: QT_TRANSLATE_NOOP("Catalogue", "%1 a month"),
    Unit.HOUR: QT_TRANSLATE_NOOP("Catalogue", "%1 an hour"),
    Unit.USE: QT_TRANSLATE_NOOP("Catalogue", "%1 per use"),
}

PROVIDER_KIND_LABELS: dict[ProviderKind, str] = {
    ProviderKind.SOCIAL_COOP: QT_TRANSLATE_NOOP("Catalogue", "Social co-operative"),
    ProviderKind.ASSOCIATION: QT_TRANSLATE_NOOP("Catalogue", "Association"),
    ProviderKind.MUTUAL_AID: QT_TRANSLATE_NOOP("Catalogue", "Mutual-aid society"),
    ProviderKind.PUBLIC_BODY: QT_TRANSLATE_NOOP("Catalogue", "Public body"),
    ProviderKind.BILATERAL_BODY: QT_TRANSLATE_NOOP("Catalogue", "Bilateral body"),
    ProviderKind.HEALTH_FUND: QT_TRANSLATE_NOOP("Catalogue", "Health fund"),
    ProviderKind.PRIVATE_FIRM: QT_TRANSLATE_NOOP("Catalogue", "Private firm"),
    ProviderKind.LOCAL_SHOP: QT_TRANSLATE_NOOP("Catalogue", "Local shop"),
}


@dataclass(frozen=True)
class Provider:
    id: str
    name: str
    kind: ProviderKind
    municipality: str = ""
    accredited: bool = False
    accreditation: str = ""  # by whom and under which regulation, when accredited


@dataclass(frozen=True)
class PriceTier:
    """From ``min_volume`` pooled users upward, the unit price is ``unit_price_cents``."""

    min_volume: int
    unit_price_cents: int


@dataclass(frozen=True)
class PoolingRule:
    """Activation thresholds (both must be met), volume tiers and the per-firm yearly fee."""

    min_users: int = 0
    min_firms: int = 0
    tiers: tuple[PriceTier, ...] = ()  # ascending min_volume
    membership_fee_cents: int = 0


@dataclass(frozen=True)
class Offer:
    id: str
    title: str
    provider_id: str
    need_areas: tuple[NeedArea, ...]
    benefit_type: str
    beneficiaries: tuple[Beneficiary, ...]
    unit: Unit
    price_cents: int  # standalone unit price, without pooling
    description: str = ""
    pooling: PoolingRule | None = None
    need_keys: tuple[NeedKey, ...] = ()  # the counts it answers; empty = all keys of its areas
    units_per_user: int = 1  # typical yearly units one user takes (e.g. 4 camp weeks)
    capacity_users: int | None = None  # users the provider can take in a year
    valid_from: date | None = None
    valid_to: date | None = None
    take_up_percent: int | None = None  # network's estimate of take-up; None = defaults
    _served: tuple[NeedKey, ...] = field(init=False, repr=False, compare=False, default=())

    def __post_init__(self) -> None:
        # Asked for every offer at every recommendation: worked out once.
        served = self.need_keys or tuple(
            key for area in self.need_areas for key in _AREA_KEYS[area]
        )
        object.__setattr__(self, "_served", served)

    @property
    def is_pooled(self) -> bool:
        return self.pooling is not None

    def served_keys(self) -> tuple[NeedKey, ...]:
        """The need counts whose people may use this offer."""
        return self._served

    def is_valid_on(self, day: date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to
        )


@dataclass(frozen=True)
class Commitment:
    """Users a member firm has already committed to a pooled offer."""

    offer_id: str
    users: int


@dataclass(frozen=True)
class MemberFirm:
    id: str
    name: str
    municipality: str = ""
    employees: int = 0
    commitments: tuple[Commitment, ...] = ()


@dataclass(frozen=True)
class Network:
    id: str
    name: str
    legal_form: str = ""
    coordinator: str = ""
    municipalities: tuple[str, ...] = ()
    member_firms: tuple[MemberFirm, ...] = ()


@dataclass(frozen=True)
class Catalogue:
    network: Network
    version: str
    providers: dict[str, Provider] = field(default_factory=dict)
    offers: tuple[Offer, ...] = ()
    published: date | None = None

    def offer(self, offer_id: str) -> Offer | None:
        return next((o for o in self.offers if o.id == offer_id), None)

    def provider_of(self, offer: Offer) -> Provider | None:
        return self.providers.get(offer.provider_id)

    def pooled_offers(self) -> tuple[Offer, ...]:
        return tuple(o for o in self.offers if o.is_pooled)

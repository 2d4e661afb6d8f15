"""A firm and the answers it gives in the self-assessment.

Each section is a dataclass that serialises to plain JSON-able dicts, so the
storage layer can keep sections as documents and later issues can add fields
with defaults without a schema migration.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from enum import StrEnum
from typing import Any, Self

from wat_desktop.domain.ccnl import CcnlId
from wat_desktop.domain.i18n_markers import QT_TRANSLATE_NOOP
from wat_desktop.domain.need_areas import NeedArea, WelfareIndexArea
from wat_desktop.domain.need_counts import NeedKey


class WelfareRegulation(StrEnum):
    """What governs the firm's welfare today (it decides deductibility)."""

    NONE = "none"
    VOLUNTARY = "voluntary"  # unilateral and revocable: deductible up to 5 per mille
    BINDING_REGULATION = "binding_regulation"  # regolamento non revocabile
    AGREEMENT = "agreement"  # company or territorial agreement


WELFARE_REGULATION_LABELS: dict[WelfareRegulation, str] = {
    WelfareRegulation.NONE: QT_TRANSLATE_NOOP("WelfareRegulation", "No welfare plan yet"),
    WelfareRegulation.VOLUNTARY: QT_TRANSLATE_NOOP(
        "WelfareRegulation", "Voluntary plan the firm can revoke (not binding)"
    ),
    WelfareRegulation.BINDING_REGULATION: QT_TRANSLATE_NOOP(
        "WelfareRegulation", "Binding company regulation (not revocable)"
    ),
    WelfareRegulation.AGREEMENT: QT_TRANSLATE_NOOP(
        "WelfareRegulation", "Company or territorial agreement (binding)"
    ),
}


def is_binding(regulation: str) -> bool:
    """Binding provision is fully deductible; a revocable one only up to 5 per mille."""
    return regulation in (WelfareRegulation.BINDING_REGULATION, WelfareRegulation.AGREEMENT)


class TerritorialArea(StrEnum):
    """Micro-areas of the Pinerolese welfare pact (needs are mapped by micro-area)."""

    PINEROLO = "pinerolo"
    VAL_PELLICE = "val_pellice"
    VAL_CHISONE = "val_chisone"
    VAL_GERMANASCA = "val_germanasca"
    OTHER = "other"


TERRITORIAL_AREA_LABELS: dict[TerritorialArea, str] = {
    TerritorialArea.PINEROLO: QT_TRANSLATE_NOOP("TerritorialArea", "Pinerolo and its plain"),
    TerritorialArea.VAL_PELLICE: QT_TRANSLATE_NOOP("TerritorialArea", "Val Pellice"),
    TerritorialArea.VAL_CHISONE: QT_TRANSLATE_NOOP("TerritorialArea", "Val Chisone"),
    TerritorialArea.VAL_GERMANASCA: QT_TRANSLATE_NOOP("TerritorialArea", "Val Germanasca"),
    TerritorialArea.OTHER: QT_TRANSLATE_NOOP("TerritorialArea", "Outside the Pinerolese"),
}


def parse_territorial_area(text: str) -> str:
    """A stored value, or free text from an older version ("Val Chisone e
    Germanasca"), as a ``TerritorialArea`` value; empty stays empty."""
    lowered = text.strip().lower()
    if not lowered or lowered in {a.value for a in TerritorialArea}:
        return lowered
    for word, area in (
        ("pellice", TerritorialArea.VAL_PELLICE),
        ("chisone", TerritorialArea.VAL_CHISONE),
        ("germanasca", TerritorialArea.VAL_GERMANASCA),
        ("pinerol", TerritorialArea.PINEROLO),
    ):
        if word in lowered:
            return area.value
    return TerritorialArea.OTHER.value


# CCNL keys written by the first version of the profile page.
_OLD_CCNL_KEYS = {
    "metalmeccanici_confapi": CcnlId.METALMECCANICI_PMI.value,
    "artigianato": CcnlId.ARTIGIANATO_METALMECCANICO.value,
}


class _Section:
    """Mixin: tolerant (de)serialisation of a flat dataclass section."""

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Self:
        known = {f.name for f in fields(cls)}  # type: ignore[arg-type]
        return cls(**{k: v for k, v in (data or {}).items() if k in known})

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)  # type: ignore[call-overload, no-any-return]


@dataclass
class Headcount(_Section):
    operai: int = 0
    impiegati: int = 0
    quadri: int = 0
    dirigenti: int = 0
    part_time: int = 0
    fixed_term: int = 0

    @property
    def total(self) -> int:
        return self.operai + self.impiegati + self.quadri + self.dirigenti


@dataclass
class CompanyProfile(_Section):
    name: str = ""
    partita_iva: str = ""
    ateco: str = ""  # code, e.g. "25.62.00"; may be empty when only the section is known
    ateco_section: str = ""  # letter A-V
    ccnl: str = ""  # a CcnlId value
    ccnl_other: str = ""  # the agreement's name when ccnl is "other"
    municipality: str = ""
    territorial_area: str = ""
    legal_representative: str = ""
    rsu_present: bool = False
    employers_association: str = ""
    welfare_regulation: str = WelfareRegulation.NONE.value
    productivity_bonus_agreement: bool = False
    headcount: Headcount = field(default_factory=Headcount)

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> CompanyProfile:
        data = dict(data or {})
        headcount = Headcount.from_dict(data.pop("headcount", None))
        profile = super().from_dict(data)
        profile.headcount = headcount
        return profile

    def __post_init__(self) -> None:
        # Values written by older versions (free text) become today's ids.
        self.territorial_area = parse_territorial_area(self.territorial_area)
        ccnl = _OLD_CCNL_KEYS.get(self.ccnl, self.ccnl)
        if ccnl and ccnl not in {c.value for c in CcnlId}:
            self.ccnl_other, ccnl = self.ccnl_other or ccnl, CcnlId.OTHER.value
        self.ccnl = ccnl
        if not self.ateco_section and self.ateco:
            from wat_desktop.domain.ateco import section_of

            section = section_of(self.ateco)
            self.ateco_section = section.letter if section else ""


@dataclass
class Workforce(_Section):
    """Aggregate workforce composition: counts of employees per band, never names."""

    age_under_30: int = 0
    age_30_44: int = 0
    age_45_54: int = 0
    age_55_plus: int = 0
    women: int = 0
    men: int = 0
    gender_not_stated: int = 0
    shift_workers: int = 0
    commute_under_10km: int = 0
    commute_10_30km: int = 0
    commute_over_30km: int = 0


AGE_FIELDS = ("age_under_30", "age_30_44", "age_45_54", "age_55_plus")
GENDER_FIELDS = ("women", "men", "gender_not_stated")
COMMUTE_FIELDS = ("commute_under_10km", "commute_10_30km", "commute_over_30km")


@dataclass
class Measure(_Section):
    """A welfare measure already in place in one Welfare Index area."""

    in_place: bool = False
    staff_share: int = 0  # percent of the staff it reaches, 0-100


class CoFundingSource(StrEnum):
    NONE = "none"
    REGIONAL = "regional"  # e.g. Piemonte WeCaRe calls
    NETWORK = "network"  # the territorial network or a bilateral body
    OTHER = "other"


@dataclass
class Budget(_Section):
    """What the firm can spend on welfare in one year; money in integer cents."""

    year: int = 0  # 0: the current year
    yearly_budget_cents: int = 0
    productivity_bonus_cents: int = 0  # total yearly premio di risultato
    bonus_convertible: bool = False  # the agreement lets employees take it as welfare
    bonus_conversion_percent: int = 0  # share of the bonus expected to be converted
    co_funding_cents: int = 0
    co_funding_source: str = CoFundingSource.NONE.value


@dataclass
class Firm:
    """A firm with its self-assessment; ``id`` is None until it is stored."""

    id: int | None = None
    profile: CompanyProfile = field(default_factory=CompanyProfile)
    needs: dict[NeedKey, int] = field(default_factory=dict)
    relevance: dict[NeedArea, int] = field(default_factory=dict)
    workforce: Workforce = field(default_factory=Workforce)
    measures: dict[WelfareIndexArea, Measure] = field(default_factory=dict)
    budget: Budget = field(default_factory=Budget)
    selected_offers: dict[str, int] = field(default_factory=dict)  # offer id -> quantity
    # The user's take-up rates (percent) per need, replacing the defaults of domain/pooling.py
    take_up: dict[NeedKey, int] = field(default_factory=dict)
    # The published (already suppressed) employee survey: see domain/survey/result.py
    survey: dict[str, Any] = field(default_factory=dict)
    revision: int = 0

    @property
    def name(self) -> str:
        return self.profile.name

    def need(self, key: NeedKey) -> int:
        return self.needs.get(key, 0)


def needs_to_dict(needs: dict[NeedKey, int]) -> dict[str, int]:
    return {key.value: count for key, count in needs.items()}


def needs_from_dict(data: dict[str, Any] | None) -> dict[NeedKey, int]:
    """Known keys only; unknown keys from a newer version are ignored, not fatal."""
    valid = {k.value for k in NeedKey}
    return {NeedKey(k): int(v) for k, v in (data or {}).items() if k in valid}


def relevance_to_dict(relevance: dict[NeedArea, int]) -> dict[str, int]:
    return {area.value: score for area, score in relevance.items()}


def relevance_from_dict(data: dict[str, Any] | None) -> dict[NeedArea, int]:
    valid = {a.value for a in NeedArea}
    return {NeedArea(k): int(v) for k, v in (data or {}).items() if k in valid}


def measures_to_dict(measures: dict[WelfareIndexArea, Measure]) -> dict[str, Any]:
    return {area.value: measure.to_dict() for area, measure in measures.items()}


def measures_from_dict(data: dict[str, Any] | None) -> dict[WelfareIndexArea, Measure]:
    valid = {a.value for a in WelfareIndexArea}
    return {
        WelfareIndexArea(k): Measure.from_dict(v)
        for k, v in (data or {}).items()
        if k in valid and isinstance(v, dict)
    }


@dataclass(frozen=True)
class FirmSummary:
    """One row of the firm list: what the selector and the portfolio show."""

    id: int
    name: str
    municipality: str
    headcount: int
    steps_done: int
    archived: bool = False

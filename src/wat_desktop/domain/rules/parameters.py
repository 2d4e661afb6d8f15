"""The parameters of one tax year, as loaded from ``resources/tax_years/<year>.toml``.

Every value carries its legal reference and source (``Cited``), so whatever a
calculator shows can name the rule year and the law it used. Rates are
fractions here (0.0919), percentages in the files (9.19).

Texts a user reads (the year's status, legal references, sources, names of
CCNL items) are ``LocalText``: Italian and English, picked with
``in_language(language)`` (e.g. ``Translate.language``) at display time.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

LANGUAGES = ("it", "en")


@dataclass(frozen=True)
class LocalText:
    """A user-visible text of a year file in Italian and English.

    A legal citation or a proper name that reads the same in both languages is
    written once in the file and holds the same text in both fields.
    """

    it: str
    en: str

    @classmethod
    def same(cls, text: str) -> LocalText:
        return cls(text, text)

    @property
    def bilingual(self) -> bool:
        """Whether the file gave two different texts (prose), not one citation."""
        return self.it != self.en

    def in_language(self, language: str) -> str:
        """The Italian text for ``"it"`` (or ``"it_IT"``...), else the English."""
        return self.it if language.lower().startswith("it") else self.en


@dataclass(frozen=True)
class Citation:
    """Where a value comes from: the law (``ref``) and where it was read (``source``)."""

    key: str  # dotted path in the year file, e.g. "productivity.tax_rate"
    ref: LocalText
    source: LocalText
    assumption: bool = False

    def ref_in(self, language: str) -> str:
        return self.ref.in_language(language)

    def source_in(self, language: str) -> str:
        return self.source.in_language(language)


@dataclass(frozen=True)
class Cited:
    """A value with its citation."""

    value: Decimal
    citation: Citation


@dataclass(frozen=True)
class Band:
    """One band of a progressive scale: ``rate`` applies up to ``up_to`` (None: no top)."""

    up_to: Decimal | None
    rate: Decimal


@dataclass(frozen=True)
class Scale:
    """A progressive scale (IRPEF, regional surcharge) with its citation."""

    bands: tuple[Band, ...]
    citation: Citation


@dataclass(frozen=True)
class Fringe:
    ordinary_ceiling: Cited
    ceiling_general: Cited
    ceiling_with_children: Cited
    cliff: bool
    cliff_citation: Citation
    derogation_items: tuple[str, ...]
    derogation_citation: Citation


@dataclass(frozen=True)
class Irpef:
    scale: Scale
    deduction_cut_above: Decimal
    deduction_cut: Decimal


@dataclass(frozen=True)
class WorkDeduction:
    """Art. 13 TUIR employee work deduction (see ``payroll.work_deduction``)."""

    low_limit: Decimal
    low_amount: Decimal
    mid_limit: Decimal
    mid_base: Decimal
    mid_extra: Decimal
    high_limit: Decimal
    high_base: Decimal
    bonus_above: Decimal
    bonus_up_to: Decimal
    bonus: Decimal
    citation: Citation


@dataclass(frozen=True)
class TaxWedge:
    """Cuneo fiscale (L. 207/2024 c.4-9): a tax-free sum or an extra deduction."""

    sum_bands: tuple[Band, ...]
    deduction_above: Decimal
    deduction_full_up_to: Decimal
    deduction: Decimal
    deduction_ends_at: Decimal
    citation: Citation


@dataclass(frozen=True)
class Inps:
    employee: Cited
    employee_extra: Cited
    employee_extra_threshold: Decimal
    employer: Cited


@dataclass(frozen=True)
class Productivity:
    tax_rate: Cited
    cap: Cited
    income_limit: Cited
    conversion: Citation  # c.184: the bonus taken as welfare


# Staff categories as the firm's headcount names them (``firm.Headcount`` fields).
EMPLOYEE_CATEGORIES = ("operai", "impiegati", "quadri", "dirigenti")


@dataclass(frozen=True)
class CcnlObligationRule:
    """One compulsory welfare item of a collective agreement, per employee and year."""

    kind: str  # "flexible_benefits" | "health_fund" | "bilateral_body"
    name: LocalText  # usually a proper name (Metasalute, SanArti...), the same in both
    per_employee_year: Decimal
    solidarity: bool
    citation: Citation
    # Who the item is due for: executives usually have a contract and fund of their
    # own (e.g. CCNL Dirigenti industria and FASI), so the year file says.
    categories: tuple[str, ...] = EMPLOYEE_CATEGORIES


@dataclass(frozen=True)
class TaxYear:
    """All the parameters of one tax year, each value with its citation."""

    year: int
    in_force_on: str
    status: LocalText  # e.g. whether the budget law was still before Parliament
    file_name: str
    fringe: Fringe
    meal_paper_daily: Cited
    meal_electronic_daily: Cited
    health_fund_cap: Cited
    pension_fund_cap: Cited
    solidarity_rate: Cited
    voluntary_deduction_rate: Cited  # fraction of labour cost (0.005)
    productivity: Productivity
    irpef: Irpef
    work_deduction: WorkDeduction
    tax_wedge: TaxWedge
    inps: Inps
    tfr_divisor: Cited
    exemption: Citation  # art. 51 c.2-c.3: welfare free of tax and contributions
    regional: dict[str, Scale]
    municipal: Cited
    ccnl: dict[str, tuple[CcnlObligationRule, ...]]

    @property
    def regions(self) -> list[str]:
        return sorted(self.regional)

    def status_in(self, language: str) -> str:
        return self.status.in_language(language)

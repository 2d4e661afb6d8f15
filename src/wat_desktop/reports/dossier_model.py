"""The dossier's view-model: every value display-ready, built by the services layer.

The report layer only lays these out. Text is already translated, money is
integer cents (formatted at render time in the dossier's language), and need
counts are already suppressed below the anonymity threshold (``"< 5"``), so the
renderer cannot leak a small group by mistake.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Cover:
    network_name: str
    coordinator: str
    firm_name: str
    issued_on: date
    document_version: str


@dataclass(frozen=True)
class ProfileGroup:
    """A titled block of the firm profile: (label, value) rows already translated."""

    title: str
    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class NeedRow:
    """One need count as published: ``shown`` is a number or ``"< 5"``."""

    area: str
    label: str
    shown: str


@dataclass(frozen=True)
class AreaScore:
    """A need area's priority for the chart; ``score`` is None when not chartable
    (a count in the area is suppressed, so its total would reveal it)."""

    label: str
    relevance: int
    score: int | None
    nameable: bool = False  # a need with a shown count: the summary may name it


@dataclass(frozen=True)
class NeedsSection:
    method: str
    response_rate: str  # e.g. "18 of 24 (75%)" or a sentence when there was no survey
    threshold: int
    rows: tuple[NeedRow, ...]
    areas: tuple[AreaScore, ...]  # ranked, highest priority first
    surveyed: bool = False  # the counts come from an imported employee survey


@dataclass(frozen=True)
class PlanLine:
    title: str
    provider: str
    areas: str
    beneficiaries: str
    quantity: int
    unit: str  # the price's unit, e.g. "per month"
    quantity_text: str  # the quantity with its unit, e.g. "22 months"
    standalone_unit_cents: int
    pooled_unit_cents: int | None  # None for the firm's own (not pooled) offers
    cost_cents: int  # services at the price paid now, plus the membership fee
    pooled_state: str  # "" for own offers
    explanation: str = ""
    fee_cents: int = 0  # the network membership fee included in cost_cents
    pool_active: bool = False  # pooled and active with this firm (bought with the others)
    solidarity_cents: int = 0  # the 10% solidarity contribution due on top (health funds)


@dataclass(frozen=True)
class MoneyRow:
    """A labelled amount; ``cents`` None means "not computed" and ``note`` says why."""

    label: str
    cents: int | None
    note: str = ""


@dataclass(frozen=True)
class Economics:
    rule_year: int | None
    totals: tuple[MoneyRow, ...]  # cost to the firm, value to employees, as salary...
    bonus: tuple[MoneyRow, ...]  # productivity bonus: cash vs converted
    ccnl: tuple[MoneyRow, ...]  # compulsory welfare already due
    notes: tuple[str, ...]  # fringe ceiling, deductibility
    rule_status: str = ""  # the year file's own words: law in force on..., provisional
    ccnl_note: str = ""  # who the CCNL's items leave out (e.g. the dirigenti)
    caveats: tuple[str, ...] = ()  # rounding rule, "estimate, not tax advice": under the title


@dataclass(frozen=True)
class TimelineStep:
    when: str
    title: str
    detail: str
    owner: str = ""  # who does it, e.g. "The firm and the RSU"


@dataclass(frozen=True)
class Declaration:
    commitments: tuple[str, ...]
    legal_representative: str
    coordinator: str
    place: str
    partita_iva: str = ""


@dataclass(frozen=True)
class SourceRow:
    parameter: str  # the dotted key in the tax-year file, e.g. "productivity.tax_rate"
    value: str  # the legal reference
    source: str
    label: str = ""  # what the parameter is, in words ("" when unknown)


@dataclass(frozen=True)
class Annex:
    rule_year: str
    sources: tuple[SourceRow, ...]
    catalogue: str  # network, version
    fingerprint: str  # sha256 hex of the data the dossier was made from
    fingerprint_scope: str
    generator: str


@dataclass(frozen=True)
class SummaryFacts:
    top_needs: tuple[str, ...]
    plan: tuple[str, ...]  # offer titles
    yearly_cost_cents: int
    value_to_employees_cents: int | None
    as_salary_net_cents: int | None  # what employees would net from the same money as salary
    pooled_joined: tuple[str, ...]  # pooled offers active with the firm: bought with others
    headcount: int = 0
    pooled_waiting: tuple[str, ...] = ()  # pooled offers still waiting to activate


@dataclass(frozen=True)
class DossierData:
    """Everything the dossier shows, in the order it shows it."""

    language: str
    cover: Cover
    summary: SummaryFacts
    profile: tuple[ProfileGroup, ...]
    needs: NeedsSection
    plan: tuple[PlanLine, ...]
    economics: Economics
    timeline: tuple[TimelineStep, ...]
    declaration: Declaration
    annex: Annex
    warnings: tuple[str, ...] = field(default=())

    @property
    def solidarity_cents(self) -> int:
        """The 10% solidarity contribution due on top of the lines (health funds)."""
        return sum(line.solidarity_cents for line in self.plan)

    @property
    def plan_total_cents(self) -> int:
        """The cost to the firm: the lines (fees included) and the solidarity
        contribution, the same figure as the summary's and the plan page's."""
        return sum(line.cost_cents for line in self.plan) + self.solidarity_cents

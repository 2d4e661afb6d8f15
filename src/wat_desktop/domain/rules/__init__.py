"""The welfare rules engine: year-versioned Italian tax parameters and calculators.

Pure Python (no Qt, no database). Parameters live in
``resources/tax_years/<year>.toml``, one file per year, every value with its
legal reference and source; a new year is a new file. All money is ``Decimal``
euros; each withholding is rounded to the cent, half up, as a payroll does
(``ROUNDING_RULE``), and every result carries its tax year and citations.

Public API (signatures are stable; other modules call only these):

``available_years() -> list[int]``
    The years that have a file, ascending.
``load_tax_year(year) -> TaxYear``
    Validated parameters; raises ``TaxYearError`` (``.file_name``, ``.field``).
    ``.status_in(language)``: whether the law was final, in Italian or English.
``salary_vs_welfare(year, ral, amount, region="piemonte", network_fee=Decimal(0),
benefit_type=BenefitType.SERVICES_IN_KIND, has_dependent_children=False) -> Comparison``
    ``.salary`` / ``.welfare`` are ``Outcome`` (``employee_value``, ``firm_cost``,
    contributions, taxes, tfr, ``efficiency``); ``.welfare_taxable`` (the part above
    a ceiling or cap, taxed as pay) and ``.welfare_note``; ``.salary_citations``,
    ``.welfare_citations``, ``.citations``, ``.rounding``.
``productivity_bonus(year, ral, amount, rate=None, region="piemonte",
previous_year_income=None) -> BonusComparison``
    ``.cash`` / ``.welfare`` outcomes, ``.eligible``, ``.capped_amount``, ``.rate``,
    ``.cash_citations``, ``.welfare_citations``.
``fringe_check(year, amount, has_dependent_children) -> FringeResult``
    ``.status`` (below/at/above), ``.ceiling``, ``.taxable`` (whole amount above:
    the cliff), ``.exempt``, ``.headroom``, ``.message`` (context "Rules").
``deductibility(regulation_binding, labour_cost, amount, year=None) -> Deductibility``
    ``.deductible``, ``.non_deductible``, ``.limit``, ``.message`` (warning text).
``ccnl_floor(year, ccnl_id, headcount) -> list[CcnlObligation]``, ``firm_ccnl_floor(firm, year)``
    Compulsory welfare by CCNL: ``.name_in(language)``, ``.label`` (context "CcnlObligation"),
    ``.amount`` / ``.amount_cents``, ``.solidarity``, ``.firm_cost_cents``, ``.citation``.
``plan_totals(year, items: Iterable[PlanItem], employees_by_category: Mapping[str, int],
ral_by_category=None, network_fee=Decimal(0), region="piemonte") -> PlanTotals``
    ``.firm_cost``, ``.employee_value``, ``.salary_net`` (same money as salary),
    ``.efficiency``, ``.salary_efficiency``, ``.by_category``, ``.warnings``.

``simulate(year, ral, amount, region="piemonte", network_fee=Decimal(0),
benefit_type=BenefitType.SERVICES_IN_KIND, has_dependent_children=False) -> Simulation``
    Salary, welfare and productivity bonus in cash side by side (``.columns``,
    ``.column_citations(key)``, ``.citations``, ``.to_json(tr)``): what the
    Simulatore view and ``wat-desktop simulate`` show.

Texts of the engine (``ROUNDING_RULE``, ``DISCLAIMER``, messages) are English
source strings marked for translation in context "Rules": translate them at
display time. Texts of the year files (status, ``Citation.ref`` / ``.source``,
CCNL item names) are ``LocalText`` in Italian and English: pick one with
``.in_language(language)`` or ``citation.ref_in(language)`` /
``citation.source_in(language)``, e.g. with ``Translate.language``.
"""

from wat_desktop.domain.rules.ccnl_floor import CcnlObligation, ccnl_floor, firm_ccnl_floor
from wat_desktop.domain.rules.comparison import (
    DEFAULT_REGION,
    BonusComparison,
    Comparison,
    Outcome,
    productivity_bonus,
    salary_vs_welfare,
)
from wat_desktop.domain.rules.deductibility import Deductibility, deductibility
from wat_desktop.domain.rules.fringe import FringeResult, FringeStatus, fringe_check
from wat_desktop.domain.rules.parameters import Citation, LocalText, TaxYear
from wat_desktop.domain.rules.plan_totals import (
    ALL_CATEGORIES,
    CategoryTotals,
    PlanItem,
    PlanTotals,
    plan_totals,
)
from wat_desktop.domain.rules.rounding import DISCLAIMER, ROUNDING_RULE, to_cent, to_cents
from wat_desktop.domain.rules.simulation import COLUMN_LABELS, Simulation, region_label, simulate
from wat_desktop.domain.rules.year_files import (
    TaxYearError,
    available_years,
    load_tax_year,
    parse_tax_year,
)

__all__ = [
    "ALL_CATEGORIES",
    "COLUMN_LABELS",
    "DEFAULT_REGION",
    "DISCLAIMER",
    "ROUNDING_RULE",
    "BonusComparison",
    "CategoryTotals",
    "CcnlObligation",
    "Citation",
    "Comparison",
    "Deductibility",
    "FringeResult",
    "FringeStatus",
    "LocalText",
    "Outcome",
    "PlanItem",
    "PlanTotals",
    "Simulation",
    "TaxYear",
    "TaxYearError",
    "available_years",
    "ccnl_floor",
    "deductibility",
    "firm_ccnl_floor",
    "fringe_check",
    "load_tax_year",
    "parse_tax_year",
    "plan_totals",
    "productivity_bonus",
    "region_label",
    "salary_vs_welfare",
    "simulate",
    "to_cent",
    "to_cents",
]

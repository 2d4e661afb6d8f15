"""One simulation for the "Simulatore" view and ``wat-desktop simulate``: the
same amount as gross salary, as welfare and as a productivity bonus in cash, so
both front ends show the same numbers from the same call, each column with the
rules it used (``column_citations``)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from wat_desktop.domain.benefit_types import BenefitType
from wat_desktop.domain.i18n_markers import QT_TRANSLATE_NOOP, Translate
from wat_desktop.domain.rules.comparison import (
    DEFAULT_REGION,
    BonusComparison,
    Comparison,
    Outcome,
    productivity_bonus,
    salary_vs_welfare,
)
from wat_desktop.domain.rules.parameters import Citation, LocalText
from wat_desktop.domain.rules.rounding import DISCLAIMER, ROUNDING_RULE, to_cent
from wat_desktop.domain.rules.year_files import load_tax_year

CONTEXT = "Rules"
COLUMN_LABELS = {
    "salary": QT_TRANSLATE_NOOP("Rules", "As gross salary"),
    "welfare": QT_TRANSLATE_NOOP("Rules", "As welfare"),
    "bonus_cash": QT_TRANSLATE_NOOP("Rules", "As productivity bonus in cash"),
}
BASE_REGION_LABEL = QT_TRANSLATE_NOOP("Rules", "Italian base rate")


def region_label(region: str) -> str:
    """What to show for a region key of the year files: the region's name
    (``"piemonte"`` -> ``"Piemonte"``), or for ``"base"`` the source string
    "Italian base rate" (context "Rules"); translate with context "Rules"."""
    if region == "base":
        return BASE_REGION_LABEL
    return region.replace("_", " ").title()


@dataclass(frozen=True)
class Simulation:
    year: int
    file_name: str
    ral: Decimal
    amount: Decimal
    region: str
    network_fee: Decimal
    benefit_type: BenefitType
    has_dependent_children: bool
    comparison: Comparison
    bonus: BonusComparison

    @property
    def columns(self) -> list[tuple[str, Outcome]]:
        """(key of ``COLUMN_LABELS``, outcome), in display order."""
        return [
            ("salary", self.comparison.salary),
            ("welfare", self.comparison.welfare),
            ("bonus_cash", self.bonus.cash),
        ]

    def column_citations(self, key: str) -> tuple[Citation, ...]:
        """The rules behind one column (a key of ``COLUMN_LABELS``)."""
        return {
            "salary": self.comparison.salary_citations,
            "welfare": self.comparison.welfare_citations,
            "bonus_cash": self.bonus.cash_citations,
        }[key]

    @property
    def citations(self) -> tuple[Citation, ...]:
        return tuple(dict.fromkeys(self.comparison.citations + self.bonus.citations))

    @property
    def year_status(self) -> LocalText:
        return self.comparison.year_status

    def to_json(self, tr: Translate | None = None) -> dict[str, Any]:
        """Machine-readable form; money as strings of euros with two decimals.

        Texts are in ``tr``'s language (``tr.language``; English by default): the
        year file's texts directly, the engine's own through ``tr``."""
        tr = tr or Translate()
        language = tr.language
        return {
            "year": self.year,
            "year_file": self.file_name,
            "year_status": self.year_status.in_language(language),
            "ral": str(to_cent(self.ral)),
            "amount": str(to_cent(self.amount)),
            "region": self.region,
            "network_fee": str(to_cent(self.network_fee)),
            "benefit_type": self.benefit_type.value,
            "has_dependent_children": self.has_dependent_children,
            "results": {
                key: {
                    **_outcome_json(outcome),
                    "sources": [c.key for c in self.column_citations(key)],
                }
                for key, outcome in self.columns
            },
            "welfare_taxable": str(self.comparison.welfare_taxable),
            "welfare_note": (
                tr("Rules", self.comparison.welfare_note) if self.comparison.welfare_note else ""
            ),
            "productivity_bonus": {
                "tax_rate": str(self.bonus.rate),
                "eligible": self.bonus.eligible,
                "amount_at_substitute_tax": str(to_cent(self.bonus.capped_amount)),
                "as_welfare": {
                    **_outcome_json(self.bonus.welfare),
                    "sources": [c.key for c in self.bonus.welfare_citations],
                },
            },
            "rounding": tr("Rules", ROUNDING_RULE),
            "disclaimer": tr("Rules", DISCLAIMER),
            "sources": [
                {
                    "key": c.key,
                    "ref": c.ref_in(language),
                    "source": c.source_in(language),
                    "assumption": c.assumption,
                }
                for c in self.citations
            ],
        }


def _outcome_json(outcome: Outcome) -> dict[str, Any]:
    return {
        "employee_value": str(outcome.employee_value),
        "firm_cost": str(outcome.firm_cost),
        "employee_contributions": str(outcome.employee_contributions),
        "taxes": str(outcome.taxes),
        "employer_contributions": str(outcome.employer_contributions),
        "tfr": str(outcome.tfr),
        "network_fee": str(outcome.network_fee),
        "value_per_euro": str(outcome.efficiency),
    }


def simulate(
    year: int,
    ral: Decimal,
    amount: Decimal,
    region: str = DEFAULT_REGION,
    network_fee: Decimal = Decimal(0),
    benefit_type: BenefitType = BenefitType.SERVICES_IN_KIND,
    has_dependent_children: bool = False,
) -> Simulation:
    """Run the three ways of paying ``amount`` to an employee earning ``ral``;
    the welfare is of ``benefit_type`` (default: services in kind, art. 51 c.2
    lett. f), with the per-firm ``network_fee`` added to its cost."""
    ty = load_tax_year(year)
    ral, amount = Decimal(ral), Decimal(amount)
    benefit_type = BenefitType(benefit_type)
    return Simulation(
        year=year,
        file_name=ty.file_name,
        ral=ral,
        amount=amount,
        region=region,
        network_fee=Decimal(network_fee),
        benefit_type=benefit_type,
        has_dependent_children=has_dependent_children,
        comparison=salary_vs_welfare(
            year,
            ral,
            amount,
            region,
            Decimal(network_fee),
            benefit_type,
            has_dependent_children,
        ),
        bonus=productivity_bonus(year, ral, amount, region=region),
    )

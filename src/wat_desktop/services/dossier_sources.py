"""Words for the tax-year parameters the annex cites ("productivity.tax_rate").

The annex keeps the dotted key, so a reader can find the value in the year
file; the label says what the parameter is. A key no label covers is shown
as the key alone.
"""

from __future__ import annotations

import re
from dataclasses import replace

from wat_desktop.domain.i18n_markers import QT_TRANSLATE_NOOP, Translate
from wat_desktop.reports.dossier_model import SourceRow

PARAMETER_LABELS: dict[str, str] = {
    "fringe.ordinary_ceiling": QT_TRANSLATE_NOOP("Dossier", "Fringe-benefit ceiling (ordinary)"),
    "fringe.ceiling_general": QT_TRANSLATE_NOOP("Dossier", "Fringe-benefit ceiling"),
    "fringe.ceiling_with_children": QT_TRANSLATE_NOOP(
        "Dossier", "Fringe-benefit ceiling with dependent children"
    ),
    "fringe.cliff": QT_TRANSLATE_NOOP(
        "Dossier", "Fringe benefits: whole amount taxable above the ceiling"
    ),
    "fringe.derogation_items": QT_TRANSLATE_NOOP(
        "Dossier", "Fringe benefits: utility bills, rent and mortgage interest"
    ),
    "exemption": QT_TRANSLATE_NOOP("Dossier", "Welfare services free of tax and contributions"),
    "meal_vouchers": QT_TRANSLATE_NOOP("Dossier", "Meal vouchers"),
    "caps.health_fund": QT_TRANSLATE_NOOP("Dossier", "Health funds: exempt contributions"),
    "caps.pension_fund": QT_TRANSLATE_NOOP("Dossier", "Pension funds: deductible contributions"),
    "solidarity": QT_TRANSLATE_NOOP(
        "Dossier", "Solidarity contribution on health and pension funds"
    ),
    "deductibility": QT_TRANSLATE_NOOP("Dossier", "Deductibility of voluntary welfare"),
    "productivity.tax_rate": QT_TRANSLATE_NOOP("Dossier", "Productivity bonus: substitute tax"),
    "productivity.cap": QT_TRANSLATE_NOOP("Dossier", "Productivity bonus: yearly cap"),
    "productivity.conversion": QT_TRANSLATE_NOOP(
        "Dossier", "Productivity bonus converted into welfare"
    ),
    "productivity.income_limit": QT_TRANSLATE_NOOP("Dossier", "Productivity bonus: income limit"),
    "irpef": QT_TRANSLATE_NOOP("Dossier", "Income tax (IRPEF) brackets"),
    "work_deduction": QT_TRANSLATE_NOOP("Dossier", "Employment income tax credit"),
    "tax_wedge": QT_TRANSLATE_NOOP("Dossier", "Tax-wedge cut"),
    "inps.employee_extra": QT_TRANSLATE_NOOP("Dossier", "INPS additional employee contribution"),
    "inps.employee": QT_TRANSLATE_NOOP("Dossier", "INPS contributions, employee share"),
    "inps.employer": QT_TRANSLATE_NOOP("Dossier", "INPS contributions, employer share"),
    "tfr": QT_TRANSLATE_NOOP("Dossier", "Severance pay (TFR) accrual"),
    "surcharges.regional": QT_TRANSLATE_NOOP("Dossier", "Regional income-tax surcharge"),
    "surcharges.municipal": QT_TRANSLATE_NOOP("Dossier", "Municipal income-tax surcharge"),
    "ccnl": QT_TRANSLATE_NOOP("Dossier", "Compulsory welfare under the CCNL"),
}


def parameter_label(key: str, tr: Translate) -> str:
    """The label of the longest known prefix of ``key`` ("" when none matches)."""
    path = re.sub(r"\[\d+\]", "", key)
    parts = path.split(".")
    for end in range(len(parts), 0, -1):
        label = PARAMETER_LABELS.get(".".join(parts[:end]))
        if label is not None:
            return tr("Dossier", label)
    return ""


def with_labels(sources: tuple[SourceRow, ...], tr: Translate) -> tuple[SourceRow, ...]:
    return tuple(replace(s, label=parameter_label(s.parameter, tr)) for s in sources)
